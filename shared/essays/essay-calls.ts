// The organizers' side of an essay call (征文): create it on catalogue themes, take it through its
// states (draft → open → closed → published), and see its essays ranked. Publication fixes the
// results from the reviews as they stand, so what units see is what the organizers ranked.
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { EssayCallStateError, EssayNotFoundError, InvalidInputError } from '../errors.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import { ESSAY_CALL_STEPS, STEP_TARGET, type EssayCall, type EssayCallStep, type NewEssayCall } from './essay-schema.js';
import type { EssayStore } from './essay-store.js';
import { essayRankings, essayResults, type EssayRankings } from './rankings.js';

export interface EssayCallDeps {
  essays: EssayStore;
  catalogueRecords: Pick<CatalogueRecordRepository, 'get'>;
  clock: Clock;
  newId: IdGenerator;
  timeZone: string;
}

export async function loadCall(essays: Pick<EssayStore, 'getCall'>, callId: string): Promise<EssayCall> {
  const call = await essays.getCall(callId);
  if (!call) throw new EssayNotFoundError('call', callId);
  return call;
}

export async function createEssayCall(deps: EssayCallDeps, input: NewEssayCall, by: string): Promise<EssayCall> {
  const deadline = parseDistrictTime(input.deadline, deps.timeZone);
  if (!deadline) throw new InvalidInputError([{ field: 'deadline', message: 'Expected YYYY-MM-DDTHH:mm (district time) or an ISO time with an offset.', zh: '请填写有效的日期和时间，如 2026-03-01 09:30。' }]);
  if (deadline.getTime() <= deps.clock.now().getTime()) throw new InvalidInputError([{ field: 'deadline', message: 'The deadline must be in the future.', zh: '截止时间须晚于现在。' }]);
  const ids = [...new Set(input.themeIds)];
  const themes = await Promise.all(ids.map((id) => deps.catalogueRecords.get('themes', id)));
  const issues = ids.flatMap((id, i) => (!themes[i] || themes[i]!.retired ? [{ field: `themeIds.${i}`, message: `No current theme ${id} in the catalogue.`, zh: '主题库中没有这个主题，或已停用。' }] : []));
  if (issues.length > 0) throw new InvalidInputError(issues);
  const call: EssayCall = {
    id: deps.newId(),
    title: input.title,
    themes: themes.map((t) => ({ id: t!.id, name: t!.name, ...(t!.nameEn ? { nameEn: t!.nameEn } : {}) })),
    deadline: deadline.toISOString(),
    rules: input.rules,
    state: 'draft',
    createdAt: deps.clock.now().toISOString(),
    createdBy: by,
  };
  await deps.essays.createCall(call);
  return call;
}

/**
 * Takes one step. The same step again (a replay, or a second organizer) answers the call as it is;
 * any other step out of order is refused. Opening needs a deadline still ahead.
 */
export async function stepEssayCall(deps: EssayCallDeps, callId: string, step: EssayCallStep): Promise<{ call: EssayCall; changed: boolean }> {
  const call = await loadCall(deps.essays, callId);
  const target = STEP_TARGET[step];
  if (call.state === target) return { call, changed: false };
  const from = ESSAY_CALL_STEPS[step];
  if (call.state !== from) throw new EssayCallStateError(callId, call.state, step);
  const now = deps.clock.now();
  if (step === 'open' && Date.parse(call.deadline) <= now.getTime()) throw new InvalidInputError([{ field: 'deadline', message: 'The deadline has passed: a call opens only with a deadline ahead.', zh: '截止时间已过：请先把截止时间改到以后，再发布征文。' }]);
  const at = now.toISOString();
  const moved: EssayCall = { ...call, state: target, ...(step === 'open' ? { openedAt: at } : step === 'close' ? { closedAt: at } : { publishedAt: at }) };
  if (step === 'publish') {
    const { rankings, reviews } = await callRankings(deps, call);
    await deps.essays.putResults(call.id, essayResults(rankings, reviews));
  }
  if (!(await deps.essays.moveCall(moved, from))) {
    const now2 = await loadCall(deps.essays, callId);
    if (now2.state === target) return { call: now2, changed: false };
    throw new EssayCallStateError(callId, now2.state, step);
  }
  return { call: moved, changed: true };
}

export async function callRankings(deps: Pick<EssayCallDeps, 'essays'>, call: EssayCall): Promise<{ rankings: EssayRankings; reviews: Awaited<ReturnType<EssayStore['reviews']>> }> {
  const [essays, reviews] = await Promise.all([deps.essays.essays(call.id), deps.essays.reviews(call.id)]);
  return { rankings: essayRankings(call, essays, reviews), reviews };
}
