// The dashboard: server-rendered pages and the plain form posts behind them (no JavaScript needed).
import { clientAddress } from '../../http/client-address.js';
import { accountScope, creatorOf, withinFronts } from '../../../shared/accounts/scope.js';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { QrSheetPage } from '../pages/qr-sheet-page.js';
import { signOut } from '../../../shared/accounts/sign-in.js';
import { countedSignIn } from '../counted-sign-in.js';
import { AccountLockedError, InvalidCredentialsError, RecordNotFoundError } from '../../../shared/errors.js';
import { editQuestion } from '../../../shared/survey-admin/edit-question.js';
import { isId } from '../../../shared/survey/ids.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { fieldPrefix } from '../../../shared/i18n/field-labels.js';
import { generateAccessCodes } from '../../../shared/survey-admin/access-code-batches.js';
import {
  closeSurvey,
  createSurvey,
  publishSurvey,
  replaceDefinition,
  surveyOverview,
  TEMPLATES,
  updateSettings,
  withResponses,
  type TemplateName,
} from '../../../shared/survey-admin/manage-surveys.js';
import { QUESTION_TYPES, type QuestionType } from '../../../shared/survey/survey-schema.js';
import { ApiError } from '../../http/api-error.js';
import { mapError, requestLocale } from '../../http/error-handler.js';
import { formVersion } from '../../http/expected-version.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { AuditPage } from '../pages/audit-page.js';
import { auditNames } from '../../../shared/audit/audit-objects.js';
import { href, type PageContext } from '../pages/dashboard-layout.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { SurveyListPage } from '../pages/survey-list-page.js';
import { SurveyPage } from '../pages/survey-page.js';
import type { EditingState } from '../pages/survey-editor.js';
import { questionSkeleton } from '../question-skeletons.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';
import { listSurveysLogged, shareUrl, surveyAdminDeps } from '../survey-admin-deps.js';
import { authDeps } from './auth-api.js';
import { filteredAudit } from './admin-api.js';
import { surveyListFilter } from './surveys-api.js';
import { filterSurveys } from '../../../shared/survey-admin/survey-lifecycle.js';
import { createFromSaved } from './templates-api.js';
import { CreatedFromTemplatePage } from '../pages/templates-page.js';
import { noticeOf } from '../notify.js';

export function pageContext(c: Context<OrganizerEnv>): PageContext {
  const session = c.get('session') as OrganizerEnv['Variables']['session'] | undefined;
  const limited = session ? accountScope(session) !== undefined : false;
  return { locale: requestLocale(c), path: new URL(c.req.url).pathname, ...(session ? { account: { email: session.email, role: session.role, ...(limited ? { limited } : {}) } } : {}) };
}

export async function formFields(c: Context): Promise<URLSearchParams> {
  return new URLSearchParams(await c.req.text());
}

/** A known error as lines to show on the page; unknown errors go on to the error handler. */
export function problemsOf(c: Context, error: unknown): { status: 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429 | 503; lines: string[] } {
  const locale = requestLocale(c);
  const mapped = mapError(error, locale);
  if (!mapped || mapped.status === 500 || mapped.status === 405 || mapped.status === 413 || mapped.status === 415) throw error;
  // Each problem in words, its field named as the form labels it; never a question id or field code.
  const lines = [uiMessages(locale).errors[mapped.code], ...(mapped.issues ?? []).map((i) => `${i.questionId ? '' : fieldPrefix(i.field, locale)}${i.message}`)];
  return { status: mapped.status, lines };
}

/** Only dashboard paths: a sign-in link must not send anyone to another site. */
function safeNext(next: string | null): string {
  return next && /^\/admin(\/[A-Za-z0-9/_-]*)?$/.test(next) ? next : '/admin';
}

export function dashboardPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = surveyAdminDeps(deps);
  const codeDeps = { surveys: deps.store.surveys, accessCodes: deps.store.accessCodes, catalogue: deps.store.catalogue, clock: deps.clock };

  const surveyPage = async (
    c: Context<OrganizerEnv>,
    surveyId: string,
    extra: { problems?: string[]; draftText?: string; saved?: boolean; editId?: string; editing?: EditingState; refused?: { questionId: string; lines: string[] } } = {},
    status: 200 | 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429 | 503 = 200,
  ) => {
    const [overview, codes] = await Promise.all([surveyOverview(domain, surveyId), deps.store.accessCodes.list(surveyId)]);
    // The open card may link options to the catalogue (units, topics, experts).
    const catalogue = extra.editId && overview.survey.status === 'draft' ? await deps.store.catalogue.load() : undefined;
    const url = shareUrl(deps, c.req.url, surveyId);
    const qrSvg = overview.survey.status === 'draft' ? undefined : await QRCode.toString(url, { type: 'svg', margin: 2 });
    return renderPage(
      c,
      <SurveyPage ctx={pageContext(c)} overview={overview} shareUrl={url} qrSvg={qrSvg} codes={codes} timeZone={deps.timeZone} catalogue={catalogue} {...extra} />,
      status,
    );
  };

  register(app, deps, 'GET /admin/surveys/:surveyId/qr-sheet', async (c) => {
    const overview = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    // A draft has no link to share yet: its page says so.
    if (overview.survey.status === 'draft') return c.redirect(href(pageContext(c), `/admin/surveys/${overview.survey.id}`), 303);
    const url = shareUrl(deps, c.req.url, overview.survey.id);
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 2 });
    return renderPage(c, <QrSheetPage ctx={pageContext(c)} overview={overview} shareUrl={url} qrSvg={qrSvg} timeZone={deps.timeZone} {...(deps.districtName ? { districtName: deps.districtName } : {})} />);
  });

  const toSurvey = (c: Context<OrganizerEnv>, surveyId: string, saved = true) =>
    c.redirect(href(pageContext(c), `/admin/surveys/${surveyId}${saved ? '?saved=1' : ''}`), 303);

  /** Runs a survey action; a refusal re-renders the survey page with the reasons. */
  const surveyAction = (key: Parameters<typeof register>[2], action: (c: Context<OrganizerEnv>, surveyId: string, fields: URLSearchParams) => Promise<void>) =>
    register(app, deps, key, async (c) => {
      const surveyId = pathId(c, 'surveyId', 'survey');
      const fields = await formFields(c);
      try {
        await action(c, surveyId, fields);
        return toSurvey(c, surveyId);
      } catch (error) {
        const { status, lines } = problemsOf(c, error);
        if (status === 404) throw error;
        const draftText = fields.get('definition') ?? undefined;
        return surveyPage(c, surveyId, { problems: lines, ...(draftText ? { draftText } : {}) }, status);
      }
    });

  // `/` reaches this app through API Gateway's `$default` route (and locally through dispatch).
  register(app, deps, 'GET /', (c) => c.redirect(href(pageContext(c), '/admin'), 302));

  register(app, deps, 'GET /admin/login', (c) => renderPage(c, <SignInPage ctx={pageContext(c)} next={safeNext(c.req.query('next') ?? null)} />));

  register(app, deps, 'POST /admin/login', async (c) => {
    const fields = await formFields(c);
    const email = (fields.get('email') ?? '').slice(0, 254);
    const next = safeNext(fields.get('next'));
    try {
      const { token } = await countedSignIn(deps, authDeps(deps), email, (fields.get('password') ?? '').slice(0, 200), clientAddress(c));
      setSessionCookie(c, token);
      return c.redirect(href(pageContext(c), next), 303);
    } catch (error) {
      if (!(error instanceof InvalidCredentialsError || error instanceof AccountLockedError)) throw error;
      const { status, lines } = problemsOf(c, error);
      return renderPage(c, <SignInPage ctx={pageContext(c)} next={next} email={email} error={lines[0] ?? ''} />, status as 401 | 429);
    }
  });

  register(app, deps, 'POST /admin/logout', async (c) => {
    await signOut(authDeps(deps), c.get('session'));
    clearSessionCookie(c);
    return c.redirect(href(pageContext(c), '/admin/login'), 303);
  });

  register(app, deps, 'GET /admin/surveys', async (c) => {
    const filter = surveyListFilter(c);
    const [surveys, saved] = await Promise.all([listSurveysLogged(deps, c), deps.store.templates.list()]);
    const list = filterSurveys(surveys, filter, deps.timeZone);
    // Summaries for the list and counts; responses for the surveys in view.
    return renderPage(c, <SurveyListPage ctx={pageContext(c)} filter={filter} list={{ ...list, surveys: await withResponses(domain, list.surveys) }} saved={saved} timeZone={deps.timeZone} />);
  });

  register(app, deps, 'POST /admin/surveys', async (c) => {
    const fields = await formFields(c);
    const chosen = fields.get('template') ?? '';
    const title = fields.get('title')?.trim().slice(0, 200);
    // The district's saved templates sit in the same list as the built-in ones, by their ids.
    if (!(TEMPLATES as readonly string[]).includes(chosen) && isId(chosen)) {
      const { survey, retired } = await createFromSaved(deps, c, chosen, title || undefined);
      if (retired.length > 0) return renderPage(c, <CreatedFromTemplatePage ctx={pageContext(c)} surveyId={survey.id} retired={retired} />, 201);
      return toSurvey(c, survey.id, false);
    }
    const template = (TEMPLATES as readonly string[]).includes(chosen) ? (chosen as TemplateName) : 'needs';
    const survey = await createSurvey(domain, { template, ...(title ? { title } : {}) }, creatorOf(c.get('session')));
    await audit(deps, c, 'survey.create', survey.id, { kind: survey.kind, from: template });
    return toSurvey(c, survey.id, false);
  });

  register(app, deps, 'GET /admin/surveys/:surveyId', (c) => {
    const edit = c.req.query('edit');
    return surveyPage(c, pathId(c, 'surveyId', 'survey'), { saved: c.req.query('saved') === '1', ...(edit && isId(edit) ? { editId: edit } : {}) });
  });

  register(app, deps, 'GET /admin/surveys/:surveyId/definition.json', async (c) => {
    const { survey } = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    const { id: _id, status: _status, createdAt: _c, publishedAt: _p, closedAt: _cl, ...definition } = survey;
    c.header('Content-Disposition', `attachment; filename="${survey.id}.json"`);
    return c.json(definition);
  });

  register(app, deps, 'POST /admin/surveys/:surveyId/questions/:questionId', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const questionId = pathId(c, 'questionId', 'question');
    const fields = await formFields(c);
    const action = (['save', 'up', 'down', 'duplicate', 'delete'] as const).find((a) => a === fields.get('action')) ?? 'save';
    const { survey, version } = await surveyOverview(domain, surveyId);
    const catalogue = action === 'save' ? await deps.store.catalogue.load() : undefined;
    const outcome = editQuestion(survey, questionId, action, fields, requestLocale(c), catalogue);
    if (!outcome) throw new RecordNotFoundError('question', questionId);
    if (!outcome.ok && 'refused' in outcome) return surveyPage(c, surveyId, { refused: { questionId, lines: outcome.refused } }, 422);
    if (!outcome.ok) {
      // No problem but a logic row being chosen: its options are shown, nothing is saved yet.
      const status = Object.keys(outcome.problems).length > 0 ? 422 : 200;
      return surveyPage(c, surveyId, { editId: questionId, editing: { question: outcome.question, problems: outcome.problems, ...(outcome.logicRows ? { logicRows: outcome.logicRows } : {}) } }, status);
    }
    try {
      // The version the card was shown with: a save over someone else's change is a 409, never a silent loss.
      const saved = await replaceDefinition(domain, surveyId, outcome.survey, formVersion(fields.get('version')) ?? version, creatorOf(c.get('session')));
      await audit(deps, c, 'survey.edit', surveyId, { questions: saved.survey.questions.length, [action]: questionId });
    } catch (error) {
      const { status, lines } = problemsOf(c, error);
      if (status === 404) throw error;
      return surveyPage(c, surveyId, { problems: lines }, status);
    }
    // A list change (move, add, link) keeps the card open; a plain save closes it.
    const keepOpen = action === 'save' && [...fields].some(([name, value]) => name === 'op' || ((name.endsWith('.new') || name.endsWith('.catalogue')) && value.trim() !== ''));
    const index = outcome.survey.questions.findIndex((q) => q.id === (outcome.focus ?? questionId));
    const target = keepOpen ? `/admin/surveys/${surveyId}?edit=${questionId}` : `/admin/surveys/${surveyId}?saved=1`;
    return c.redirect(`${href(pageContext(c), target)}#card-${Math.max(0, index)}`, 303);
  });

  surveyAction('POST /admin/surveys/:surveyId/definition', async (c, surveyId, fields) => {
    let definition: unknown;
    try {
      definition = JSON.parse(fields.get('definition') ?? '');
    } catch {
      throw new ApiError(400, 'malformed_body');
    }
    const { survey } = await replaceDefinition(domain, surveyId, definition, formVersion(fields.get('version')), creatorOf(c.get('session')));
    await audit(deps, c, 'survey.edit', surveyId, { questions: survey.questions.length });
  });

  surveyAction('POST /admin/surveys/:surveyId/add-question', async (c, surveyId, fields) => {
    const type = fields.get('type') ?? '';
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) return;
    const { survey, version } = await surveyOverview(domain, surveyId);
    const catalogue = type === 'unit' ? await deps.store.catalogue.load() : undefined;
    const editor = creatorOf(c.get('session'));
    // A new unit question lists the catalogue's units: a front-limited editor's, only its fronts'.
    const [question] = withinFronts({ questions: [questionSkeleton(type as QuestionType, survey.questions.map((q) => q.id), catalogue)] }, editor.fronts).questions;
    const at = Math.min(Math.max(0, Math.trunc(Number(fields.get('position') || survey.questions.length)) || 0), survey.questions.length);
    const updated = await replaceDefinition(domain, surveyId, { ...survey, questions: [...survey.questions.slice(0, at), question!, ...survey.questions.slice(at)] }, formVersion(fields.get('version')) ?? version, editor);
    await audit(deps, c, 'survey.edit', surveyId, { questions: updated.survey.questions.length, added: type });
  });

  surveyAction('POST /admin/surveys/:surveyId/publish', async (c, surveyId, fields) => {
    const { survey } = await publishSurvey(domain, surveyId, formVersion(fields.get('version')), creatorOf(c.get('session')));
    await audit(deps, c, 'survey.publish', surveyId);
    await noticeOf.surveyPublished(deps, c, survey);
  });

  surveyAction('POST /admin/surveys/:surveyId/close', async (c, surveyId) => {
    await closeSurvey(domain, surveyId);
    await audit(deps, c, 'survey.close', surveyId);
  });

  surveyAction('POST /admin/surveys/:surveyId/settings', async (c, surveyId, fields) => {
    const time = (name: string) => (fields.get(name)?.trim() ? fields.get(name)!.trim().slice(0, 40) : null);
    const limit = fields.get('responseLimit')?.trim();
    const version = formVersion(fields.get('settingsVersion'), 'settingsVersion');
    const { settings } = await updateSettings(domain, surveyId, {
      ...(version !== undefined ? { version } : {}),
      opensAt: time('opensAt'),
      closesAt: time('closesAt'),
      // A typo must not become a limit of 1 (the survey would be "full" at once): let the schema refuse it.
      responseLimit: limit ? Number(limit) : null,
      requireAccessCode: fields.get('requireAccessCode') === '1',
      onePerDevice: fields.get('onePerDevice') === '1',
    });
    await audit(deps, c, 'survey.settings', surveyId, Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v as string | number | boolean])));
  });

  surveyAction('POST /admin/surveys/:surveyId/access-codes', async (c, surveyId, fields) => {
    const count = Math.max(1, Math.min(500, Math.trunc(Number(fields.get('count') ?? 10)) || 10));
    const unitId = (fields.get('unitId') ?? '').slice(0, 64);
    const codes = await generateAccessCodes(codeDeps, surveyId, { units: [{ unitId, count }] });
    await audit(deps, c, 'survey.access-codes', surveyId, { count: codes.length });
  });

  register(app, deps, 'GET /admin/audit', async (c) => {
    const { entries, actors, actions, filter } = await filteredAudit(deps, c);
    const names = await auditNames(deps.store, entries, deps.timeZone);
    return renderPage(c, <AuditPage ctx={pageContext(c)} entries={entries} names={names} timeZone={deps.timeZone} filter={filter} actors={actors} actions={actions} />);
  });

}
