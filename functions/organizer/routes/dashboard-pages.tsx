// The dashboard: server-rendered pages and the plain form posts behind them (no JavaScript needed).
import { clientAddress } from '../../http/client-address.js';
import { creatorOf, withinFronts } from '../../../shared/accounts/scope.js';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { QrSheetPage } from '../pages/qr-sheet-page.js';
import { signOut } from '../../../shared/accounts/sign-in.js';
import { countedSignIn } from '../counted-sign-in.js';
import { InvalidInputError, RecordNotFoundError } from '../../../shared/errors.js';
import { editQuestion } from '../../../shared/survey-admin/edit-question.js';
import { isId } from '../../../shared/kernel/ids.js';
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
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseQuery } from '../../http/valid-input.js';
import { formVersion } from '../../http/expected-version.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { AuditPage } from '../pages/audit-page.js';
import { auditNames } from '../../../shared/audit/audit-objects.js';
import { href } from '../pages/dashboard-layout.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { SurveyListPage } from '../pages/survey-list-page.js';
import { SurveyPage } from '../pages/survey-page.js';
import type { EditingState } from '../pages/survey-editor.js';
import { questionSkeleton } from '../question-skeletons.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';
import { listSurveysLogged, shareUrl, surveyAdminDeps } from '../survey-admin-deps.js';
import { authDeps } from '../auth-deps.js';
import { filteredAudit } from '../audit-filter.js';
import { formFields, pageContext } from '../page-context.js';
import { auditFilter, surveyListFilter } from '../query-filters.js';
import { AuditFilterQuery, SurveyListQuery } from '../query-schemas.js';
import { filterSurveys } from '../../../shared/survey-admin/survey-lifecycle.js';
import { createFromSaved } from '../template-actions.js';
import { CreatedFromTemplatePage } from '../pages/templates-page.js';
import { noticeOf } from '../notify.js';

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
  ) => {
    const [overview, codes] = await Promise.all([surveyOverview(domain, surveyId), deps.store.accessCodes.list(surveyId)]);
    // The open card may link options to the catalogue (units, topics, experts).
    const catalogue = extra.editId && overview.survey.status === 'draft' ? await deps.store.catalogue.load() : undefined;
    const url = shareUrl(deps, c.req.url, surveyId);
    const qrSvg = overview.survey.status === 'draft' ? undefined : await QRCode.toString(url, { type: 'svg', margin: 2 });
    return renderPage(
      c,
      <SurveyPage ctx={pageContext(c)} overview={overview} shareUrl={url} qrSvg={qrSvg} codes={codes} timeZone={deps.timeZone} catalogue={catalogue} {...extra} />,
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

  /** Runs a survey action; a refusal shows the survey page again with the reasons (and a typed definition kept). */
  const surveyAction = (key: Parameters<typeof register>[2], action: (c: Context<OrganizerEnv>, surveyId: string, fields: URLSearchParams) => Promise<void>) =>
    register(app, deps, key, async (c) => {
      const surveyId = pathId(c, 'surveyId', 'survey');
      const fields = await formFields(c);
      const draftText = fields.get('definition') ?? undefined;
      onRefusal(c, (refusal) => surveyPage(c, surveyId, { problems: refusal.lines, ...(draftText ? { draftText } : {}) }));
      await action(c, surveyId, fields);
      return toSurvey(c, surveyId);
    });

  // `/` reaches this app through API Gateway's `$default` route (and locally through dispatch).
  register(app, deps, 'GET /', (c) => c.redirect(href(pageContext(c), '/admin'), 302));

  register(app, deps, 'GET /admin/login', (c) => renderPage(c, <SignInPage ctx={pageContext(c)} next={safeNext(c.req.query('next') ?? null)} />));

  register(app, deps, 'POST /admin/login', async (c) => {
    const fields = await formFields(c);
    const email = (fields.get('email') ?? '').slice(0, 254);
    const next = safeNext(fields.get('next'));
    onRefusal(c, (refusal) => renderPage(c, <SignInPage ctx={pageContext(c)} next={next} email={email} error={refusal.lines[0] ?? ''} />));
    const { token } = await countedSignIn(deps, authDeps(deps), email, (fields.get('password') ?? '').slice(0, 200), clientAddress(c));
    setSessionCookie(c, token);
    return c.redirect(href(pageContext(c), next), 303);
  });

  register(app, deps, 'POST /admin/logout', async (c) => {
    await signOut(authDeps(deps), c.get('session'));
    clearSessionCookie(c);
    return c.redirect(href(pageContext(c), '/admin/login'), 303);
  });

  register(app, deps, 'GET /admin/surveys', async (c) => {
    const filter = surveyListFilter(parseQuery(SurveyListQuery, c));
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
    if (!outcome.ok && 'refused' in outcome) {
      // A move, copy or delete the definition cannot take: the card says why, beside it.
      onRefusal(c, () => surveyPage(c, surveyId, { refused: { questionId, lines: outcome.refused } }));
      throw new InvalidInputError(outcome.refused.map((message) => ({ field: 'questions', message })), 'survey');
    }
    if (!outcome.ok) {
      const editing = { question: outcome.question, problems: outcome.problems, ...(outcome.logicRows ? { logicRows: outcome.logicRows } : {}) };
      // No problem but a logic row being chosen: its options are shown, nothing is saved yet.
      if (Object.keys(outcome.problems).length === 0) return surveyPage(c, surveyId, { editId: questionId, editing });
      // The card stays open with what was typed and each problem beside its field.
      onRefusal(c, () => surveyPage(c, surveyId, { editId: questionId, editing }));
      throw new InvalidInputError(Object.entries(outcome.problems).flatMap(([field, messages]) => messages.map((message) => ({ field, message }))), 'survey');
    }
    onRefusal(c, (refusal) => surveyPage(c, surveyId, { problems: refusal.lines }));
    // The version the card was shown with: a save over someone else's change is a 409, never a silent loss.
    const saved = await replaceDefinition(domain, surveyId, outcome.survey, formVersion(fields.get('version')) ?? version, creatorOf(c.get('session')));
    await audit(deps, c, 'survey.edit', surveyId, { questions: saved.survey.questions.length, [action]: questionId });
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
    const { entries, actors, actions, filter } = await filteredAudit(deps, auditFilter(parseQuery(AuditFilterQuery, c)));
    const names = await auditNames(deps.store, entries, deps.timeZone);
    return renderPage(c, <AuditPage ctx={pageContext(c)} entries={entries} names={names} timeZone={deps.timeZone} filter={filter} actors={actors} actions={actions} />);
  });

}
