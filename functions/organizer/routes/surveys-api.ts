// The survey management API: list, create, edit while draft, publish, close, settings, access codes, QR.
import { creatorOf } from '../../../shared/accounts/scope.js';
import QRCode from 'qrcode';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { csvRows } from '../../../shared/kernel/csv.js';
import { generateAccessCodes } from '../../../shared/survey-admin/access-code-batches.js';
import {
  closeSurvey,
  createSurvey,
  publishSurvey,
  replaceDefinition,
  surveyOverview,
} from '../../../shared/survey-admin/manage-surveys.js';
import { updateSettings, withResponses } from '../../../shared/survey-admin/manage-surveys.js';
import { filterSurveys, surveyPage } from '../../../shared/survey-admin/survey-lifecycle.js';
import { requestLocale } from '../../http/error-handler.js';
import { ifMatchVersion, versionTag } from '../../http/expected-version.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse } from '../csv-response.js';
import { downloadName } from '../../../shared/report/download-name.js';
import { listSurveysLogged, shareUrl, surveyAdminDeps } from '../survey-admin-deps.js';
import { surveyListFilter } from '../query-filters.js';
import { noticeOf } from '../notify.js';

export function surveysApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = surveyAdminDeps(deps);
  const codeDeps = { surveys: deps.store.surveys, accessCodes: deps.store.accessCodes, catalogue: deps.store.catalogue, clock: deps.clock };

  register(app, deps, 'GET /api/surveys', async (c) => {
    const query = c.req.valid('query');
    const { surveys, counts, years } = filterSurveys(await listSurveysLogged(deps, c), surveyListFilter(query), deps.timeZone);
    // Responses are counted for the page shown only; `next` is the cursor of the page after it.
    const page = surveyPage(surveys, { limit: Number(query.limit) || undefined, cursor: query.cursor?.slice(0, 100) });
    const shown = await withResponses(domain, page.items);
    return c.json({
      counts,
      years,
      ...(page.next ? { next: page.next } : {}),
      surveys: shown.map(({ survey, settings, responses }) => ({
        id: survey.id,
        title: survey.title,
        kind: survey.kind,
        status: survey.status,
        createdAt: survey.createdAt,
        publishedAt: survey.publishedAt,
        closedAt: survey.closedAt,
        settings,
        responses,
      })),
    });
  });

  register(app, deps, 'POST /api/surveys', async (c) => {
    const request = c.req.valid('json');
    const survey = await createSurvey(domain, request, creatorOf(c.get('session')));
    await audit(deps, c, 'survey.create', survey.id, { kind: survey.kind, from: 'template' in request ? request.template : 'definition' });
    return c.json({ survey }, 201);
  });

  register(app, deps, 'GET /api/surveys/:surveyId', async (c) => {
    const overview = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    c.header('ETag', versionTag(overview.version));
    return c.json({ ...overview, shareUrl: shareUrl(deps, c.req.url, overview.survey.id) });
  });

  register(app, deps, 'PUT /api/surveys/:surveyId/definition', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { survey, version } = await replaceDefinition(domain, surveyId, c.req.valid('json'), ifMatchVersion(c), creatorOf(c.get('session')));
    await audit(deps, c, 'survey.edit', surveyId, { questions: survey.questions.length });
    c.header('ETag', versionTag(version));
    return c.json({ survey, version });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/publish', async (c) => {
    const { survey, version } = await publishSurvey(domain, pathId(c, 'surveyId', 'survey'), ifMatchVersion(c), creatorOf(c.get('session')));
    await audit(deps, c, 'survey.publish', survey.id);
    await noticeOf.surveyPublished(deps, c, survey);
    c.header('ETag', versionTag(version));
    return c.json({ survey, version, shareUrl: shareUrl(deps, c.req.url, survey.id) });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/close', async (c) => {
    const { survey, version } = await closeSurvey(domain, pathId(c, 'surveyId', 'survey'));
    await audit(deps, c, 'survey.close', survey.id);
    return c.json({ survey, version });
  });

  register(app, deps, 'PUT /api/surveys/:surveyId/settings', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { settings, version } = await updateSettings(domain, surveyId, c.req.valid('json'));
    await audit(deps, c, 'survey.settings', surveyId, Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v as string | number | boolean])));
    return c.json({ settings, version });
  });

  register(app, deps, 'GET /api/surveys/:surveyId/access-codes', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    return c.json({ codes: await deps.store.accessCodes.list(surveyId) });
  });

  register(app, deps, 'GET /api/surveys/:surveyId/access-codes.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const [{ survey }, codes] = await Promise.all([surveyOverview(domain, surveyId), deps.store.accessCodes.list(surveyId)]);
    const t = dashboardMessages(requestLocale(c));
    const units = survey.questions.find((q) => q.type === 'unit');
    const unitName = (unitId: string) => (units?.type === 'unit' ? units.options.find((o) => o.id === unitId)?.label : undefined) ?? unitId;
    // Grouped by unit, so each unit's slips print together and can be cut apart and handed over.
    const rows = codes
      .map((code) => [unitName(code.unitId), code.code, code.usedAt ? t.used : t.unused])
      .sort((a, b) => a[0]!.localeCompare(b[0]!, 'zh-CN') || a[1]!.localeCompare(b[1]!));
    const name = downloadName(survey.title, requestLocale(c) === 'en' ? 'access codes' : '访问码', deps.clock.now(), deps.timeZone);
    return csvResponse(c, name, csvRows([[t.unit, t.code, t.statusLabel], ...rows], { bom: true }), `access-codes-${surveyId}.csv`);
  });

  register(app, deps, 'POST /api/surveys/:surveyId/access-codes', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const codes = await generateAccessCodes(codeDeps, surveyId, c.req.valid('json'));
    await audit(deps, c, 'survey.access-codes', surveyId, { count: codes.length });
    c.header('Cache-Control', 'no-store');
    return c.json({ codes }, 201);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/qr.svg', async (c) => {
    const { survey } = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    const svg = await QRCode.toString(shareUrl(deps, c.req.url, survey.id), { type: 'svg', margin: 2 });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' });
  });

  register(app, deps, 'GET /api/surveys/:surveyId/qr.png', async (c) => {
    const { survey } = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    // Large enough to stay sharp after a messaging app recompresses it.
    const png = await QRCode.toBuffer(shareUrl(deps, c.req.url, survey.id), { type: 'png', width: 1024, margin: 4 });
    return c.body(new Uint8Array(png), 200, {
      'Content-Type': 'image/png',
      'Content-Disposition': `attachment; filename="${survey.id}-qr.png"`,
      'Cache-Control': 'no-store',
    });
  });
}
