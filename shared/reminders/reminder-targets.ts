// Whom a reminder is for: the units of a survey, a menu or a lecture's feedback window that have not
// answered, and only while answering is open. A unit that answered is never among them; a unit the
// catalogue no longer knows (or retired) has no link to send, so it is left out too.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { FeedbackClosedError, FeedbackWindowNotOpenError, LectureStatusError, MenuStatusError, OrderingClosedError, SurveyClosedError, SurveyStatusError } from '../errors.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { FeedbackFormRepository, LectureRepository } from '../lectures/lecture-store.js';
import { getLecture } from '../lectures/schedule-lecture.js';
import { lectureTotals } from '../lectures/scorecards.js';
import { feedbackClosesAt } from '../lectures/submit-feedback.js';
import type { SurveySettingsReader } from '../survey-admin/survey-admin-store.js';
import { requestBoard, type BoardDeps } from '../programme/request-board.js';
import { statusBoard, type StatusDeps } from '../programme/status-board.js';
import type { ReminderTarget, SilentUnit } from './remind-units.js';

export interface Reminding {
  target: ReminderTarget;
  silent: SilentUnit[];
}

function current(catalogue: Catalogue, units: readonly SilentUnit[]): SilentUnit[] {
  const live = new Set(catalogue.units.filter((u) => !u.retired).map((u) => u.id));
  return units.filter((u) => live.has(u.id));
}

/** A published survey's silent units (the status board's), in board order; 409 unless published, 410 once its closing time has passed. */
export async function surveyReminding(deps: StatusDeps & { surveySettings: SurveySettingsReader }, surveyId: string, now: Date): Promise<Reminding> {
  const [board, settings, catalogue] = await Promise.all([statusBoard(deps, surveyId), deps.surveySettings.get(surveyId), deps.catalogue.load()]);
  if (board.survey.status !== 'published') throw new SurveyStatusError(surveyId, board.survey.status, 'reminded');
  if (settings.closesAt && Date.parse(settings.closesAt) <= now.getTime()) throw new SurveyClosedError(surveyId);
  const silent = board.units.filter((u) => u.responses === 0).map((u) => ({ id: u.unitId, name: u.name }));
  return { target: { kind: 'survey', id: surveyId, title: board.survey.title, ...(settings.closesAt ? { closesAt: settings.closesAt } : {}) }, silent: current(catalogue, silent) };
}

/**
 * A published menu's units that have not ordered; `fronts` cuts them to a front-limited account's
 * fronts. 409 unless published, 410 after the ordering deadline.
 */
export async function menuReminding(deps: BoardDeps, menuId: string, now: Date, fronts?: ReadonlySet<string>): Promise<Reminding> {
  const board = await requestBoard(deps, menuId);
  const { menu } = board;
  if (menu.status !== 'published') throw new MenuStatusError(menuId, menu.status, 'reminded');
  if (Date.parse(menu.orderDeadline) <= now.getTime()) throw new OrderingClosedError(menuId);
  const silent = board.notOrdered.filter((f) => !fronts || fronts.has(f.frontId)).flatMap((f) => f.units);
  return { target: { kind: 'menu', id: menuId, title: menu.title, closesAt: menu.orderDeadline }, silent };
}

export interface LectureRemindDeps {
  lectures: LectureRepository;
  feedbackForms: FeedbackFormRepository;
  catalogue: Pick<CatalogueRepository, 'load'>;
}

/**
 * A lecture's host units while its feedback window is open and no listener has given feedback yet.
 * Feedback is anonymous and one form per lecture (/f/{lectureId}), so it cannot be told apart by unit:
 * the lecture answers for all its hosts, who sat in one hall. The reminder's job is to get the link
 * passed on to the listeners at all; once any feedback has come in, it has been, and nobody is
 * reminded (a share of the head count would ask for a rate no district sets). 409 before the lecture
 * starts or once cancelled, 410 once the window has closed. A front-limited account reaches only a
 * lecture all of whose units are in its fronts (the route's scope), so it never reminds another's.
 */
export async function lectureReminding(deps: LectureRemindDeps, lectureId: string, now: Date): Promise<Reminding> {
  const lecture = await getLecture(deps.lectures, lectureId);
  if (lecture.status === 'cancelled') throw new LectureStatusError(lectureId, lecture.status, 'reminded');
  if (now.getTime() < Date.parse(lecture.startsAt)) throw new FeedbackWindowNotOpenError(lectureId, lecture.startsAt);
  const [state, counters, catalogue] = await Promise.all([deps.feedbackForms.state(), deps.lectures.counters([lecture.id]), deps.catalogue.load()]);
  const closesAt = feedbackClosesAt(lecture, state.windowDays).toISOString();
  if (Date.parse(closesAt) <= now.getTime()) throw new FeedbackClosedError(lectureId, 'window_closed');
  const { feedback } = lectureTotals({ lecture, counters: counters.get(lecture.id) ?? {} });
  const silent = feedback > 0 ? [] : lecture.units.map((u) => ({ id: u.id, name: catalogue.units.find((c) => c.id === u.id)?.name ?? u.name }));
  return {
    target: { kind: 'lecture', id: lecture.id, title: lecture.topicTitle, closesAt, heldAt: lecture.startsAt, anchor: `lecture-${lecture.id}` },
    silent: current(catalogue, silent),
  };
}
