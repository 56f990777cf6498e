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
import type { EventReader } from '../../shared/events/event.js';
import type { SignInRepository, SignInSettingsRepository } from '../../shared/sign-in/sign-in-store.js';
import type { SignInDeps } from '../../shared/sign-in/submit-sign-in.js';
import type { AuditRepository } from '../../shared/audit/audit-store.js';
import type { ExpertLinkStore } from '../../shared/experts/expert-link-store.js';
import type { ExpertLectureStore } from '../../shared/experts/expert-lecture-store.js';
import type { DeclineNotices } from '../../shared/experts/answer-from-link.js';
import type { AttendeeListReader } from '../../shared/study-plan/study-session-store.js';
import { studySessionAttendeeCheck } from '../../shared/study-plan/attendee-check.js';
import type { NewsReader } from '../../shared/briefings/briefing-store.js';
import type { EssayStore } from '../../shared/essays/essay-store.js';
import type { RecordFiles } from '../../shared/records/record-store.js';
import type { LocalRecordFiles } from '../http/local-record-files.js';
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
  /** Tells the organizers of an expert's decline (the notifier); none: the sweep finds it later. */
  notices?: DeclineNotices;
  /**
   * Essays' PDF/DOCX files: the records bucket in AWS (RECORDS_BUCKET), the data directory locally,
   * where the app takes the bytes itself. Absent: essays are text only (a save naming a file is 422).
   */
  essayFiles?: RecordFiles | LocalRecordFiles;
  /** Where pages post files besides 'self' (the records bucket in AWS), for their CSP; none locally. */
  fileOrigins?: readonly string[];
}

export interface ProgrammePublicDeps {
  unitKeys: UnitKeyRepository;
  catalogueRecords: CatalogueRecordRepository;
  directory: DirectoryRepository;
  counters: CounterRepository;
  menus: MenuRepository;
  requests: RequestRepository;
  /** Events (any kind) by id, their sign-ins and the district's sign-in setting. */
  events: EventReader;
  signIns: SignInRepository;
  signInSettings: SignInSettingsRepository;
  /** The expert's page: their link, their lectures and answers, and the audit entry of each answer. */
  expertLinks: ExpertLinkStore;
  expertLectures: ExpertLectureStore;
  audit: Pick<AuditRepository, 'record'>;
  /** A study session's attendee list, for signing in per person (absent: no event has a list). */
  attendeeLists?: AttendeeListReader;
  /** Published briefings (学习动态), as the /news pages show them. */
  news: NewsReader;
  /** Essay calls: the unit sends its essay, the expert reviews blind. */
  essays: EssayStore;
}

export function programmePublicDeps(
  store: Pick<Store, 'unitKeys' | 'catalogueRecords' | 'directory' | 'counters' | 'menus' | 'requests' | 'events' | 'signIns' | 'signInSettings' | 'expertLinks' | 'expertLectures' | 'audit' | 'attendeeLists' | 'news' | 'essays'>,
): ProgrammePublicDeps {
  const { unitKeys, catalogueRecords, directory, counters, menus, requests, events, signIns, signInSettings, expertLinks, expertLectures, audit, attendeeLists, news, essays } = store;
  return { unitKeys, catalogueRecords, directory, counters, menus, requests, events, signIns, signInSettings, expertLinks, expertLectures, audit, attendeeLists, news, essays };
}

/** What signing in needs, from the respondent's deps. */
export function signInDeps(deps: RespondentDeps): SignInDeps {
  const { events, signIns, signInSettings, catalogueRecords, attendeeLists } = deps.programme;
  return {
    events,
    signIns,
    signInSettings,
    clock: deps.clock,
    unitName: async (unitId) => (await catalogueRecords.get('units', unitId))?.name,
    ...(attendeeLists ? { attendees: studySessionAttendeeCheck(attendeeLists) } : {}),
  };
}

/** Feedback's deps: the event read (any kind) comes from the programme's. */
export function feedbackDeps(deps: RespondentDeps) {
  return { ...deps, events: deps.programme.events };
}
