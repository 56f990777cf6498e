// The responses list and invalid responses (无效答卷) over JSON: search, mark invalid, restore.
import { invalidateResponse, restoreResponse } from '../../../shared/responses/invalid-responses.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import { searchResponses } from '../../../shared/responses/response-search.js';
import type { StoredResponse } from '../../../shared/responses/response-store.js';
import type { OrganizerDeps } from '../deps.js';
import { responseSearchInput } from '../query-filters.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { auditValidity, invalidResponseDeps } from '../response-validity.js';

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

export function responsesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = invalidResponseDeps(deps);

  register(app, deps, 'GET /api/surveys/:surveyId/responses', async (c) => {
    const { page } = await searchResponses(domain, pathId(c, 'surveyId', 'survey'), responseSearchInput(c.req.valid('query')), deps.timeZone);
    return c.json({ responses: page.items.map(listed), ...(page.cursor ? { cursor: page.cursor } : {}) });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/responses/:responseId/invalidate', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const responseId = pathId(c, 'responseId', 'response');
    const { reason } = c.req.valid('json');
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
