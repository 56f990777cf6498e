// What the essay call's pages and API share: the call and essay ids in a path, and the domain's deps.
import type { Context } from 'hono';
import { EssayNotFoundError } from '../../shared/errors.js';
import { isId } from '../../shared/kernel/ids.js';
import type { RespondentDeps } from './deps.js';

/** A call or essay id in a path, checked against the id alphabet before it reaches a key. */
export function essayPathId(c: Context, name: 'callId' | 'essayId'): string {
  const id = c.req.param(name);
  if (!isId(id)) throw new EssayNotFoundError(name === 'callId' ? 'call' : 'essay', String(id).slice(0, 64));
  return id;
}

/** The essay's file as the request may stream it: chunks of the body, for the local store to write (and stop past the limit). */
export async function* bodyChunks(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (!body) return;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) yield chunk;
}

export function essayDeps(deps: RespondentDeps) {
  return { essays: deps.programme.essays, clock: deps.clock, newId: deps.newId, audit: deps.programme.audit, ...(deps.essayFiles ? { files: deps.essayFiles } : {}) };
}
