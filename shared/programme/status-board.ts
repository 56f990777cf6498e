// Who has not answered (未填报单位): per unit responses and last time from the counters, silent units by front.
import { ownerFronts } from '../accounts/owner-fronts.js';
import { reaches, surveyReach, type SurveyReach } from '../accounts/scope.js';
import { unitContact, type Catalogue, type UnitContact } from '../catalogue/catalogue-schema.js';
import type { AccountRepository } from '../accounts/account-store.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { CounterRepository, UnitCounters } from '../survey/counter-store.js';
import type { SurveyAdminRepository } from '../survey-admin/survey-admin-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import { reportSurvey } from '../report/survey-report.js';
import type { Survey } from '../survey/survey-schema.js';
import { groupByFront, type SilentFront } from './request-board.js';

export interface StatusDeps {
  surveys: SurveyRepository;
  counters: CounterRepository;
  catalogue: CatalogueRepository;
  /** The survey's owner and the owner's fronts: a limited owner's survey expects only its fronts' units. */
  surveyAdmin: Pick<SurveyAdminRepository, 'getVersioned'>;
  accounts: Pick<AccountRepository, 'get'>;
}

export interface UnitStatus {
  unitId: string;
  name: string;
  frontId: string;
  frontName: string;
  responses: number;
  lastResponseAt?: string;
  /** The unit's contact person and phone from the catalogue, to call a silent unit. */
  contact?: UnitContact;
}

export interface StatusBoard {
  survey: Survey;
  units: UnitStatus[];
  silent: SilentFront[];
  /** Responses not filed under any unit (a survey without a unit question, answered from its public link). */
  unfiled: number;
  totals: { units: number; answered: number; silent: number; responses: number };
}

/**
 * The units expected to answer are the survey's unit options (or, without a unit question, every
 * current unit its reach takes in: all, or its front-limited owner's fronts' units); their figures
 * come from one Query of the per-unit counters: O(units), no response read.
 */
export async function statusBoard(deps: StatusDeps, surveyId: string): Promise<StatusBoard> {
  const [survey, counters, catalogue, stored] = await Promise.all([reportSurvey(deps, surveyId), deps.counters.read(surveyId), deps.catalogue.load(), deps.surveyAdmin.getVersioned(surveyId)]);
  return answerStatus(survey, counters, catalogue, surveyReach(survey, await ownerFronts(deps.accounts, stored?.owner)));
}

/**
 * The board from what a caller has already read (the workbench reads many surveys' counters at once).
 * `reach`: whom the survey expects; a survey with a unit question expects its options whoever owns it.
 */
export function answerStatus(survey: Survey, counters: readonly UnitCounters[], catalogue: Catalogue, reach: SurveyReach = surveyReach(survey, undefined)): StatusBoard {
  const byUnit = new Map(counters.map((c) => [c.unitId, c]));
  const unitQuestion = survey.questions.find((q) => q.type === 'unit');
  const expected =
    unitQuestion?.type === 'unit'
      ? unitQuestion.options.map((o) => ({ id: o.id, name: o.label, front: o.front }))
      : catalogue.units.filter((u) => !u.retired && reaches(reach, u)).map((u) => ({ id: u.id, name: u.name, front: u.front }));
  const frontName = (id: string) => catalogue.fronts.find((f) => f.id === id)?.name ?? survey.fronts?.find((f) => f.id === id)?.label ?? id;
  const records = new Map(catalogue.units.map((u) => [u.id, u]));
  const units: UnitStatus[] = expected.map((u) => {
    const c = byUnit.get(u.id);
    const contact = unitContact(records.get(u.id));
    return {
      unitId: u.id,
      name: u.name,
      frontId: u.front,
      frontName: frontName(u.front),
      responses: c?.counters[RESPONSES_COUNTER] ?? 0,
      ...(c?.lastResponseAt ? { lastResponseAt: c.lastResponseAt } : {}),
      ...(contact ? { contact } : {}),
    };
  });
  const expectedIds = new Set(expected.map((u) => u.id));
  const unfiled = counters.filter((c) => !expectedIds.has(c.unitId)).reduce((sum, c) => sum + (c.counters[RESPONSES_COUNTER] ?? 0), 0);
  const silentUnits = expected.filter((u) => (byUnit.get(u.id)?.counters[RESPONSES_COUNTER] ?? 0) === 0);
  return {
    survey,
    units,
    silent: groupByFront(catalogue, silentUnits),
    unfiled,
    totals: {
      units: units.length,
      answered: units.length - silentUnits.length,
      silent: silentUnits.length,
      responses: counters.reduce((sum, c) => sum + (c.counters[RESPONSES_COUNTER] ?? 0), 0),
    },
  };
}

/** A message for the units' group chat: names the silent units by front and carries the survey link. */
export function reminderText(board: StatusBoard, surveyUrl: string): string {
  if (board.totals.silent === 0) return `《${board.survey.title}》各单位均已填报，感谢大家的支持！`;
  const lines = board.silent.map((front) => `${front.frontName}（${front.units.length} 个）：${front.units.map((u) => u.name).join('、')}`);
  return [`【提醒】《${board.survey.title}》还有 ${board.totals.silent} 个单位尚未填报：`, ...lines, `请以上单位尽快通过此链接填写：${surveyUrl}`, '谢谢！'].join('\n');
}
