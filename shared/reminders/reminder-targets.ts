// Whom a reminder is for: the units of a survey or a menu that have not answered, and only while
// answering is open. A unit that answered is never among them; a unit the catalogue no longer knows
// (or retired) has no link to send, so it is left out too.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { MenuStatusError, OrderingClosedError, SurveyClosedError, SurveyStatusError } from '../errors.js';
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
