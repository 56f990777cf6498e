// A unit's essay (征文投稿) through its unit link: one essay per unit and call, sent and then changed
// as often as the unit likes until the deadline (each save replaces the whole essay and counts a
// version); from the deadline on, or once the organizers close the call, nothing more is taken.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { EditConflictError, EssayNotFoundError, EssaySubmissionClosedError, InvalidInputError } from '../errors.js';
import type { ResolvedUnit } from '../unit-links/unit-links.js';
import type { Essay, EssayCall, EssayCallSummary, EssayInput } from './essay-schema.js';
import type { EssayResult, EssayStore } from './essay-store.js';

export interface UnitEssayDeps {
  essays: EssayStore;
  clock: Clock;
  newId: IdGenerator;
}

/** Whether the call takes essays at `now`: open, and before its deadline. */
export function takesEssays(call: Pick<EssayCall, 'state' | 'deadline'>, now: Date): boolean {
  return call.state === 'open' && now.getTime() < Date.parse(call.deadline);
}

export interface UnitEssayCall {
  call: EssayCallSummary;
  open: boolean;
  essay?: Essay;
  /** The unit's own result, once published. */
  result?: EssayResult;
}

/** The calls a unit sees (not drafts), each with its essay and, once published, its result. */
export async function unitEssayCalls(deps: UnitEssayDeps, unitId: string): Promise<UnitEssayCall[]> {
  const now = deps.clock.now();
  const calls = await deps.essays.publicCalls();
  return Promise.all(
    calls.map(async (call) => {
      const essay = await deps.essays.essayOfUnit(call.id, unitId);
      const result = essay && call.state === 'published' ? (await deps.essays.results(call.id)).get(essay.id) : undefined;
      return { call, open: takesEssays(call, now), ...(essay ? { essay } : {}), ...(result ? { result } : {}) };
    }),
  );
}

/** The call as a unit may see it (drafts do not exist for units). */
export async function publicCall(essays: Pick<EssayStore, 'getCall'>, callId: string): Promise<EssayCall> {
  const call = await essays.getCall(callId);
  if (!call || call.state === 'draft') throw new EssayNotFoundError('call', callId);
  return call;
}

/** Sends or changes the unit's essay: 'created' the first time, 'changed' after. */
export async function submitEssay(deps: UnitEssayDeps, resolved: ResolvedUnit, callId: string, input: EssayInput): Promise<{ essay: Essay; created: boolean }> {
  const call = await publicCall(deps.essays, callId);
  if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
  if (!call.themes.some((t) => t.id === input.themeId)) throw new InvalidInputError([{ field: 'themeId', message: 'Choose one of the call’s themes.', zh: '请选择本次征文的主题之一。' }]);
  // Two saves of one unit at once: the second re-reads and applies on top; a third try means a storm.
  for (let attempt = 0; attempt < 3; attempt++) {
    const previous = await deps.essays.essayOfUnit(call.id, resolved.unit.id);
    const at = deps.clock.now().toISOString();
    const essay: Essay = {
      id: previous?.id ?? deps.newId(),
      callId: call.id,
      unitId: resolved.unit.id,
      unitName: previous?.unitName ?? resolved.unit.name,
      front: previous?.front ?? resolved.unit.front,
      themeId: input.themeId,
      title: input.title,
      authors: input.authors,
      text: input.text,
      submittedAt: previous?.submittedAt ?? at,
      updatedAt: at,
      version: (previous?.version ?? 0) + 1,
    };
    if (await deps.essays.saveEssay(essay, previous?.version)) return { essay, created: !previous };
  }
  throw new EditConflictError('essay', call.id);
}
