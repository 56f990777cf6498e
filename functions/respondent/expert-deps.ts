// What the expert's pages and API share: the lecture id in a path, and the deps of an expert's answer.
import type { Context } from 'hono';
import { LectureNotFoundError } from '../../shared/errors.js';
import { isId } from '../../shared/kernel/ids.js';
import type { RespondentDeps } from './deps.js';

/** The lecture in a path, checked against the id alphabet before it reaches a key. */
export function lectureIdOf(c: Context): string {
  const id = c.req.param('lectureId');
  if (!isId(id)) throw new LectureNotFoundError(String(id).slice(0, 64));
  return id;
}

export function expertDeps(deps: RespondentDeps) {
  return { ...deps.programme, clock: deps.clock, ...(deps.notices ? { notices: deps.notices } : {}) };
}
