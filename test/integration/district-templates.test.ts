// The district's templates on DynamoDB Local: save any survey as one, create from it (retired catalogue
// records reported), rename and delete by the creator or an admin only, all audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
let admin: string;
let other: string;
let viewer: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
  admin = await f.login(ADMIN);
  for (const [email, role] of [['other@district.cn', 'organizer'], ['viewer@district.cn', 'viewer']] as const) {
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { email, role, password: 'another-password-1' });
  }
  other = await f.login({ email: 'other@district.cn', password: 'another-password-1' });
  viewer = await f.login({ email: 'viewer@district.cn', password: 'another-password-1' });
});
afterAll(() => f.table.drop());

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}
const survey = async (id: string) => (await json<{ survey: Survey }>(f.api('GET', `/api/surveys/${id}`, { token }))).survey;
const definitionOf = ({ id: _i, status: _s, createdAt: _c, publishedAt: _p, closedAt: _cl, title: _t, ...rest }: Survey) => rest;

async function saveTemplate(surveyId: string, name: string, as = token): Promise<string> {
  const res = await f.api('POST', `/api/surveys/${surveyId}/template`, { token: as, body: { name } });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json<{ templateId: string }>(res)).templateId;
}

describe('save as template and create from it', () => {
  it('Should save a published survey as a template, list it beside the built-in ones and make a draft with the same definition', async () => {
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'needs', title: '2026年度需求调查' } }));
    await f.api('POST', `/api/surveys/${source.id}/publish`, { token });
    const templateId = await saveTemplate(source.id, '年度需求调查模板');

    const listed = await json<{ builtIn: { id: string }[]; saved: { id: string; name: string; kind: string; createdBy: string }[] }>(f.api('GET', '/api/templates', { token: viewer }));
    expect(listed.builtIn.map((t) => t.id)).toEqual(['needs', 'feedback', 'blank']);
    expect(listed.saved).toEqual([expect.objectContaining({ id: templateId, name: '年度需求调查模板', kind: 'needs', createdBy: ORGANIZER.email })]);

    const created = await f.api('POST', `/api/templates/${templateId}/surveys`, { token: other, body: { title: '2027年度需求调查' } });
    expect(created.status).toBe(201);
    const body = await json<{ surveyId: string; retired: unknown[] }>(created);
    expect(body.retired).toEqual([]);
    const draft = await survey(body.surveyId);
    expect(draft).toMatchObject({ status: 'draft', title: '2027年度需求调查', kind: 'needs' });
    expect(definitionOf(draft)).toEqual(definitionOf(await survey(source.id)));
    // No body at all keeps the template's title.
    const untitled = await json<{ surveyId: string }>(f.api('POST', `/api/templates/${templateId}/surveys`, { token }));
    expect((await survey(untitled.surveyId)).title).toBe('2026年度需求调查');

    const audit = await json<{ entries: { action: string; target: string; actor: string }[] }>(f.api('GET', '/api/audit', { token: admin }));
    expect(audit.entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'template.save', target: templateId, actor: ORGANIZER.email })]));
    expect(audit.entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'survey.create', target: body.surveyId, actor: 'other@district.cn' })]));
  });

  it('Should leave out options whose catalogue records were retired since, and say which', async () => {
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'needs' } }));
    const templateId = await saveTemplate(source.id, '退役检查');
    expect((await f.api('POST', '/api/catalogue/topics/t-ecology/retire', { token: admin })).status).toBe(200);
    expect((await f.api('POST', '/api/catalogue/units/health/retire', { token: admin })).status).toBe(200);
    try {
      const { surveyId, retired } = await json<{ surveyId: string; retired: { questionId: string; optionId: string; removed: boolean }[] }>(f.api('POST', `/api/templates/${templateId}/surveys`, { token }));
      expect(retired).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ questionId: 'unit', optionId: 'health', removed: true }),
          expect.objectContaining({ questionId: 'topics', optionId: 't-ecology', removed: true }),
        ]),
      );
      const draft = await survey(surveyId);
      const options = (id: string) => (draft.questions.find((q) => q.id === id) as { options: { id: string }[] }).options.map((o) => o.id);
      expect(options('unit')).not.toContain('health');
      expect(options('topics')).not.toContain('t-ecology');
      expect(options('topics').length).toBe((source.questions.find((q) => q.id === 'topics') as { options: unknown[] }).options.length - 1);
    } finally {
      await f.api('POST', '/api/catalogue/topics/t-ecology/restore', { token: admin });
      await f.api('POST', '/api/catalogue/units/health/restore', { token: admin });
    }
  });

  it('Should keep a retired option, reported as kept, when leaving it out would break the question', async () => {
    const definition = { kind: 'custom', title: '只有一个课题', questions: [{ id: 'q', type: 'single_choice', required: true, title: '课题', options: [{ id: 't-discipline', label: '全面从严治党与廉洁自律' }] }] };
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { definition } }));
    const templateId = await saveTemplate(source.id, '单课题');
    await f.api('POST', '/api/catalogue/topics/t-discipline/retire', { token: admin });
    try {
      const { surveyId, retired } = await json<{ surveyId: string; retired: unknown[] }>(f.api('POST', `/api/templates/${templateId}/surveys`, { token }));
      expect(retired).toEqual([{ questionId: 'q', optionId: 't-discipline', label: '全面从严治党与廉洁自律', removed: false }]);
      expect((await survey(surveyId)).questions).toEqual(source.questions);
    } finally {
      await f.api('POST', '/api/catalogue/topics/t-discipline/restore', { token: admin });
    }
  });

  it('Should answer 404 for an unknown survey or template and 400 for a bad name, writing nothing', async () => {
    expect((await f.api('POST', '/api/surveys/nope/template', { token, body: { name: 'x' } })).status).toBe(404);
    expect((await f.api('POST', '/api/templates/nope/surveys', { token })).status).toBe(404);
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'blank' } }));
    for (const body of [{ name: '' }, { name: 'x'.repeat(101) }, { name: 7 }, {}, { name: 'a', extra: 1 }]) {
      expect((await f.api('POST', `/api/surveys/${source.id}/template`, { token, body })).status).toBe(400);
    }
    expect((await f.api('POST', `/api/surveys/${source.id}/template`, { token: viewer, body: { name: 'v' } })).status).toBe(403);
  });
});

describe('rename and delete', () => {
  it('Should let only the creator or an admin rename and delete, and audit both', async () => {
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'feedback' } }));
    const templateId = await saveTemplate(source.id, '反馈表');
    const refused = await f.api('PUT', `/api/templates/${templateId}`, { token: other, body: { name: '别人的' } });
    expect(refused.status).toBe(403);
    expect((await json<{ error: { code: string } }>(refused)).error.code).toBe('not_template_owner');
    expect((await f.api('POST', `/api/templates/${templateId}/delete`, { token: other })).status).toBe(403);
    expect((await f.api('PUT', `/api/templates/${templateId}`, { token: viewer, body: { name: 'v' } })).status).toBe(403);

    const renamed = await f.api('PUT', `/api/templates/${templateId}`, { token, body: { name: '  讲座反馈表  ' } });
    expect(renamed.status).toBe(200);
    expect((await json<{ template: { name: string } }>(renamed)).template.name).toBe('讲座反馈表');
    expect((await f.api('PUT', `/api/templates/${templateId}`, { token: admin, body: { name: '管理员改的' } })).status).toBe(200);
    const names = await json<{ saved: { id: string; name: string }[] }>(f.api('GET', '/api/templates', { token }));
    expect(names.saved.find((t) => t.id === templateId)?.name).toBe('管理员改的');

    expect((await f.api('POST', `/api/templates/${templateId}/delete`, { token: admin })).status).toBe(200);
    expect((await f.api('POST', `/api/templates/${templateId}/delete`, { token: admin })).status).toBe(404);
    expect((await f.api('POST', `/api/templates/${templateId}/surveys`, { token })).status).toBe(404);
    expect((await json<{ saved: { id: string }[] }>(f.api('GET', '/api/templates', { token }))).saved.map((t) => t.id)).not.toContain(templateId);
    // Surveys made from it are untouched.
    expect((await f.api('GET', `/api/surveys/${source.id}`, { token })).status).toBe(200);

    const audit = await json<{ entries: { action: string; target: string; actor: string }[] }>(f.api('GET', '/api/audit', { token: admin }));
    // The test clock stands still, so the entries share one time: compared as a set.
    const forTemplate = audit.entries.filter((e) => e.target === templateId).map((e) => `${e.action} ${e.actor}`);
    expect(forTemplate.sort()).toEqual([`template.delete ${ADMIN.email}`, `template.rename ${ADMIN.email}`, `template.rename ${ORGANIZER.email}`, `template.save ${ORGANIZER.email}`]);
  });
});

describe('the dashboard', () => {
  const form = (path: string, body: Record<string, string>, as = token) =>
    f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${as}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
  const get = (path: string, as = token) => f.app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${as}` } });

  it('Should save from the survey page, offer the template on the new-survey form and create from it there', async () => {
    const { survey: source } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'blank', title: '季度座谈' } }));
    expect(await (await get(`/admin/surveys/${source.id}`)).text()).toContain(`action="/admin/surveys/${source.id}/template"`);
    const saved = await form(`/admin/surveys/${source.id}/template`, { name: '<b>座谈</b>模板' });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('&lt;b&gt;座谈&lt;/b&gt;模板');
    const templateId = (await json<{ saved: { id: string; name: string }[] }>(f.api('GET', '/api/templates', { token }))).saved.find((t) => t.name === '<b>座谈</b>模板')!.id;

    const list = await (await get('/admin/surveys')).text();
    expect(list).toContain(`<option value="${templateId}">&lt;b&gt;座谈&lt;/b&gt;模板</option>`);
    const created = await form('/admin/surveys', { template: templateId, title: '第二季度座谈' });
    expect(created.status).toBe(303);
    const newId = /\/admin\/surveys\/(s[0-9a-f]+)$/.exec(created.headers.get('location') ?? '')?.[1];
    expect((await survey(newId!)).title).toBe('第二季度座谈');

    const refusedDelete = await form(`/admin/templates/${templateId}/delete`, {});
    expect(refusedDelete.status).toBe(422);
    expect((await form(`/admin/templates/${templateId}/rename`, { name: '改名' }, other)).status).toBe(403);
    expect((await form(`/admin/templates/${templateId}/rename`, { name: '改名' })).status).toBe(200);
    expect((await form(`/admin/templates/${templateId}/delete`, { confirm: '1' })).status).toBe(200);
    expect(await (await get('/admin/templates')).text()).not.toContain(templateId);
  });
});
