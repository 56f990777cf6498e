import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { loggedPath } from '../../functions/http/error-handler.js';

const at = (path: string) => ({ req: { path } }) as unknown as Context;

describe('loggedPath', () => {
  it('Should keep a unit link key out of log lines, on the unit pages and the public API', () => {
    expect(loggedPath(at('/u/6C__jsA2Ycucz15RRGH0nL1G/menus/m1'))).toBe('/u/{unitKey}/menus/m1');
    expect(loggedPath(at('/u/6C__jsA2Ycucz15RRGH0nL1G'))).toBe('/u/{unitKey}');
    expect(loggedPath(at('/api/public/units/6C__jsA2Ycucz15RRGH0nL1G/requests/m1'))).toBe('/api/public/units/{unitKey}/requests/m1');
  });

  it('Should leave every other path as it is', () => {
    for (const path of ['/s/survey-1', '/admin/units/development/key', '/api/public/menus/m1', '/user']) expect(loggedPath(at(path))).toBe(path);
  });
});
