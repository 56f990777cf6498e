// The responses list and invalid responses (无效答卷) over JSON: search, mark invalid, restore.
import type { Context } from 'hono';
import { InvalidateResponseSchema, invalidateResponse, restoreResponse, type InvalidResponseDeps } from '../../../shared/responses/invalid-responses.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import { searchResponses, type ResponseSearchInput } from '../../../shared/responses/response-search.js';
import type { StoredResponse } from '../../../shared/responses/response-store.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';

export function invalidResponseDeps(deps: OrganizerDeps): InvalidResponseDeps {
  return { surveys: deps.store.surveys, responses: deps.store.responses, clock: deps.clock };
}

/** ?receipt= &unit= &from= &to= &cursor=, as typed; the domain checks them. */
export function responseSearchInput(c: Context): ResponseSearchInput {
  const q = (name: string) => c.req.query(name)?.slice(0, 2000);
  return { receipt: q('receipt'), unit: q('unit'), from: q('from'), to: q('to'), cursor: q('cursor') };
}

/** What the list shows of a response (its answers stay in responses.csv and on its page). */
function listed(r: StoredResponse) {
  return {
    responseId: r.responseId,
    receipt: receiptNumber(r.responseId),
    submittedAt: r.submittedAt,
    unitId: r.unitId,
    ...(r.front ? { front: r.front } : {}),
    ...(r.invalid ? { invalid: r.invalid } : {}),
  };
}

/** Audits only a real change: a second click changes nothing and records nothing. */
export async function auditValidity(deps: OrganizerDeps, c: Context<OrganizerEnv>, action: 'response.invalidate' | 'response.restore', surveyId: string, response: StoredResponse, reason?: string) {
  await audit(deps, c, action, `${surveyId}/${response.responseId}`, { receipt: receiptNumber(response.responseId), ...(reason ? { reason } : {}) });
}

export function responsesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = invalidResponseDeps(deps);

  register(app, deps, 'GET /api/surveys/:surveyId/responses', async (c) => {
    const { page } = await searchResponses(domain, pathId(c, 'surveyId', 'survey'), responseSearchInput(c), deps.timeZone);
    return c.json({ responses: page.items.map(listed), ...(page.cursor ? { cursor: page.cursor } : {}) });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/responses/:responseId/invalidate', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const responseId = pathId(c, 'responseId', 'response');
    const { reason } = parseBody(InvalidateResponseSchema, await readJson(c));
    const result = await invalidateResponse(domain, surveyId, responseId, reason, c.get('session').email);
    if (result.changed) await auditValidity(deps, c, 'response.invalidate', surveyId, result.response, reason);
    return c.json({ response: listed(result.response), changed: result.changed });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/responses/:responseId/restore', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const result = await restoreResponse(domain, surveyId, pathId(c, 'responseId', 'response'));
    if (result.changed) await auditValidity(deps, c, 'response.restore', surveyId, result.response);
    return c.json({ response: listed(result.response), changed: result.changed });
  });
}
