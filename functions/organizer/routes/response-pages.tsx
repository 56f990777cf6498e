// The responses list page and a response's page, with the confirmed form posts behind them (no JavaScript needed).
import type { Context } from 'hono';
import { InvalidInputError } from '../../../shared/errors.js';
import { responseMessages } from '../../../shared/i18n/response-messages.js';
import { InvalidateResponseSchema, invalidateResponse, restoreResponse, surveyResponse } from '../../../shared/responses/invalid-responses.js';
import { searchResponses } from '../../../shared/responses/response-search.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseQuery } from '../../http/valid-input.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { href } from '../pages/dashboard-layout.js';
import { ResponsePage } from '../pages/response-page.js';
import { ResponsesPage } from '../pages/responses-page.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';
import { responseSearchInput } from '../query-filters.js';
import { ResponseSearchQuery } from '../query-schemas.js';
import { auditValidity, invalidResponseDeps } from '../response-validity.js';
import * as v from 'valibot';

const NOTICES = ['invalidated', 'restored', 'unchanged'] as const;

export function responsePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = invalidResponseDeps(deps);

  register(app, deps, 'GET /admin/surveys/:surveyId/responses', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const search = responseSearchInput(parseQuery(ResponseSearchQuery, c));
    // A mistyped search shows the first page with the problems beside the kept input.
    onRefusal(c, async ({ error }) => {
      if (!(error instanceof InvalidInputError)) return undefined;
      const t = responseMessages(requestLocale(c));
      const { survey, page } = await searchResponses(domain, surveyId, {}, deps.timeZone);
      const problems = error.issues.map((i) => t.fieldProblems[i.field] ?? i.message);
      return renderPage(c, <ResponsesPage ctx={pageContext(c)} survey={survey} search={search} responses={page.items} timeZone={deps.timeZone} problems={problems} />);
    });
    const { survey, page } = await searchResponses(domain, surveyId, search, deps.timeZone);
    return renderPage(c, <ResponsesPage ctx={pageContext(c)} survey={survey} search={search} responses={page.items} {...(page.cursor ? { cursor: page.cursor } : {})} timeZone={deps.timeZone} />);
  });

  const responsePage = async (c: Context<OrganizerEnv>, extra: { problems?: string[]; reason?: string } = {}) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { survey, response } = await surveyResponse(domain, surveyId, pathId(c, 'responseId', 'response'));
    const notice = NOTICES.find((n) => n === c.req.query('done'));
    return renderPage(c, <ResponsePage ctx={pageContext(c)} survey={survey} response={response} timeZone={deps.timeZone} {...(notice ? { notice } : {})} {...extra} />);
  };
  const toResponse = (c: Context<OrganizerEnv>, surveyId: string, responseId: string, done: (typeof NOTICES)[number]) =>
    c.redirect(href(pageContext(c), `/admin/surveys/${surveyId}/responses/${responseId}?done=${done}`), 303);

  register(app, deps, 'GET /admin/surveys/:surveyId/responses/:responseId', (c) => responsePage(c));

  register(app, deps, 'POST /admin/surveys/:surveyId/responses/:responseId/invalidate', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const responseId = pathId(c, 'responseId', 'response');
    const fields = await formFields(c);
    const parsed = v.safeParse(InvalidateResponseSchema, { reason: fields.get('reason') ?? '' });
    if (!parsed.success) {
      // The confirmation form again, with what was typed and why it cannot be taken.
      const t = responseMessages(requestLocale(c));
      onRefusal(c, () => responsePage(c, { problems: [t.fieldProblems.reason!], reason: (fields.get('reason') ?? '').slice(0, 200) }));
      throw new InvalidInputError([{ field: 'reason', message: t.fieldProblems.reason! }]);
    }
    const result = await invalidateResponse(domain, surveyId, responseId, parsed.output.reason, c.get('session').email);
    if (result.changed) await auditValidity(deps, c, 'response.invalidate', surveyId, result.response, parsed.output.reason);
    return toResponse(c, surveyId, responseId, result.changed ? 'invalidated' : 'unchanged');
  });

  register(app, deps, 'POST /admin/surveys/:surveyId/responses/:responseId/restore', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const responseId = pathId(c, 'responseId', 'response');
    const result = await restoreResponse(domain, surveyId, responseId);
    if (result.changed) await auditValidity(deps, c, 'response.restore', surveyId, result.response);
    return toResponse(c, surveyId, responseId, result.changed ? 'restored' : 'unchanged');
  });
}
