// Every key in the table is built here, by functions named after the access pattern they serve.

/**
 * Partitions a no-login (respondent) route may WRITE start with this, and only these: responses,
 * counters, access codes, quotas. The respondent's IAM policy allows PutItem/UpdateItem under this
 * prefix alone. A new partition that a public route writes (a unit's requests, a lecture's
 * feedback) is built with `publicWritePartition`, and so falls under the policy by construction;
 * build one any other way and the respondent function is refused in AWS.
 */
export const PUBLIC_WRITE_PREFIX = 'PUBLIC#';
/**
 * Partitions a respondent may READ but never write: a survey's frozen definition and its settings
 * (organizer-written). Accounts, sessions, sign-in throttles, the catalogue and the audit log are
 * under neither prefix, so the respondent can neither read nor write them.
 */
export const PUBLIC_READ_PREFIX = 'SURVEY#';

/** A respondent-writable partition: `PUBLIC#<KIND>#<id>`. */
export function publicWritePartition(kind: string, id: string): string {
  return `${PUBLIC_WRITE_PREFIX}${kind}#${id}`;
}
/** A lecture's record (organizer-written; its feedback form names it). */
const LECTURE_PARTITION_PREFIX = 'LECTURE#';
/** The programme's settings, such as the district's feedback form (organizer-written). */
const PROGRAMME_PARTITION = 'PROGRAMME';
/** A unit's lectures: one organizer-written item listing them, which the unit's page reads. */
const UNIT_LECTURES_PARTITION_PREFIX = 'UNIT_LECTURES#';
/**
 * Organizer-written partitions beyond `PUBLIC_READ_PREFIX` that the feedback and unit pages read
 * (GetItem) and never write: lectures, the feedback form and each unit's list of lectures.
 * StringLike patterns for the respondent's policy.
 */
export const LECTURE_READ_PARTITIONS = [`${LECTURE_PARTITION_PREFIX}*`, PROGRAMME_PARTITION, `${UNIT_LECTURES_PARTITION_PREFIX}*`] as const;

/** Every export job's partition starts with this; the export worker's IAM policy names it. */
export const EXPORT_PARTITION_PREFIX = 'EXPORT#';

const PARTITIONS = {
  survey: (surveyId: string) => `${PUBLIC_READ_PREFIX}${surveyId}`,
  responses: (surveyId: string) => publicWritePartition('RESPONSES', surveyId),
  counters: (surveyId: string) => publicWritePartition('COUNTERS', surveyId),
  accessCodes: (surveyId: string) => publicWritePartition('CODES', surveyId),
  /** Kept apart from the survey's own partition: respondents write it, never the definition beside it. */
  quota: (surveyId: string) => publicWritePartition('QUOTA', surveyId),
  catalogue: (kind: CatalogueKind) => `CATALOGUE#${kind}`,
  account: (email: string) => `ACCOUNT#${email}`,
  lecture: (lectureId: string) => `${LECTURE_PARTITION_PREFIX}${lectureId}`,
  /** Attendees write a lecture's feedback and its counters: respondent-writable partitions. */
  lectureFeedback: (lectureId: string) => publicWritePartition('FEEDBACK', lectureId),
  lectureCounters: (lectureId: string) => publicWritePartition('LECTURE_COUNTERS', lectureId),
  /** One source's public writes in one window (hashed address), counted by the respondent app itself. */
  publicWrites: (sourceWindow: string) => publicWritePartition('RATE', sourceWindow),
  expertSlots: (expertId: string) => `EXPERT#${expertId}#SLOTS`,
  unitKey: (key: string) => `${UNIT_KEY_PARTITION_PREFIX}${key}`,
  menu: (menuId: string) => `MENU#${menuId}`,
  /** A unit's requests are written by the unit's page (no login): public write partitions. */
  currentRequests: (menuId: string) => publicWritePartition('REQUESTS', `${menuId}#CURRENT`),
  /** Attendees sign in at an event (no login): a respondent-writable partition per event. */
  signIns: (eventId: string) => publicWritePartition('SIGNINS', eventId),
  /** Units write their essays (征文) and experts their reviews through links (no login): respondent-writable. */
  essays: (callId: string) => publicWritePartition('ESSAYS', callId),
  essayReviews: (callId: string) => publicWritePartition('ESSAY_REVIEWS', callId),
  requestVersions: (menuId: string) => publicWritePartition('REQUESTS', `${menuId}#VERSIONS`),
};

/** A unit's secret key leads its own partition, so a lookup is one GetItem and a rotation deletes one item. */
const UNIT_KEY_PARTITION_PREFIX = 'UNITKEY#';
/** Menu definitions (organizer-written, read by the public menu page). */
const MENU_PARTITION_PREFIX = 'MENU#';
/** What is open to units (surveys, menus): one small organizer-written item the unit page reads. */
const DIRECTORY_PARTITION = 'DIRECTORY';

/**
 * Organizer-written partitions beyond `PUBLIC_READ_PREFIX` that the unit pages read (GetItem) and
 * never write: unit keys, the unit and front records (name and front on the unit page), the
 * directory of open surveys and menus, and menus. StringLike patterns for the respondent's policy.
 */
export const PROGRAMME_READ_PARTITIONS = [`${UNIT_KEY_PARTITION_PREFIX}*`, 'CATALOGUE#unit', 'CATALOGUE#front', DIRECTORY_PARTITION, `${MENU_PARTITION_PREFIX}*`] as const;

/** An expert's secret key leads its own partition, as a unit's does. */
const EXPERT_KEY_PARTITION_PREFIX = 'EXPERTKEY#';
/** An expert's lectures: one organizer-written item listing them, which the expert's page reads. */
const EXPERT_LECTURES_PARTITION_PREFIX = 'EXPERT_LECTURES#';
/**
 * Organizer-written partitions the expert's page reads (GetItem) and never writes: the expert's key,
 * their record (the name on the page) and their list of lectures. The page's one write, the answer
 * on a lecture, is an UpdateItem of the lecture item held to the assignment's attributes by IAM
 * (infra/table-access.ts). StringLike patterns for the respondent's policy.
 */
export const EXPERT_READ_PARTITIONS = [`${EXPERT_KEY_PARTITION_PREFIX}*`, 'CATALOGUE#expert', `${EXPERT_LECTURES_PARTITION_PREFIX}*`] as const;
/** The partition of one lecture, as an IAM pattern (the expert's answer is written there). */
export const LECTURE_PARTITION_PATTERN = `${LECTURE_PARTITION_PREFIX}*`;

/** An essay call (征文) and its published results, and the district's list of calls units and experts see (organizer-written). */
const ESSAY_CALL_PARTITION_PREFIX = 'ESSAYCALL#';
const ESSAY_CALLS_PARTITION = 'ESSAYCALLS';
/**
 * Organizer-written partitions the unit's and the expert's pages read (GetItem) and never write: a
 * call, its results and the public list of calls. StringLike patterns for the respondent's policy.
 */
export const ESSAY_READ_PARTITIONS = [`${ESSAY_CALL_PARTITION_PREFIX}*`, ESSAY_CALLS_PARTITION] as const;

/** Every notice's partition and the robots' rate items start with these; the notifier function's policy names them. */
export const NOTICE_PARTITION_PREFIX = 'NOTICE#';
export const NOTICE_RATE_PARTITION_PREFIX = 'NOTICE_RATE#';
/** The public side of briefings (学习动态): the list and each published copy with its display photos. Organizer-written, read by the /news pages. */
const NEWS_PARTITION = 'NEWS';
const NEWS_COPY_PARTITION_PREFIX = 'NEWS#';
/** Partitions the respondent reads (GetItem) for the /news pages and never writes. Drafts live elsewhere (BRIEFINGS), out of its reach. */
export const NEWS_READ_PARTITIONS = [NEWS_PARTITION, `${NEWS_COPY_PARTITION_PREFIX}*`] as const;

/** Every kind the catalogue keeps, each in its own partition (reading the whole catalogue queries each). */
export const CATALOGUE_KINDS = ['unit', 'front', 'theme', 'topic', 'expert'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const keys = {
  surveyById: (surveyId: string) => ({ pk: PARTITIONS.survey(surveyId), sk: 'DEFINITION' }),
  /** GSI keys listing a district's surveys by creation time. */
  surveysByCreation: (createdAt: string, surveyId: string) => ({ gsi1pk: 'SURVEYS', gsi1sk: `${createdAt}#${surveyId}` }),
  /**
   * A survey's summary (what lists show), indexed by creation time in place of the definition: a list
   * reads summaries, never definitions. Organizer-only: outside PUBLIC_READ_PREFIX.
   */
  /** A shard of one source's count of public writes in one window (respondent-written, kept with a TTL). */
  publicWriteWindow: (source: string, windowStart: number, shard: number) => ({ pk: PARTITIONS.publicWrites(`${source}#${windowStart}`), sk: `SHARD#${shard}` }),
  /** The feedback one phone (its per-lecture id) gave on a lecture: one per phone. */
  feedbackByDevice: (lectureId: string, deviceId: string) => ({ pk: PARTITIONS.lectureFeedback(lectureId), sk: `DEVICE#${deviceId}` }),
  surveySummary: (surveyId: string) => ({ pk: `SURVEY_SUMMARY#${surveyId}`, sk: 'SUMMARY' }),
  surveysByCreationPartition: () => 'SURVEYS',

  /** One response per submission id: the key is the idempotency guard. */
  responseBySubmission: (surveyId: string, submissionId: string) => ({
    pk: PARTITIONS.responses(surveyId),
    sk: `SUBMISSION#${submissionId}`,
  }),
  /** GSI keys listing a survey's responses in the order they arrived. */
  responsesByTime: (surveyId: string, submittedAt: string, responseId: string) => ({
    gsi1pk: PARTITIONS.responses(surveyId),
    gsi1sk: `${submittedAt}#${responseId}`,
  }),
  responsesPartition: (surveyId: string) => PARTITIONS.responses(surveyId),
  /**
   * Index keys finding a response by its id, or by a prefix of it (the receipt number a respondent
   * is shown): the index is keyed on attributes every response item already carries.
   */
  responsesById: (surveyId: string, responseIdOrPrefix: string) => ({ surveyId, responseId: responseIdOrPrefix }),

  /**
   * Counters are kept per unit so the report can be cut by unit and front. A submission adds to one of
   * the unit's write shards (`shard`), so a hall answering at once spreads over several items; a rebuild
   * writes the unit's whole recount to the unsharded item. Readers sum every item of the unit.
   */
  countersBySurveyUnit: (surveyId: string, unitId: string, shard?: number) => ({
    pk: PARTITIONS.counters(surveyId),
    sk: shard === undefined ? `UNIT#${unitId}` : `UNIT#${unitId}#${shard}`,
  }),
  countersPartition: (surveyId: string) => PARTITIONS.counters(surveyId),

  catalogueItem: (kind: CatalogueKind, id: string) => ({ pk: PARTITIONS.catalogue(kind), sk: id }),
  cataloguePartition: (kind: CatalogueKind) => PARTITIONS.catalogue(kind),

  /** Organizer-set options kept beside the frozen definition: time window, limit, access codes. */
  surveySettings: (surveyId: string) => ({ pk: PARTITIONS.survey(surveyId), sk: 'SETTINGS' }),
  /** Only surveys with a response limit keep this running total, on a few shards (quota-shards.ts); the others never touch it. */
  surveyQuota: (surveyId: string, shard: number) => ({ pk: PARTITIONS.quota(surveyId), sk: `QUOTA#${shard}` }),

  /** Single-use access codes of one survey; the key makes a code unique within its survey. */
  accessCode: (surveyId: string, code: string) => ({ pk: PARTITIONS.accessCodes(surveyId), sk: `CODE#${code}` }),
  accessCodesPartition: (surveyId: string) => PARTITIONS.accessCodes(surveyId),

  /** Accounts by (normalized) email; the GSI lists them all for the admin. */
  accountByEmail: (email: string) => ({ pk: PARTITIONS.account(email), sk: 'ACCOUNT' }),
  accountsByEmail: (email: string) => ({ gsi1pk: 'ACCOUNTS', gsi1sk: email }),
  accountsPartition: () => 'ACCOUNTS',
  /** Failed sign-ins per email, known or not, so a lockout says nothing about which emails exist. */
  /** Failed sign-ins, counted per email and client address (`who`). */
  loginThrottle: (who: string) => ({ pk: PARTITIONS.account(who), sk: 'THROTTLE' }),
  sessionById: (sessionId: string) => ({ pk: `SESSION#${sessionId}`, sk: 'SESSION' }),

  /** The audit log, newest first by sort key; organizer actions are few, so one partition holds it. */
  auditEntry: (at: string, entryId: string) => ({ pk: 'AUDIT', sk: `${at}#${entryId}` }),
  auditPartition: () => 'AUDIT',

  /** One lecture; the GSI lists every lecture by start time (the ledger, scorecards). */
  lectureById: (lectureId: string) => ({ pk: PARTITIONS.lecture(lectureId), sk: 'LECTURE' }),
  lecturesByStart: (startsAt: string, lectureId: string) => ({ gsi1pk: 'LECTURES', gsi1sk: `${startsAt}#${lectureId}` }),
  lecturesByStartPartition: () => 'LECTURES',
  /**
   * The lectures a unit hosts, as one item holding a string set of `<startsAt>#<lectureId>`, added to
   * in the booking transaction: the unit's page reads it with one GetItem (the respondent never
   * queries), then the lectures it wants, so its cost grows with that unit's lectures only.
   */
  lecturesOfUnit: (unitId: string) => ({ pk: `${UNIT_LECTURES_PARTITION_PREFIX}${unitId}`, sk: 'LECTURES' }),

  /** One feedback response per submission id (the idempotency guard); the GSI lists them by arrival. */
  feedbackBySubmission: (lectureId: string, submissionId: string) => ({ pk: PARTITIONS.lectureFeedback(lectureId), sk: `SUBMISSION#${submissionId}` }),
  feedbackByTime: (lectureId: string, submittedAt: string, responseId: string) => ({
    gsi1pk: PARTITIONS.lectureFeedback(lectureId),
    gsi1sk: `${submittedAt}#${responseId}`,
  }),
  feedbackPartition: (lectureId: string) => PARTITIONS.lectureFeedback(lectureId),
  /** A response's suggestions (its text answers), only when it has any: suggestions page without reading ratings. */
  suggestionsByTime: (lectureId: string, submittedAt: string, responseId: string) => ({ pk: PARTITIONS.lectureFeedback(lectureId), sk: `TEXT#${submittedAt}#${responseId}` }),
  suggestionsPrefix: () => 'TEXT#',

  /**
   * A lecture's counters are spread over a few shard items chosen from the submission id, so a hall
   * answering at once never queues on one item; readers sum the shards.
   */
  lectureCounterShard: (lectureId: string, shard: number) => ({ pk: PARTITIONS.lectureCounters(lectureId), sk: `SHARD#${shard}` }),

  /** An expert's booked time slots, one per lecture not cancelled, by start; the LOCK item serialises bookings. */
  expertSlot: (expertId: string, startsAt: string, lectureId: string) => ({ pk: PARTITIONS.expertSlots(expertId), sk: `SLOT#${startsAt}#${lectureId}` }),
  expertSlotBound: (startsAt: string) => `SLOT#${startsAt}`,
  expertSlotsPartition: (expertId: string) => PARTITIONS.expertSlots(expertId),
  expertLock: (expertId: string) => ({ pk: PARTITIONS.expertSlots(expertId), sk: 'LOCK' }),

  /** The district's feedback form: a pointer to the current version (and the window), and every version kept. */
  feedbackFormCurrent: () => ({ pk: PROGRAMME_PARTITION, sk: 'FEEDBACK_FORM' }),
  feedbackFormVersion: (version: number) => ({ pk: PROGRAMME_PARTITION, sk: `FEEDBACK_FORM#V${String(version).padStart(6, '0')}` }),

  /** The district's sign-in setting (what the page asks), beside the feedback form: the sign-in page reads it. */
  signInSettings: () => ({ pk: PROGRAMME_PARTITION, sk: 'SIGN_IN' }),
  /** One sign-in per phone's sign-in id (the idempotency guard); the GSI lists an event's sign-ins by arrival. */
  signInById: (eventId: string, signInId: string) => ({ pk: PARTITIONS.signIns(eventId), sk: `SIGNIN#${signInId}` }),
  signInsByTime: (eventId: string, at: string, signInId: string) => ({ gsi1pk: PARTITIONS.signIns(eventId), gsi1sk: `${at}#${signInId}` }),
  signInsPartition: (eventId: string) => PARTITIONS.signIns(eventId),

  /** An event's record (台账): its items, their counts per kind (the 9 / 3 limit) and its summary, in one organizer-only partition. */
  recordItem: (eventId: string, itemId: string) => ({ pk: `RECORD#${eventId}`, sk: `ITEM#${itemId}` }),
  recordCounts: (eventId: string) => ({ pk: `RECORD#${eventId}`, sk: 'COUNTS' }),
  recordSummary: (eventId: string) => ({ pk: `RECORD#${eventId}`, sk: 'SUMMARY' }),
  recordPartition: (eventId: string) => `RECORD#${eventId}`,
  recordItemPrefix: () => 'ITEM#',

  /**
   * People of units (the centre group's members, units' heads): organizer-only, one partition holding a
   * few hundred, never read by the respondent (a study session carries its attendees' names itself).
   */
  personById: (personId: string) => ({ pk: 'PEOPLE', sk: `PERSON#${personId}` }),
  peoplePartition: () => 'PEOPLE',
  /** The district's study settings (its own study forms), beside the other programme settings. */
  studySettings: () => ({ pk: PROGRAMME_PARTITION, sk: 'STUDY' }),
  /** Every briefing (学习动态), drafts included, in one organizer-only partition (the organizers' list is one Query). */
  briefing: (briefingId: string) => ({ pk: 'BRIEFINGS', sk: `BRIEFING#${briefingId}` }),
  briefingsPartition: () => 'BRIEFINGS',
  /** The public list of published briefings: one item, versioned, rewritten on each publish and withdraw. */
  newsList: () => ({ pk: NEWS_PARTITION, sk: 'LIST' }),
  /** A published briefing's frozen copy and its display photos, in its own public-read partition. */
  newsCopy: (briefingId: string) => ({ pk: `${NEWS_COPY_PARTITION_PREFIX}${briefingId}`, sk: 'BRIEFING' }),
  newsPhoto: (briefingId: string, photoId: string) => ({ pk: `${NEWS_COPY_PARTITION_PREFIX}${briefingId}`, sk: `PHOTO#${photoId}` }),
  newsCopyPartition: (briefingId: string) => `${NEWS_COPY_PARTITION_PREFIX}${briefingId}`,

  /** One export job per item, in a partition of its own: organizer-only, never under a respondent prefix. */
  exportJob: (exportId: string) => ({ pk: `${EXPORT_PARTITION_PREFIX}${exportId}`, sk: 'JOB' }),

  /** A unit's current link key (lookup by key) and the organizers' list of every unit's key. */
  unitByKey: (key: string) => ({ pk: PARTITIONS.unitKey(key), sk: 'UNIT' }),
  unitKeyOfUnit: (unitId: string) => ({ pk: 'UNITKEYS', sk: `UNIT#${unitId}` }),
  unitKeysPartition: () => 'UNITKEYS',

  menuById: (menuId: string) => ({ pk: PARTITIONS.menu(menuId), sk: 'DEFINITION' }),
  /** GSI keys listing a district's menus by creation time. */
  menusByCreation: (createdAt: string, menuId: string) => ({ gsi1pk: 'MENUS', gsi1sk: `${createdAt}#${menuId}` }),
  menusByCreationPartition: () => 'MENUS',

  /** The latest version of each unit's request: the request board reads this partition, one item per unit. */
  currentRequest: (menuId: string, unitId: string) => ({ pk: PARTITIONS.currentRequests(menuId), sk: `UNIT#${unitId}` }),
  currentRequestsPartition: (menuId: string) => PARTITIONS.currentRequests(menuId),
  /** Every version, keyed by submission id: the key is the idempotency guard, as for responses. */
  requestVersionBySubmission: (menuId: string, submissionId: string) => ({ pk: PARTITIONS.requestVersions(menuId), sk: `SUBMISSION#${submissionId}` }),
  /** GSI keys listing one unit's versions in order. */
  requestVersionsOfUnit: (menuId: string, unitId: string, version: number) => ({
    gsi1pk: `${PARTITIONS.requestVersions(menuId)}#UNIT#${unitId}`,
    gsi1sk: String(version).padStart(6, '0'),
  }),
  requestVersionsOfUnitPartition: (menuId: string, unitId: string) => `${PARTITIONS.requestVersions(menuId)}#UNIT#${unitId}`,

  publicDirectory: () => ({ pk: DIRECTORY_PARTITION, sk: 'PUBLIC' }),

  /** An expert's current link key (lookup by key) and the organizers' list of every expert's key. */
  expertByKey: (key: string) => ({ pk: `${EXPERT_KEY_PARTITION_PREFIX}${key}`, sk: 'EXPERT' }),
  expertKeyOfExpert: (expertId: string) => ({ pk: 'EXPERTKEYS', sk: `EXPERT#${expertId}` }),
  expertKeysPartition: () => 'EXPERTKEYS',
  /**
   * The lectures an expert gives, as one item holding a string set of `<startsAt>#<lectureId>` (as a
   * unit's list): added to in the booking transaction and moved by a change, so the expert's page reads
   * one item, then the lectures it shows.
   */
  lecturesOfExpert: (expertId: string) => ({ pk: `${EXPERT_LECTURES_PARTITION_PREFIX}${expertId}`, sk: 'LECTURES' }),

  /**
   * When a unit was last reminded about one target (a survey, a menu, a lecture's feedback): one item
   * per unit and target, written with a condition on the gap, so two reminders at once send one message.
   */
  reminder: (target: 'survey' | 'menu' | 'lecture', targetId: string, unitId: string) => ({ pk: `REMINDERS#${target}#${targetId}`, sk: `UNIT#${unitId}` }),

  /** One notice (通知) per item; the GSI lists the district's notices by creation time. */
  noticeById: (noticeId: string) => ({ pk: `${NOTICE_PARTITION_PREFIX}${noticeId}`, sk: 'NOTICE' }),
  noticesByTime: (createdAt: string, noticeId: string) => ({ gsi1pk: 'NOTICES', gsi1sk: `${createdAt}#${noticeId}` }),
  noticesByTimePartition: () => 'NOTICES',
  /** A robot's next free sending slot (its documented rate limit), by the robot's opaque channel id. */
  noticeRate: (channelId: string) => ({ pk: `${NOTICE_RATE_PARTITION_PREFIX}${channelId}`, sk: 'NEXT' }),

  /** One essay call; the organizers list the district's calls from the ESSAYCALLS partition. */
  essayCall: (callId: string) => ({ pk: `${ESSAY_CALL_PARTITION_PREFIX}${callId}`, sk: 'CALL' }),
  essayCallListing: (callId: string) => ({ pk: ESSAY_CALLS_PARTITION, sk: `CALL#${callId}` }),
  essayCallsPartition: () => ESSAY_CALLS_PARTITION,
  /** The calls units and experts see (not drafts), as one item: their pages read it with one GetItem. */
  publicEssayCalls: () => ({ pk: ESSAY_CALLS_PARTITION, sk: 'PUBLIC' }),
  /** The results fixed when the call's results were published (one item, read by the unit's page). */
  essayResults: (callId: string) => ({ pk: `${ESSAY_CALL_PARTITION_PREFIX}${callId}`, sk: 'RESULTS' }),
  /** A call's exchange meetings (交流会), one pointer each; the meeting itself is an event under lectureById. */
  exchangeMeetingOfCall: (callId: string, eventId: string) => ({ pk: `${ESSAY_CALL_PARTITION_PREFIX}${callId}`, sk: `MEETING#${eventId}` }),
  /** An essay by its id, and the unit's pointer to its one essay in the call (guarding "one per unit"). */
  essayById: (callId: string, essayId: string) => ({ pk: PARTITIONS.essays(callId), sk: `ESSAY#${essayId}` }),
  essayOfUnit: (callId: string, unitId: string) => ({ pk: PARTITIONS.essays(callId), sk: `UNIT#${unitId}` }),
  /** The call's essays as experts list them: one item, an attribute per essay (title, theme; never the unit). */
  essayListing: (callId: string) => ({ pk: PARTITIONS.essays(callId), sk: 'LIST' }),
  essaysPartition: (callId: string) => PARTITIONS.essays(callId),
  essayItemPrefix: () => 'ESSAY#',
  /** One review per expert and essay: the key is the exactly-once guard. */
  essayReview: (callId: string, essayId: string, expertId: string) => ({ pk: PARTITIONS.essayReviews(callId), sk: `REVIEW#${essayId}#${expertId}` }),
  /** An expert's scores in one call, one attribute per essay: their page reads one item. */
  essayReviewsOfExpert: (callId: string, expertId: string) => ({ pk: PARTITIONS.essayReviews(callId), sk: `EXPERT#${expertId}` }),
  essayReviewsPartition: (callId: string) => PARTITIONS.essayReviews(callId),
  essayReviewPrefix: () => 'REVIEW#',

  /** The district's saved survey templates: few and small, so one organizer-only partition lists them all. */
  templateById: (templateId: string) => ({ pk: 'TEMPLATES', sk: `TEMPLATE#${templateId}` }),
  templatesPartition: () => 'TEMPLATES',

  /** Facts about the district's data itself, such as whether the demo was seeded. */
  meta: (name: string) => ({ pk: 'META', sk: name }),
};

/** The unit a counter item belongs to, sharded or not (unit ids never hold '#'). */
export function unitIdFromCounterSortKey(sortKey: string): string {
  return sortKey.split('#')[1] ?? '';
}

/** Strips the prefix a key function added, e.g. the unit id from a counter sort key. */
export function idFromSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.indexOf('#') + 1);
}
