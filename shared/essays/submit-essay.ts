// A unit's essay (征文投稿) through its unit link: one essay per unit and call, sent and then changed
// as often as the unit likes until the deadline (each save replaces the whole essay and counts a
// version); from the deadline on, or once the organizers close the call, nothing more is taken.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { EditConflictError, EssayFileError, EssayNotFoundError, EssaySubmissionClosedError, InvalidInputError } from '../errors.js';
import type { RecordFiles } from '../records/record-store.js';
import type { ResolvedUnit } from '../unit-links/unit-links.js';
import type { Essay, EssayCall, EssayCallSummary, EssayInput } from './essay-schema.js';
import type { EssayResult, EssayStore } from './essay-store.js';
import { blindObject, ESSAY_FILE_CONTENT_TYPES, originalObject, pendingEssayUpload, type EssayFile } from './essay-file.js';
import { preparedFile, type PreparedFile } from './essay-uploads.js';

export interface UnitEssayDeps {
  essays: EssayStore;
  clock: Clock;
  newId: IdGenerator;
  /** Where essays' files are kept; absent, a save naming an upload is refused as if nothing arrived. */
  files?: RecordFiles;
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

/**
 * Sends or changes the unit's essay: 'created' the first time, 'changed' after. A new upload is checked
 * and its blind copy made before anything is written; its bytes are stored before the essay that
 * names them, and the pending upload is removed once the essay is saved.
 */
export async function submitEssay(deps: UnitEssayDeps, resolved: ResolvedUnit, callId: string, input: EssayInput): Promise<{ essay: Essay; created: boolean }> {
  const call = await publicCall(deps.essays, callId);
  if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
  if (!call.themes.some((t) => t.id === input.themeId)) throw new InvalidInputError([{ field: 'themeId', message: 'Choose one of the call’s themes.', zh: '请选择本次征文的主题之一。' }]);
  if (!input.text && !input.uploadId) throw new InvalidInputError([{ field: 'text', message: 'Give the text or upload the full text as a file.', zh: '请填写正文，或上传全文文件。' }]);
  const current = await deps.essays.essayOfUnit(call.id, resolved.unit.id);
  const kept = input.uploadId && current?.file?.uploadId === input.uploadId ? current.file : undefined;
  let fresh: PreparedFile | undefined;
  if (input.uploadId && !kept) {
    if (!deps.files) throw new EssayFileError('missing');
    fresh = await preparedFile(deps.files, call.id, input.uploadId);
  }
  const storedFor = new Set<string>();
  // Two saves of one unit at once: the second re-reads and applies on top; a third try means a storm.
  for (let attempt = 0; attempt < 3; attempt++) {
    const previous = attempt === 0 ? current : await deps.essays.essayOfUnit(call.id, resolved.unit.id);
    const at = deps.clock.now().toISOString();
    const id = previous?.id ?? deps.newId();
    let file: EssayFile | undefined = kept;
    if (fresh && input.uploadId) {
      if (!storedFor.has(id)) {
        await deps.files!.put(originalObject(call.id, id), fresh.original, ESSAY_FILE_CONTENT_TYPES[fresh.format]);
        await deps.files!.put(blindObject(call.id, id), fresh.blind, ESSAY_FILE_CONTENT_TYPES[fresh.format]);
        storedFor.add(id);
      }
      file = { uploadId: input.uploadId, format: fresh.format, bytes: fresh.original.byteLength, ...(input.fileName ? { name: input.fileName } : {}) };
    }
    const essay: Essay = {
      id,
      callId: call.id,
      unitId: resolved.unit.id,
      unitName: previous?.unitName ?? resolved.unit.name,
      front: previous?.front ?? resolved.unit.front,
      themeId: input.themeId,
      title: input.title,
      authors: input.authors,
      text: input.text,
      ...(file ? { file } : {}),
      submittedAt: previous?.submittedAt ?? at,
      updatedAt: at,
      version: (previous?.version ?? 0) + 1,
    };
    if (await deps.essays.saveEssay(essay, previous?.version)) {
      if (fresh && input.uploadId) await deps.files!.removePending(pendingEssayUpload(call.id, input.uploadId)).catch(() => undefined);
      // A save without a file drops the one it had: its bytes go too (best effort: the essay no longer names them).
      if (!file && previous?.file && deps.files) await Promise.all([deps.files.remove(originalObject(call.id, id)), deps.files.remove(blindObject(call.id, id))]).catch(() => undefined);
      return { essay, created: !previous };
    }
  }
  throw new EditConflictError('essay', call.id);
}
