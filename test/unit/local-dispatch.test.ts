// The local server sends each request where API Gateway would: the respondent's routes to the
// respondent app, everything else (`/`, unknown paths) to the organizer app, as `$default` does.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';

const app = (name: string) => ({ fetch: () => new Response(name) });
const fetch = dispatch(app('respondent'), app('organizer'));
const target = async (method: string, path: string) => (await fetch(new Request(`http://localhost${path}`, { method }))).text();

describe('Local dispatch', () => {
  it.each([
    ['GET', '/s/abc', 'respondent'],
    ['POST', '/s/abc', 'respondent'],
    ['GET', '/s/abc/done', 'respondent'],
    ['GET', '/api/public/surveys/abc', 'respondent'],
    ['POST', '/api/public/surveys/abc/responses', 'respondent'],
    ['GET', '/', 'organizer'],
    ['GET', '/favicon.ico', 'organizer'],
    ['GET', '/s/', 'organizer'],
    ['GET', '/s/abc/extra/path', 'organizer'],
    ['GET', '/api/public/surveys/abc/responses', 'organizer'],
    ['DELETE', '/s/abc', 'organizer'],
    ['GET', '/admin', 'organizer'],
  ])('Should send %s %s to the %s app, as the API routes it', async (method, path, expected) => {
    expect(await target(method, path)).toBe(expected);
  });
});
