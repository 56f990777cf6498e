// What the respondent app needs from the outside world, passed in once at start-up.
import type { Clock, IdGenerator } from '../../shared/clock.js';
import type { Store } from '../../shared/storage/dynamodb/store.js';
import type {
  CatalogueRecordRepository,
  CounterRepository,
  DirectoryRepository,
  FeedbackFormRepository,
  FeedbackRepository,
  LectureRepository,
  MenuRepository,
  RequestRepository,
  ResponseRepository,
  SurveyRepository,
  SurveySettingsReader,
  UnitKeyRepository,
} from '../../shared/storage/ports.js';
import type { AuditRepository } from '../../shared/storage/ports.js';
import type { ExpertLinkStore } from '../../shared/experts/expert-link-store.js';
import type { ExpertLectureStore } from '../../shared/experts/expert-lecture-store.js';
import type { DeclineNotices } from '../../shared/experts/answer-from-link.js';
import type { Logger } from '../http/logger.js';
import type { PublicWriteLimit } from '../http/public-write-limit.js';
import type { AppMetrics } from '../http/metrics.js';

export interface RespondentDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  /** Opening times, response limits and access codes, enforced on every submission. */
  settings: SurveySettingsReader;
  /** Lectures (read only here), their feedback and the district's feedback form. */
  lectures: LectureRepository;
  feedback: FeedbackRepository;
  feedbackForms: FeedbackFormRepository;
  clock: Clock;
  newId: IdGenerator;
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
  /** Tells the organizers of an expert's decline (the notifier); none: the sweep finds it later. */
  notices?: DeclineNotices;
}

export interface ProgrammePublicDeps {
  unitKeys: UnitKeyRepository;
  catalogueRecords: CatalogueRecordRepository;
  directory: DirectoryRepository;
  counters: CounterRepository;
  menus: MenuRepository;
  requests: RequestRepository;
  /** The expert's page: their link, their lectures and answers, and the audit entry of each answer. */
  expertLinks: ExpertLinkStore;
  expertLectures: ExpertLectureStore;
  audit: Pick<AuditRepository, 'record'>;
}

export function programmePublicDeps(
  store: Pick<Store, 'unitKeys' | 'catalogueRecords' | 'directory' | 'counters' | 'menus' | 'requests' | 'expertLinks' | 'expertLectures' | 'audit'>,
): ProgrammePublicDeps {
  const { unitKeys, catalogueRecords, directory, counters, menus, requests, expertLinks, expertLectures, audit } = store;
  return { unitKeys, catalogueRecords, directory, counters, menus, requests, expertLinks, expertLectures, audit };
}
