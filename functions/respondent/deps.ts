// What the respondent app needs from the outside world, passed in once at start-up.
import type { Store } from '../../shared/store.js';
import type { CatalogueRecordRepository } from '../../shared/catalogue/catalogue-store.js';
import type { CounterRepository } from '../../shared/survey/counter-store.js';
import type { DirectoryRepository } from '../../shared/unit-links/directory-store.js';
import type { FeedbackDeps } from '../../shared/lectures/submit-feedback.js';
import type { MenuRepository } from '../../shared/programme/menu-store.js';
import type { RequestRepository } from '../../shared/programme/request-store.js';
import type { ResponseRepository } from '../../shared/responses/response-store.js';
import type { SurveyRepository } from '../../shared/survey/survey-store.js';
import type { SurveySettingsReader } from '../../shared/survey-admin/survey-admin-store.js';
import type { UnitKeyRepository } from '../../shared/unit-links/unit-key-store.js';
import type { Logger } from '../http/logger.js';
import type { PublicWriteLimit } from '../http/public-write-limit.js';
import type { AppMetrics } from '../http/metrics.js';

/** The survey side and, from FeedbackDeps, lectures (read only here), their feedback and the district's feedback form. */
export interface RespondentDeps extends FeedbackDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  /** Opening times, response limits and access codes, enforced on every submission. */
  settings: SurveySettingsReader;
  logger: Logger;
  /** Submissions, replays, refusals and 5xx counted (EMF in Lambda); none when absent. */
  metrics?: AppMetrics;
  /** The district's time zone, for the opening time a "not open yet" page shows. */
  timeZone: string;
  /** Unit links, menus and requests: what the unit pages read and the one thing they write (requests). */
  programme: ProgrammePublicDeps;
  /**
   * The per-source limit on public writes; the Lambda and the local run always set it (default 120 a
   * minute). Absent: no limit (in-process tests that measure throughput from one source).
   */
  publicWrites?: PublicWriteLimit;
}

export interface ProgrammePublicDeps {
  unitKeys: UnitKeyRepository;
  catalogueRecords: CatalogueRecordRepository;
  directory: DirectoryRepository;
  counters: CounterRepository;
  menus: MenuRepository;
  requests: RequestRepository;
}

export function programmePublicDeps(store: Pick<Store, 'unitKeys' | 'catalogueRecords' | 'directory' | 'counters' | 'menus' | 'requests'>): ProgrammePublicDeps {
  const { unitKeys, catalogueRecords, directory, counters, menus, requests } = store;
  return { unitKeys, catalogueRecords, directory, counters, menus, requests };
}
