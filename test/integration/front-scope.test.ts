// Front-limited organizers (限定战线), walked over the whole route table: with every path parameter
// naming another front's object (a survey it did not create, an economy unit's lecture, request and
// link, an export of that survey), every route answers 403 or leaves the object out. Its own survey,
// cut to its fronts' units, works; a change of its fronts applies to its open session at once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER_ROUTES, type RouteSpec } from '../../functions/organizer/route-table.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { validNeeds } from '../support/demo-answers.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

const ROUTES = ORGANIZER_ROUTES as readonly RouteSpec[];
/** Every unit outside the limited account's street front, by name (in Chinese and English) and by id. */
const OTHER_FRONTS_UNITS = demoCatalogue.units.filter((u) => u.front !== 'street').flatMap((u) => [u.name, ...(u.nameEn ? [u.nameEn] : []), `"${u.id}"`, `=${u.id}`]);

/** The text of every cell of an .xlsx answer. */
async function xlsxText(res: Response): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join('\n');
}
const LIMITED = { email: 'street@district.cn', password: 'street-password-1' };

let f: Fixture;
let admin: string;
let limited: string;
/** Another front's objects (the economy front's; the limited account has the street front). */
const other = { surveyId: '', lectureId: '', exportId: '', menuId: '', templateId: '' };

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

/** A limited account of its own, for routes that end the session they are called with. */
async function limitedAccount(fronts: string[]): Promise<{ email: string; token: string }> {
  const account = { email: `limited-${randomUUID()}@district.cn`, password: 'limited-password-1' };
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...account, role: 'organizer' });
  expect((await f.api('PUT', `/api/accounts/${account.email}/fronts`, { token: admin, body: { fronts } })).status).toBe(200);
  return { email: account.email, token: await f.login(account) };
}

beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...LIMITED, role: 'organizer' });
  const set = await f.api('PUT', `/api/accounts/${LIMITED.email}/fronts`, { token: admin, body: { fronts: ['street'] } });
  expect(set.status, await set.clone().text()).toBe(200);
  limited = await f.login(LIMITED);

  const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: admin, body: { template: 'needs', title: '全区需求调查' } }));
  other.surveyId = survey.id;
  await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: admin });
  await f.submit(survey.id, { answers: validNeeds('development') });
  const lecture = await f.api('POST', '/api/lectures', {
    token: admin,
    body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['development'], startsAt: '2026-03-10T09:00', durationMinutes: 90, place: '经开区报告厅' },
  });
  expect(lecture.status, await lecture.clone().text()).toBe(201);
  other.lectureId = (await json<{ lectureId: string }>(lecture)).lectureId;
  other.exportId = (await json<{ exportId: string }>(f.api('POST', `/api/surveys/${survey.id}/exports`, { token: admin, body: {} }))).exportId;
  const menu = await f.api('POST', '/api/menus', { token: admin, body: { title: '春季菜单', orderDeadline: '2026-12-31T18:00', maxPicks: 1, items: [{ topicId: 't-ecology', expertIds: [] }] } });
  other.menuId = (await json<{ menuId: string }>(menu)).menuId;
  other.templateId = (await json<{ templateId: string }>(f.api('POST', `/api/surveys/${survey.id}/template`, { token: admin, body: { name: '全区模板' } }))).templateId;
});
afterAll(() => f.table.drop());

function concrete(path: string): string {
  const values: Record<string, string> = {
    surveyId: other.surveyId,
    lectureId: other.lectureId,
    exportId: other.exportId,
    file: `responses-${other.surveyId}-${other.exportId}.csv`,
    menuId: other.menuId,
    requestId: `${other.menuId}~development`,
    unitId: 'development',
    templateId: other.templateId,
    questionId: 'unit',
    action: 'close',
    section: 'units',
    id: 'development',
    email: ADMIN.email,
  };
  return path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x1');
}

describe('a front-limited organizer, on every route of the table', () => {
  it('Should name a scope kind for every route, and one matching its path parameter', () => {
    for (const route of ROUTES) {
      const expected = /:surveyId/.test(route.path) ? 'survey' : /:lectureId/.test(route.path) ? 'lecture' : /:requestId/.test(route.path) ? 'request' : /:unitId/.test(route.path) ? 'unit' : /:exportId/.test(route.path) ? 'export' : undefined;
      // A report is a survey's too, read whole or cut to one of a limited account's fronts.
      if (expected) expect(route.scope === 'survey-report' ? 'survey' : route.scope, `${route.method} ${route.path}`).toBe(expected);
    }
  });

  describe.each(ROUTES.filter((r) => r.access !== 'public').map((r) => ({ ...r, name: `${r.method} ${r.path}` })))('$name', (route) => {
    it('answers 403, or leaves the other front’s objects out', async () => {
      const token = route.path.includes('logout') ? (await limitedAccount(['street'])).token : limited;
      const isApi = route.path.startsWith('/api/');
      const body = route.method === 'GET' ? undefined : isApi ? '{}' : '';
      const res = await f.app.request(`${ORIGIN}${concrete(route.path)}`, {
        method: route.method,
        headers: { authorization: `Bearer ${token}`, origin: ORIGIN, ...(body !== undefined ? { 'content-type': isApi ? 'application/json' : 'application/x-www-form-urlencoded' } : {}) },
        ...(body !== undefined ? { body } : {}),
      });
      const label = `${route.method} ${route.path} -> ${res.status}`;
      expect(res.status, label).toBeLessThan(500);
      if (route.access === 'admin' || !['none', 'own', 'list', 'survey-report'].includes(route.scope)) {
        expect(res.status, label).toBe(403);
        if (isApi) expect((await json<{ error: { code: string } }>(res)).error.code, label).toBe(route.access === 'admin' ? 'forbidden' : 'out_of_scope');
        return;
      }
      // The district's survey lists the street front's units too: its report is read cut to the street front.
      if (route.scope === 'survey-report') expect(res.status, label).toBe(200);
      const text = route.path.endsWith('.xlsx') ? await xlsxText(res) : await res.text();
      // The one link a limited account may hold to the district's survey: its report, cut to its own front.
      const rest = text.replaceAll(`/admin/surveys/${other.surveyId}/report?front=street`, '').replaceAll(`/api/surveys/${other.surveyId}/report`, '').replaceAll(`/admin/surveys/${other.surveyId}/report`, '');
      for (const id of [route.scope === 'survey-report' ? '' : other.surveyId, other.lectureId, other.exportId, other.menuId].filter(Boolean)) expect(rest, label).not.toContain(id);
      // The lists and reports it reads are cut: not one row of another front's units.
      if (route.scope === 'list' || route.scope === 'survey-report') for (const unit of OTHER_FRONTS_UNITS) expect(text, label).not.toContain(unit);
    });
  });
});

describe('what a front-limited organizer keeps', () => {
  it('Should create surveys listing only its fronts’ units, see only those in the list, and read their reports', async () => {
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: limited, body: { template: 'needs', title: '街道需求调查' } }));
    const units = survey.questions.find((q) => q.type === 'unit') as { options: { id: string; front: string }[] };
    expect(units.options.map((o) => o.id)).toEqual(['dongfeng-st', 'xinli-st', 'jinqiao-st']);
    expect(survey.fronts?.map((fr) => fr.id)).toEqual(['street']);

    // The walk above made a few surveys of its own too (the create forms): only its own are listed.
    const list = await json<{ surveys: { id: string }[] }>(f.api('GET', '/api/surveys', { token: limited }));
    expect(list.surveys.map((s) => s.id)).toContain(survey.id);
    expect(list.surveys.map((s) => s.id)).not.toContain(other.surveyId);
    const all = await json<{ surveys: { id: string }[] }>(f.api('GET', '/api/surveys', { token: admin }));
    const owners = await Promise.all(list.surveys.map((s) => f.table.store.surveyAdmin.getVersioned(s.id)));
    expect(owners.map((o) => o?.owner)).toEqual(list.surveys.map(() => LIMITED.email));
    expect(all.surveys.length).toBeGreaterThan(list.surveys.length);
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: limited })).status).toBe(200);
    await f.submit(survey.id, { answers: validNeeds('dongfeng-st') });
    const report = await json<{ responses: number }>(f.api('GET', `/api/surveys/${survey.id}/report`, { token: limited }));
    expect(report.responses).toBe(1);
    // Editing its draft cannot add another front's unit (the survey would leave its reach).
    const draft = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: limited, body: { template: 'needs' } }));
    const withEconomy = {
      ...draft.survey,
      fronts: [...(draft.survey.fronts ?? []), { id: 'economy', label: '经济战线' }],
      questions: draft.survey.questions.map((q) => (q.type === 'unit' ? { ...q, options: [...q.options, { id: 'development', label: '区发展和改革委员会中心组', front: 'economy' }] } : q)),
    };
    const refused = await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token: limited, body: withEconomy });
    expect(refused.status).toBe(403);
    expect((await json<{ error: { code: string } }>(refused)).error.code).toBe('out_of_scope');
    expect((await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token: limited, body: { ...draft.survey, title: '改了标题' } })).status).toBe(200);
    // A copy of its own survey is its own too; a copy of another's is refused.
    expect((await f.api('POST', `/api/surveys/${survey.id}/copy`, { token: limited })).status).toBe(201);
    expect((await f.api('POST', `/api/surveys/${other.surveyId}/copy`, { token: limited })).status).toBe(403);
    // From a district template: cut to its fronts as well.
    // The dashboard does not offer it the district-wide pages; its home names its fronts and offers the cut ones.
    const home = await (await f.app.request(`${ORIGIN}/admin`, { headers: { authorization: `Bearer ${limited}` } })).text();
    expect(home).toContain('您负责的战线：街道战线');
    for (const path of ['/admin/surveys', '/admin/lectures', '/admin/units', `/admin/surveys/${other.surveyId}/report?front=street`]) expect(home).toContain(`href="${path}"`);
    for (const path of ['/admin/menus', '/admin/scorecards', '/admin/programme']) expect(home).not.toContain(`href="${path}"`);
    const listPage = await (await f.app.request(`${ORIGIN}/admin/surveys`, { headers: { authorization: `Bearer ${limited}` } })).text();
    expect(listPage).toContain(`/admin/surveys/${survey.id}`);
    // The district's survey: its report cut to the street front, and never to another front or its units.
    const cut = await json<{ filter: { front?: string }; responses: number }>(f.api('GET', `/api/surveys/${other.surveyId}/report`, { token: limited }));
    expect(cut).toMatchObject({ filter: { front: 'street' }, responses: 0 });
    expect((await f.api('GET', `/api/surveys/${other.surveyId}/report?unit=xinli-st`, { token: limited })).status).toBe(200);
    for (const query of ['front=economy', 'unit=development', 'front=street&unit=development']) {
      expect((await f.api('GET', `/api/surveys/${other.surveyId}/report?${query}`, { token: limited })).status, query).toBe(403);
      expect((await f.app.request(`${ORIGIN}/admin/surveys/${other.surveyId}/report?${query}`, { headers: { authorization: `Bearer ${limited}` } })).status, query).toBe(403);
    }
    // An unreadable choice is cut too (the page says 422 and shows the street front's part).
    const odd = await f.app.request(`${ORIGIN}/admin/surveys/${other.surveyId}/report?front=%3Cb%3E`, { headers: { authorization: `Bearer ${limited}` } });
    expect(odd.status).toBe(422);
    expect(await odd.text()).toContain('仅含：街道战线');
    // Its raw responses and cross-tables stay the survey owner's.
    for (const path of ['responses.csv', 'crosstab.csv?by=unit', 'status']) expect((await f.api('GET', `/api/surveys/${other.surveyId}/${path}`, { token: limited })).status, path).toBe(403);
    const fromTemplate = await json<{ surveyId: string }>(f.api('POST', `/api/templates/${other.templateId}/surveys`, { token: limited }));
    const made = await json<{ survey: Survey }>(f.api('GET', `/api/surveys/${fromTemplate.surveyId}`, { token: limited }));
    expect((made.survey.questions.find((q) => q.type === 'unit') as { options: { front: string }[] }).options.every((o) => o.front === 'street')).toBe(true);
    // Its own front's lecture is within reach.
    const lecture = await json<{ lectureId: string }>(f.api('POST', '/api/lectures', { token: admin, body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['xinli-st'], startsAt: '2026-03-12T09:00', durationMinutes: 90, place: '新立街道' } }));
    expect((await f.api('GET', `/api/lectures/${lecture.lectureId}`, { token: limited })).status).toBe(200);
    expect((await f.api('GET', `/api/lectures/${other.lectureId}`, { token: limited })).status).toBe(403);
  });

  it('Should apply a change of fronts to an open session at once, and audit it', async () => {
    const account = await limitedAccount(['economy']);
    expect(await json(f.api('GET', '/api/me', { token: account.token }))).toMatchObject({ email: account.email, fronts: ['economy'] });
    // The economy front is its own now, but the survey is still the admin's.
    expect((await f.api('GET', `/api/lectures/${other.lectureId}`, { token: account.token })).status).toBe(200);
    expect((await f.api('GET', `/api/surveys/${other.surveyId}`, { token: account.token })).status).toBe(403);
    expect((await f.api('PUT', `/api/accounts/${account.email}/fronts`, { token: admin, body: { fronts: ['street'] } })).status).toBe(200);
    expect((await f.api('GET', `/api/lectures/${other.lectureId}`, { token: account.token })).status).toBe(403);
    expect((await f.api('PUT', `/api/accounts/${account.email}/fronts`, { token: admin, body: { fronts: [] } })).status).toBe(200);
    expect((await f.api('GET', `/api/surveys/${other.surveyId}`, { token: account.token })).status).toBe(200);
    expect((await f.api('GET', '/api/menus', { token: account.token })).status).toBe(200);
    const audit = await json<{ entries: { action: string; target: string; details?: { fronts?: string } }[] }>(f.api('GET', '/api/audit', { token: admin }));
    const changes = audit.entries.filter((e) => e.action === 'account.fronts' && e.target === account.email).map((e) => e.details?.fronts);
    expect(changes.sort()).toEqual(['', 'economy', 'street']);
  });

  it('Should refuse unknown fronts and bodies that are not a list of ids, changing nothing', async () => {
    for (const body of [{ fronts: ['nowhere'] }, { fronts: 'street' }, { fronts: ['<b>'] }, {}]) {
      const res = await f.api('PUT', `/api/accounts/${LIMITED.email}/fronts`, { token: admin, body });
      expect([400, 422]).toContain(res.status);
      expect(await res.text()).not.toContain('nowhere');
    }
    const accounts = await json<{ accounts: { email: string; fronts?: string[] }[] }>(f.api('GET', '/api/accounts', { token: admin }));
    expect(accounts.accounts.find((a) => a.email === LIMITED.email)?.fronts).toEqual(['street']);
  });

  it('Should let an admin tick fronts on the accounts page', async () => {
    const account = await limitedAccount([]);
    const page = await (await f.app.request(`${ORIGIN}/admin/accounts`, { headers: { authorization: `Bearer ${admin}` } })).text();
    expect(page).toContain(`action="/admin/accounts/${encodeURIComponent(account.email)}/fronts"`);
    const res = await f.app.request(`${ORIGIN}/admin/accounts/${encodeURIComponent(account.email)}/fronts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'front=street&front=party',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('街道战线、党群战线');
    expect((await json<{ surveys: unknown[] }>(f.api('GET', '/api/surveys', { token: account.token }))).surveys).toEqual([]);
  });
});

describe('a unit option’s front is the catalogue’s, and a limited survey reaches only its fronts’ units', () => {
  /** A unit question listing the economy front's 区发改委 under the street front's name (the forged front). */
  const forged = (survey: Survey): Survey => ({
    ...survey,
    questions: survey.questions.map((q) => (q.type === 'unit' ? { ...q, options: [...q.options, { id: 'development', label: '区发展和改革委员会中心组', front: 'street' }] } : q)),
  });
  const unitOptions = (survey: Survey) => (survey.questions.find((q) => q.type === 'unit') as { options: { id: string; front: string }[] }).options;

  it('Should refuse a definition naming another front’s unit under its own front, on create, edit and publish, naming the unit', async () => {
    const draft = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: limited, body: { template: 'needs' } }));
    const created = await f.api('POST', '/api/surveys', { token: limited, body: { definition: forged(draft.survey) } });
    expect(created.status).toBe(403);
    const body = await json<{ error: { code: string; issues: { field: string; message: string }[] } }>(created);
    expect(body.error.code).toBe('out_of_scope');
    expect(body.error.issues).toEqual([{ field: 'unit.development', message: '单位“区发展和改革委员会中心组”不在您负责的战线内。' }]);
    const edited = await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token: limited, body: forged(draft.survey) });
    expect(edited.status).toBe(403);
    // A draft stored with the forged front (before the fix) cannot be published, nor read as its own.
    const legacy = { ...forged(draft.survey), id: `s${randomUUID().replace(/-/g, '').slice(0, 12)}` };
    await f.table.store.surveyAdmin.create(legacy, LIMITED.email);
    expect((await f.api('POST', `/api/surveys/${legacy.id}/publish`, { token: limited })).status).toBe(403);
    expect((await f.api('GET', `/api/surveys/${legacy.id}/report`, { token: limited })).status).toBe(403);
    const list = await json<{ surveys: { id: string }[] }>(f.api('GET', '/api/surveys', { token: limited }));
    expect(list.surveys.map((s) => s.id)).not.toContain(legacy.id);
    // A copy of it (by an admin, for the limited account) is cut to its fronts by the catalogue's fronts.
    const copy = await json<{ surveyId: string }>(f.api('POST', `/api/surveys/${draft.survey.id}/copy`, { token: limited }));
    expect(unitOptions((await json<{ survey: Survey }>(f.api('GET', `/api/surveys/${copy.surveyId}`, { token: limited }))).survey).map((o) => o.id)).not.toContain('development');
  });

  it('Should store the catalogue’s front whatever the client sends (admin create, template, publish)', async () => {
    const draft = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: admin, body: { template: 'needs' } }));
    const sent = { ...draft.survey, questions: draft.survey.questions.map((q) => (q.type === 'unit' ? { ...q, options: q.options.map((o) => ({ ...o, front: 'street' })) } : q)) };
    const created = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: admin, body: { definition: sent } }));
    expect(unitOptions(created.survey).find((o) => o.id === 'development')?.front).toBe('economy');
    const edited = await f.api('PUT', `/api/surveys/${created.survey.id}/definition`, { token: admin, body: sent });
    expect(unitOptions((await json<{ survey: Survey }>(edited)).survey).find((o) => o.id === 'development')?.front).toBe('economy');
    const saved = await json<{ templateId: string }>(f.api('POST', `/api/surveys/${created.survey.id}/template`, { token: admin, body: { name: '伪造战线模板' } }));
    const fromTemplate = await json<{ surveyId: string }>(f.api('POST', `/api/templates/${saved.templateId}/surveys`, { token: limited }));
    const made = await json<{ survey: Survey }>(f.api('GET', `/api/surveys/${fromTemplate.surveyId}`, { token: limited }));
    expect(unitOptions(made.survey).every((o) => o.front === 'street')).toBe(true);
    expect(unitOptions(made.survey).map((o) => o.id)).not.toContain('development');
  });

  it('Should open a limited account’s survey without a unit question to its fronts’ units only: unit pages, status board, unit links', async () => {
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: limited, body: { template: 'blank', title: '街道意见征集' } }));
    expect(survey.questions.some((q) => q.type === 'unit')).toBe(false);
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: limited })).status).toBe(200);
    const respondent = respondentAppFor(f.table.store, { clock: f.clock });
    const key = async (unitId: string) => (await json<{ key: string }>(f.api('POST', `/api/units/${unitId}/key`, { token: admin }))).key;
    const [street, economy] = [await key('dongfeng-st'), await key('development')];
    const unitSurveys = async (k: string) => (await json<{ surveys: { surveyId: string }[] }>(respondent.request(`http://localhost/api/public/units/${k}`))).surveys.map((s) => s.surveyId);
    expect(await unitSurveys(street)).toContain(survey.id);
    expect(await unitSurveys(economy)).not.toContain(survey.id);
    const board = await json<{ units: { unitId: string; frontId: string }[] }>(f.api('GET', `/api/surveys/${survey.id}/status`, { token: limited }));
    expect(board.units.length).toBeGreaterThan(0);
    expect(board.units.every((u) => u.frontId === 'street')).toBe(true);
    const send = (unitKey: string) =>
      respondent.request(`http://localhost/api/public/surveys/${survey.id}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ submissionId: randomUUID(), answers: { q1: '好' }, unitKey }),
      });
    expect((await send(street)).status).toBe(201);
    const refused = await send(economy);
    expect(refused.status).toBe(422);
    expect((await json<{ error: { issues: { code?: string; questionId: string }[] } }>(refused)).error.issues[0]?.questionId).toBe('unitKey');
  });

  it('Should check an export file against its export record, also when the survey id holds a “-”', async () => {
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: admin, body: { template: 'needs' } }));
    const dashed = { ...survey, id: `econ-${randomUUID().slice(0, 8)}`, status: 'published' as const };
    await f.table.store.surveyAdmin.create(dashed, ADMIN.email);
    const { exportId } = await json<{ exportId: string }>(f.api('POST', `/api/surveys/${dashed.id}/exports`, { token: admin, body: {} }));
    const file = `/admin/exports/responses-${dashed.id}-${exportId}.csv`;
    expect((await f.api('GET', file, { token: limited })).status).toBe(403);
    expect((await f.api('GET', `/admin/exports/responses-econ-${exportId}.csv`, { token: limited })).status).toBe(403);
  });

  it('Should refuse to limit an admin to fronts (422), changing nothing', async () => {
    const res = await f.api('PUT', `/api/accounts/${ADMIN.email}/fronts`, { token: admin, body: { fronts: ['street'] } });
    expect(res.status).toBe(422);
    const accounts = await json<{ accounts: { email: string; fronts?: string[] }[] }>(f.api('GET', '/api/accounts', { token: admin }));
    expect(accounts.accounts.find((a) => a.email === ADMIN.email)?.fronts ?? []).toEqual([]);
  });
});
