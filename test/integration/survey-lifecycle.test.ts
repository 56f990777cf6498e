// A survey's year on DynamoDB Local: copy (any status, none of the responses), reopen (still frozen),
// confirmation pages before publish and close, archive, and the list's search, filters and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { validNeeds } from '../support/demo-answers.js';
import { ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

async function create(template: 'needs' | 'feedback' | 'blank', title?: string): Promise<Survey> {
  return (await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template, ...(title ? { title } : {}) } }))).survey;
}

const overview = (id: string) => json<{ survey: Survey; responses: number; settings: Record<string, unknown> }>(f.api('GET', `/api/surveys/${id}`, { token }));
const page = (path: string, init: RequestInit = {}) =>
  f.app.request(`${ORIGIN}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });

describe('copy', () => {
  it('Should copy a published survey with responses as a new draft with every question and none of the responses', async () => {
    const source = await create('needs', '2026年度需求调查');
    await f.api('POST', `/api/surveys/${source.id}/publish`, { token });
    await f.api('PUT', `/api/surveys/${source.id}/settings`, { token, body: { responseLimit: 100, requireAccessCode: false } });
    await f.submit(source.id, { answers: validNeeds('education') });
    await f.submit(source.id, { answers: validNeeds('health') });
    expect((await overview(source.id)).responses).toBe(2);

    const res = await f.api('POST', `/api/surveys/${source.id}/copy`, { token });
    expect(res.status).toBe(201);
    const body = await json<Record<string, unknown>>(res);
    expect(Object.keys(body)).toEqual(['surveyId']);
    const copy = await overview(body.surveyId as string);
    const { id: _a, status: _b, createdAt: _c, publishedAt: _d, ...sourceDefinition } = (await overview(source.id)).survey;
    const { id, status, createdAt: _e, ...copyDefinition } = copy.survey;
    expect(id).not.toBe(source.id);
    expect(status).toBe('draft');
    // The same definition, titled as a copy so the list never shows two surveys of one title.
    expect(copyDefinition).toEqual({ ...sourceDefinition, title: `${sourceDefinition.title}（副本）` });
    expect(copy.responses).toBe(0);
    expect(copy.settings).toEqual({});
    // A draft again: its questions may change.
    expect((await f.api('PUT', `/api/surveys/${id}/definition`, { token, body: { ...copy.survey, title: '2027年度需求调查' } })).status).toBe(200);
  });

  it('Should take a new title, refuse a bad body and answer 404 for an unknown survey', async () => {
    const source = await create('blank');
    const titled = await json<{ surveyId: string }>(f.api('POST', `/api/surveys/${source.id}/copy`, { token, body: { title: '第二讲反馈' } }));
    expect((await overview(titled.surveyId)).survey.title).toBe('第二讲反馈');
    expect((await f.api('POST', `/api/surveys/${source.id}/copy`, { token, body: { title: 7 } })).status).toBe(400);
    expect((await f.api('POST', '/api/surveys/nope/copy', { token })).status).toBe(404);
  });

  it('Should copy from the dashboard and land on the new draft', async () => {
    const source = await create('feedback');
    const res = await page(`/admin/surveys/${source.id}/copy`, { method: 'POST', body: '' });
    expect(res.status).toBe(303);
    const newId = /\/admin\/surveys\/(s[0-9a-f]+)$/.exec(res.headers.get('location') ?? '')?.[1];
    expect(newId).toBeDefined();
    expect((await overview(newId!)).survey).toMatchObject({ status: 'draft', kind: 'feedback', questions: source.questions });
  });
});

describe('close, reopen and the confirmations', () => {
  it('Should reopen a closed survey: it collects again, keeps its responses and stays frozen', async () => {
    const survey = await create('needs');
    await f.api('POST', `/api/surveys/${survey.id}/publish`, { token });
    await f.submit(survey.id, { answers: validNeeds('education') });
    expect((await f.api('POST', `/api/surveys/${survey.id}/reopen`, { token })).status).toBe(409);
    await f.api('POST', `/api/surveys/${survey.id}/close`, { token });
    await expect(f.submit(survey.id, { answers: validNeeds('education') })).rejects.toThrow();
    const reopened = await f.api('POST', `/api/surveys/${survey.id}/reopen`, { token });
    expect(reopened.status).toBe(200);
    const { survey: after } = await json<{ survey: Survey }>(reopened);
    expect(after.status).toBe('published');
    expect(after.closedAt).toBeUndefined();
    await f.submit(survey.id, { answers: validNeeds('health') });
    expect((await overview(survey.id)).responses).toBe(2);
    expect((await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: after })).status).toBe(409);
  });

  it('Should show what publishing, closing and reopening mean before doing it, and only the confirm button acts', async () => {
    const survey = await create('blank', '确认测试');
    const surveyPage = await (await page(`/admin/surveys/${survey.id}`)).text();
    expect(surveyPage).toContain(`/admin/surveys/${survey.id}/confirm/publish`);
    expect(surveyPage).not.toContain(`action="/admin/surveys/${survey.id}/publish"`);
    const confirm = await (await page(`/admin/surveys/${survey.id}/confirm/publish`)).text();
    expect(confirm).toContain('题目从此冻结');
    expect(confirm).toContain(`action="/admin/surveys/${survey.id}/publish"`);
    expect((await overview(survey.id)).survey.status).toBe('draft');
    expect((await page(`/admin/surveys/${survey.id}/publish`, { method: 'POST', body: '' })).status).toBe(303);
    expect(await (await page(`/admin/surveys/${survey.id}`)).text()).toContain(`/confirm/close`);
    expect(await (await page(`/admin/surveys/${survey.id}/confirm/close`)).text()).toContain('已收到的答卷和报告全部保留');
    await page(`/admin/surveys/${survey.id}/close`, { method: 'POST', body: '' });
    expect(await (await page(`/admin/surveys/${survey.id}/confirm/reopen`)).text()).toContain('题目仍然冻结');
    expect((await page(`/admin/surveys/${survey.id}/reopen`, { method: 'POST', body: '' })).status).toBe(303);
    expect((await overview(survey.id)).survey.status).toBe('published');
    expect((await page(`/admin/surveys/${survey.id}/confirm/delete`)).status).toBe(404);
  });
});

describe('archive and the list', () => {
  it('Should hide archived surveys from the list, show them in the archive, and filter by words, kind, status and year with counts', async () => {
    const lecture = await create('feedback', '第一讲 反馈 归档测试');
    await create('feedback', '第二讲 反馈 归档测试');
    const needs = await create('needs', '需求 归档测试');
    await f.api('POST', `/api/surveys/${needs.id}/publish`, { token });
    expect((await f.api('POST', `/api/surveys/${lecture.id}/archive`, { token })).status).toBe(200);

    type List = { surveys: { id: string; title: string }[]; counts: Record<string, number>; years: string[] };
    const list = (query: string) => json<List>(f.api('GET', `/api/surveys?${query}`, { token }));
    const titles = async (query: string) => (await list(query)).surveys.map((s) => s.title).sort();
    expect(await titles('q=归档测试')).toEqual(['第二讲 反馈 归档测试', '需求 归档测试']);
    expect((await list('q=归档测试')).counts).toEqual({ all: 2, draft: 1, published: 1, closed: 0, archived: 1 });
    expect(await titles('q=归档测试&archived=only')).toEqual(['第一讲 反馈 归档测试']);
    expect(await titles('q=归档测试&kind=feedback')).toEqual(['第二讲 反馈 归档测试']);
    expect(await titles('q=归档测试&status=published')).toEqual(['需求 归档测试']);
    expect(await titles('q=归档测试&year=2026')).toEqual(['第二讲 反馈 归档测试', '需求 归档测试']);
    expect(await titles('q=归档测试&year=2025')).toEqual([]);
    expect((await list('')).years).toEqual(['2026']);
    // Archiving tidies the list only: the survey keeps its status and link.
    expect((await overview(lecture.id)).survey.status).toBe('draft');
    expect((await f.api('POST', `/api/surveys/${lecture.id}/unarchive`, { token })).status).toBe(200);
    expect(await titles('q=归档测试&kind=feedback')).toEqual(['第一讲 反馈 归档测试', '第二讲 反馈 归档测试']);

    // A list link from when /admin was the list goes on to the list's own page, query and all.
    const old = await page('/admin?q=%E5%BD%92%E6%A1%A3%E6%B5%8B%E8%AF%95&kind=needs');
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe('/admin/surveys?q=%E5%BD%92%E6%A1%A3%E6%B5%8B%E8%AF%95&kind=needs');
    const html = await (await page(old.headers.get('location')!)).text();
    expect(html).toContain('需求 归档测试');
    expect(html).not.toContain('第一讲 反馈');
    const archivedForm = await page(`/admin/surveys/${needs.id}/archive`, { method: 'POST', body: 'archived=1' });
    expect(archivedForm.status).toBe(303);
    expect(await titles('q=归档测试&archived=only')).toEqual(['需求 归档测试']);
  });
});
