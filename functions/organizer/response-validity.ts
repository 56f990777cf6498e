// What the responses API and the response pages share: the domain's deps, and the audit entry of a real
// change of a response's validity.
import type { Context } from 'hono';
import type { InvalidResponseDeps } from '../../shared/responses/invalid-responses.js';
import { receiptNumber } from '../../shared/responses/receipt.js';
import type { StoredResponse } from '../../shared/responses/response-store.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { audit } from './register-route.js';

export function invalidResponseDeps(deps: OrganizerDeps): InvalidResponseDeps {
  return { surveys: deps.store.surveys, responses: deps.store.responses, clock: deps.clock };
}

/** Audits only a real change: a second click changes nothing and records nothing. */
export async function auditValidity(deps: OrganizerDeps, c: Context<OrganizerEnv>, action: 'response.invalidate' | 'response.restore', surveyId: string, response: StoredResponse, reason?: string) {
  await audit(deps, c, action, `${surveyId}/${response.responseId}`, { receipt: receiptNumber(response.responseId), ...(reason ? { reason } : {}) });
}
