// The organizer's home (年度工作台): the year at a glance, what needs doing now, and where the year's
// path (调研 → 配餐 → 点单 → 排期 → 反馈) stands. Read from the lists and counters that exist, never
// from responses or feedback: surveys (one item each) and their settings, the counters of the surveys
// still collecting (units x shards each), menus and each current menu's requests (one item per unit
// that ordered), the year's lectures by start (one query) and the counters of the lectures whose
// feedback is open. Its cost grows with surveys, units, menus and lectures, never with answers.
import { lectureInReach } from '../lectures/list-reach.js';
import { inScope, surveyUnitFronts, type AccountScope } from '../accounts/scope.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { lectureTotals } from '../lectures/scorecards.js';
import { assignmentOf, type Lecture } from '../lectures/lecture-schema.js';
import { programmeSummary } from '../lectures/programme-summary.js';
import { feedbackClosesAt } from '../lectures/submit-feedback.js';
import { takesRequests } from '../programme/manage-menus.js';
import type { Menu } from '../programme/menu-schema.js';
import { answerStatus } from '../programme/status-board.js';
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { CounterRepository } from '../survey/counter-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { FeedbackFormRepository, LectureRepository } from '../lectures/lecture-store.js';
import type { ListedSurvey, SurveyAdminRepository, SurveySettingsRepository } from '../survey-admin/survey-admin-store.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { RequestRepository } from '../programme/request-store.js';
import type { SurveySettings } from '../survey-admin/survey-settings-schema.js';
import { surveyWindowError } from '../survey-admin/survey-window.js';
import { formatDistrictTime, parseDistrictTime } from '../kernel/zoned-time.js';
import type { SurveySummary } from '../survey/survey-summary.js';

export interface WorkbenchDeps {
  surveyAdmin: SurveyAdminRepository;
  surveys: Pick<SurveyRepository, 'get'>;
  surveySettings: SurveySettingsRepository;
  counters: CounterRepository;
  menus: MenuRepository;
  requests: RequestRepository;
  lectures: LectureRepository;
  feedbackForms: FeedbackFormRepository;
  catalogue: CatalogueRepository;
  clock: { now(): Date };
  timeZone: string;
}

export interface LectureItem {
  id: string;
  topic: string;
  expert: string;
  units: string;
  /** District wall-clock time, `YYYY-MM-DD HH:mm`. */
  startsAt: string;
  /** 签到人数 so far, where the list shows it (lectures waiting for their attendance: a hint for the head count). */
  signIns?: number;
}

export type StepState = 'done' | 'current' | 'todo';
export type StepName = 'survey' | 'menu' | 'order' | 'schedule' | 'feedback';

export interface PathStep {
  step: StepName;
  state: StepState;
  /** The figures the step's sentence is made of (see workbench-messages.ts). */
  figures: [number, number];
  /** Where the step is worked on: a dashboard path. */
  path: string;
}

export interface Workbench {
  /** The district's current year. */
  year: string;
  glance: { delivered: number; attendance: number; signIns: number; unitsReached: number; surveysOpen: number; menusOpen: number };
  silent: { surveyId: string; title: string; silent: number; units: number }[];
  waiting: { menuId: string; title: string; count: number }[];
  noAttendance: LectureItem[];
  upcoming: LectureItem[];
  /** 待派单: upcoming lectures whose expert declined, with the reason; the organizers must reassign them. */
  declined: (LectureItem & { reason: string })[];
  /** Lectures of the coming week whose expert has not answered yet (待接单). */
  awaiting: LectureItem[];
  /** Notices (通知) that could not be sent, set by the caller from the notice store; none when absent. */
  failedNotices?: number;
  feedbackOpen: (LectureItem & { feedback: number; closesAt: string })[];
  /** The year's path; empty for a front-limited account (menus and orders are the district's). */
  path: PathStep[];
  /** A front-limited account's fronts, by name, and the district's surveys it reads cut to them. */
  fronts?: { id: string; name: string }[];
  frontReports?: { surveyId: string; title: string; frontId: string; frontName: string }[];
}

const DAY = 86_400_000;
/** How far ahead the workbench looks for lectures whose expert declined (待派单). */
const ASSIGNMENT_HORIZON_DAYS = 183;
const LONGEST_LECTURE = 12 * 3_600_000;

/** Collecting now: published, not archived, inside its opening and closing times. */
function collecting(survey: Pick<SurveySummary, 'id' | 'status'>, settings: SurveySettings, now: Date): boolean {
  return survey.status === 'published' && settings.archived !== true && surveyWindowError(survey.id, settings, now) === undefined;
}

function lectureItem(lecture: Lecture, timeZone: string): LectureItem {
  return {
    id: lecture.id,
    topic: lecture.topicTitle,
    expert: lecture.expertName,
    units: lecture.units.map((u) => u.name).join('、'),
    startsAt: formatDistrictTime(lecture.startsAt, timeZone).replace('T', ' '),
  };
}

function step(step: StepName, state: StepState, figures: [number, number], path: string): PathStep {
  return { step, state, figures, path };
}

/** The surveys this year's work is about: collecting ones and any made this year, in the account's reach. */
function surveysOfTheYear(listed: readonly ListedSurvey[], scope: AccountScope | undefined, catalogue: Catalogue, year: string, timeZone: string): ListedSurvey[] {
  return listed.filter(
    ({ summary: survey, owner }) =>
      inScope(scope, { kind: 'survey', owner, unitFronts: surveyUnitFronts(survey, catalogue) }) &&
      survey.status !== 'draft' &&
      (survey.status === 'published' || formatDistrictTime(survey.createdAt, timeZone).startsWith(year)),
  );
}

export async function yearWorkbench(deps: WorkbenchDeps, scope: AccountScope | undefined): Promise<Workbench> {
  const now = deps.clock.now();
  const year = formatDistrictTime(now.toISOString(), deps.timeZone).slice(0, 4);
  const yearStart = parseDistrictTime(`${year}-01-01T00:00`, deps.timeZone)!.getTime();
  const district = scope === undefined;
  const [listed, menus, catalogue, form] = await Promise.all([
    deps.surveyAdmin.list(),
    district ? deps.menus.list() : Promise.resolve([] as Menu[]),
    deps.catalogue.load(),
    deps.feedbackForms.state(),
  ]);

  // Surveys: settings and counters of this year's only.
  const surveys = await Promise.all(
    surveysOfTheYear(listed, scope, catalogue, year, deps.timeZone).map(async ({ summary: survey }) => {
      const [settings, counters] = await Promise.all([deps.surveySettings.get(survey.id), deps.counters.read(survey.id)]);
      return { survey, open: collecting(survey, settings, now), archived: settings.archived === true, counters };
    }),
  );
  const current = surveys.filter((s) => !s.archived);
  const open = current.filter((s) => s.open);
  // Units answer needs (and custom) surveys; a feedback form is the audience's, whatever unit it names.
  const askingUnits = open.filter((s) => s.survey.kind !== 'feedback' && s.survey.hasUnitQuestion);
  // Their definitions (the unit options and their names): only the open surveys that ask units, never a list's worth.
  const definitions = await Promise.all(askingUnits.map((s) => deps.surveys.get(s.survey.id)));
  const silent = askingUnits
    .flatMap((s, i) => {
      const definition = definitions[i];
      return definition ? [{ survey: definition, totals: answerStatus(definition, s.counters, catalogue).totals }] : [];
    })
    .filter((s) => s.totals.silent > 0)
    .map((s) => ({ surveyId: s.survey.id, title: s.survey.title, silent: s.totals.silent, units: s.totals.units }));
  const needs = current.filter((s) => s.survey.kind === 'needs');
  const needsResponses = needs.reduce((sum, s) => sum + s.counters.reduce((n, c) => n + (c.counters[RESPONSES_COUNTER] ?? 0), 0), 0);

  // Menus of this year (or still open) and their current requests.
  const yearMenus = menus.filter((m) => m.status === 'draft' || Date.parse(m.orderDeadline) >= yearStart);
  const boards = await Promise.all(
    yearMenus.filter((m) => m.status !== 'draft').map(async (menu) => ({ menu, requests: await deps.requests.listCurrent(menu.id) })),
  );
  const waiting = boards.map(({ menu, requests }) => ({ menuId: menu.id, title: menu.title, count: requests.filter((r) => r.status === 'submitted').length })).filter((w) => w.count > 0);
  const ordering = yearMenus.filter((m) => takesRequests(m, now));
  const orderedUnits = new Set(boards.flatMap(({ requests }) => requests.map((r) => r.unitId))).size;

  // Lectures: one query from the year's start (or the oldest feedback window still open) to half a year
  // ahead (a declined lecture months away still waits to be reassigned); the week's are the upcoming ones.
  const from = Math.min(yearStart, now.getTime() - (form.windowDays * DAY + LONGEST_LECTURE));
  const weekAhead = now.getTime() + 7 * DAY;
  const allAhead = (await deps.lectures.listByStart(new Date(from).toISOString(), new Date(now.getTime() + ASSIGNMENT_HORIZON_DAYS * DAY).toISOString())).filter((l) => lectureInReach(scope, l));
  const lectures = allAhead.filter((l) => Date.parse(l.startsAt) < weekAhead);
  const declined = allAhead.filter((l) => l.status === 'scheduled' && assignmentOf(l) === 'declined' && Date.parse(l.endsAt) > now.getTime());
  const ofYear = lectures.filter((l) => Date.parse(l.startsAt) >= yearStart && Date.parse(l.startsAt) <= now.getTime());
  const noAttendance = lectures.filter((l) => l.status === 'scheduled' && Date.parse(l.endsAt) <= now.getTime());
  const upcoming = lectures.filter((l) => l.status === 'scheduled' && Date.parse(l.startsAt) > now.getTime());
  const feedbackOpen = lectures.filter((l) => l.status !== 'cancelled' && Date.parse(l.startsAt) <= now.getTime() && now.getTime() < feedbackClosesAt(l, form.windowDays).getTime());
  // One batch of counter reads: feedback counts, sign-ins of the year's delivered lectures and of those awaiting attendance.
  const counted = new Set([...feedbackOpen, ...noAttendance, ...ofYear.filter((l) => l.status === 'delivered')].map((l) => l.id));
  const counters = await deps.lectures.counters([...counted]);
  const summary = programmeSummary(ofYear, catalogue, deps.timeZone, counters);
  const item = (l: Lecture) => lectureItem(l, deps.timeZone);

  const waitingCount = waiting.reduce((n, w) => n + w.count, 0);
  const published = yearMenus.filter((m) => m.status !== 'draft').length;
  const drafts = yearMenus.length - published;
  const firstOpen = ordering[0];
  const path = district
    ? [
        step('survey', open.some((s) => s.survey.kind === 'needs') ? 'current' : needs.length > 0 ? 'done' : 'todo', [open.filter((s) => s.survey.kind === 'needs').length, needsResponses], '/admin/surveys?kind=needs'),
        step('menu', published > 0 ? 'done' : drafts > 0 ? 'current' : 'todo', [published, drafts], '/admin/menus'),
        step('order', ordering.length > 0 ? 'current' : orderedUnits > 0 ? 'done' : 'todo', [ordering.length, orderedUnits], firstOpen ? `/admin/menus/${firstOpen.id}` : '/admin/menus'),
        step('schedule', waitingCount > 0 ? 'current' : ofYear.length + upcoming.length > 0 ? 'done' : 'todo', [waitingCount, upcoming.length], '/admin/lectures'),
        step('feedback', feedbackOpen.length > 0 ? 'current' : summary.lectures > 0 ? 'done' : 'todo', [summary.lectures, feedbackOpen.length], '/admin/scorecards'),
      ]
    : [];

  return {
    year,
    glance: { delivered: summary.lectures, attendance: summary.attendance, signIns: summary.signIns, unitsReached: summary.unitsReached, surveysOpen: open.length, menusOpen: ordering.length },
    silent,
    waiting,
    noAttendance: noAttendance.map((l) => ({ ...item(l), signIns: lectureTotals({ lecture: l, counters: counters.get(l.id) ?? {} }).signIns })),
    upcoming: upcoming.map(item),
    declined: declined.map((l) => ({ ...item(l), reason: l.declineReason ?? '' })),
    awaiting: upcoming.filter((l) => assignmentOf(l) === 'pending').map(item),
    feedbackOpen: feedbackOpen.map((l) => ({
      ...item(l),
      feedback: lectureTotals({ lecture: l, counters: counters.get(l.id) ?? {} }).feedback,
      closesAt: formatDistrictTime(feedbackClosesAt(l, form.windowDays).toISOString(), deps.timeZone).replace('T', ' '),
    })),
    path,
    ...(scope ? frontsOf(scope, catalogue, surveysOfTheYear(listed, undefined, catalogue, year, deps.timeZone)) : {}),
  };
}

/** A front-limited account's fronts, and the year's district surveys that list their units: their reports, cut to each front. */
function frontsOf(scope: AccountScope, catalogue: Catalogue, listed: readonly ListedSurvey[]): Pick<Workbench, 'fronts' | 'frontReports'> {
  const fronts = catalogue.fronts.filter((f) => scope.fronts.has(f.id)).map((f) => ({ id: f.id, name: f.name }));
  const frontReports = listed
    .filter(({ owner }) => owner !== scope.email)
    .flatMap(({ summary: survey }) => {
      const listedFronts = new Set(surveyUnitFronts(survey, catalogue));
      return fronts.filter((f) => listedFronts.has(f.id)).map((f) => ({ surveyId: survey.id, title: survey.title, frontId: f.id, frontName: f.name }));
    });
  return { fronts, frontReports };
}
