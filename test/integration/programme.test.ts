// The programme on DynamoDB Local through the real apps: unit links, menus, requests and the boards.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyTypeSurvey } from '../support/fixtures.js';
import { MENU_BODY, programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

let f: ProgrammeFixture;
beforeAll(async () => {
  f = await programmeFixture();
});
afterAll(() => f.table.drop());

const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

describe('unit links', () => {
  it('issues a key of at least 128 bits, and rotating it makes the old link answer 404 at once', async () => {
    // Prepare
    const first = await f.issueKey('dongfeng-st');
    // Assess the first key
    expect(Buffer.from(first.key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(first.url).toBe(`http://localhost/u/${first.key}`);
    const home = await f.pub('GET', `/api/public/units/${first.key}`);
    expect(home.status).toBe(200);
    expect((await json<{ unit: unknown }>(home)).unit).toEqual({ id: 'dongfeng-st', label: '东风街道党工委中心组', front: 'street', frontLabel: '街道战线' });
    // Act
    const second = await f.issueKey('dongfeng-st');
    // Assess
    expect(second.key).not.toBe(first.key);
    expect((await f.pub('GET', `/api/public/units/${first.key}`)).status).toBe(404);
    expect((await f.pub('GET', `/u/${first.key}`)).status).toBe(404);
    expect((await f.pub('GET', `/api/public/units/${second.key}`)).status).toBe(200);
    const page = await f.pub('GET', `/u/${second.key}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('东风街道党工委中心组');
  });

  it('stops a retired unit’s link and answers 404 for keys that never existed', async () => {
    const { key } = await f.issueKey('xinli-st');
    expect((await f.api('POST', '/api/catalogue/units/xinli-st/retire', { token: f.token })).status).toBe(200);
    expect((await f.pub('GET', `/api/public/units/${key}`)).status).toBe(404);
    expect((await f.api('POST', '/api/catalogue/units/xinli-st/restore', { token: f.token })).status).toBe(200);
    expect((await f.pub('GET', `/api/public/units/${'A'.repeat(24)}`)).status).toBe(404);
    const body = await json<{ error: { code: string } }>(await f.pub('GET', '/api/public/units/short'));
    expect(body.error.code).toBe('unit_link_not_found');
  });

  it('lists every current unit with its link, as JSON and as CSV with Chinese headers', async () => {
    const { key } = await f.issueKey('health');
    const list = await json<{ units: { unitId: string; url?: string }[] }>(await f.api('GET', '/api/unit-links', { token: f.token }));
    expect(list.units.find((u) => u.unitId === 'health')?.url).toBe(`http://localhost/u/${key}`);
    expect(list.units.find((u) => u.unitId === 'commerce')?.url).toBeUndefined();
    const bytes = new Uint8Array(await (await f.api('GET', '/api/unit-links.csv', { token: f.token })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('单位名称,战线,专属链接,发放时间')).toBe(true);
    expect(csv).toContain(`区卫生健康委员会中心组,社会事业战线,http://localhost/u/${key}`);
  });
});

describe('a survey answered through a unit link', () => {
  it('is filed under that unit even though the survey has no unit question, and the unit page says so', async () => {
    // Prepare: a published survey without a unit question.
    const survey = { ...everyTypeSurvey(), id: 'no-unit-q', title: '无单位题的问卷' };
    survey.questions = survey.questions.filter((q) => q.type !== 'unit');
    const created = await f.api('POST', '/api/surveys', { token: f.token, body: { definition: { ...survey, status: 'draft' } } });
    expect(created.status).toBe(201);
    const surveyId = ((await created.json()) as { survey: { id: string } }).survey.id;
    expect((await f.api('POST', `/api/surveys/${surveyId}/publish`, { token: f.token })).status).toBe(200);
    const { key } = await f.issueKey('education');
    const before = await json<{ surveys: { surveyId: string; responses: number; url: string }[] }>(await f.pub('GET', `/api/public/units/${key}`));
    const listed = before.surveys.find((s) => s.surveyId === surveyId);
    expect(listed).toMatchObject({ responses: 0, url: `/s/${surveyId}?u=${key}` });

    // Act: the page carries the key; the plain form posts it back.
    const form = await f.pub('GET', `/s/${surveyId}?u=${key}`);
    expect(await form.text()).toContain(`name="unitKey" value="${key}"`);
    const answers = Object.fromEntries(survey.questions.filter((q) => q.required).map((q) => [q.id, sampleAnswer(q)]));
    const sent = await f.pub('POST', `/api/public/surveys/${surveyId}/responses`, { submissionId: randomUUID(), answers, unitKey: key });

    // Assess
    expect(sent.status).toBe(201);
    const after = await json<{ surveys: { surveyId: string; responses: number }[] }>(await f.pub('GET', `/api/public/units/${key}`));
    expect(after.surveys.find((s) => s.surveyId === surveyId)?.responses).toBe(1);
    const status = await json<{ units: { unitId: string; responses: number }[]; totals: { answered: number } }>(await f.api('GET', `/api/surveys/${surveyId}/status`, { token: f.token }));
    expect(status.units.find((u) => u.unitId === 'education')?.responses).toBe(1);
    expect(status.totals.answered).toBe(1);
    // A rotated key on the same form is refused, not filed elsewhere.
    await f.issueKey('education');
    const stale = await f.pub('POST', `/api/public/surveys/${surveyId}/responses`, { submissionId: randomUUID(), answers, unitKey: key });
    expect(stale.status).toBe(404);
  });
});

function sampleAnswer(q: { type: string; options?: { id: string }[]; rows?: { id: string }[]; scale?: number; min?: number; pick?: number; minPicks?: number }): unknown {
  switch (q.type) {
    case 'single_choice':
      return q.options![0]!.id;
    case 'multiple_choice':
    case 'time_slots':
      return q.options!.slice(0, Math.max(q.minPicks ?? 1, 1)).map((o) => o.id);
    case 'ranking':
      return q.options!.slice(0, q.pick).map((o) => o.id);
    case 'rating':
      return 1;
    case 'matrix_rating':
      return Object.fromEntries(q.rows!.map((r) => [r.id, 1]));
    case 'number':
      return q.min ?? 1;
    default:
      return 'ok';
  }
}

describe('menus', () => {
  it('creates a draft from the catalogue, lets it change, then freezes it on publish (409)', async () => {
    const created = await f.api('POST', '/api/menus', { token: f.token, body: MENU_BODY });
    expect(created.status).toBe(201);
    const menu = await json<{ menuId: string; status: string; orderDeadline: string; items: { topicId: string; summary?: string; theme: string; experts: { name: string }[] }[] }>(created);
    expect(menu).toMatchObject({ status: 'draft', orderDeadline: '2026-03-10T18:00' });
    expect(menu.items[0]).toMatchObject({ topicId: 't-party-history', summary: '重温党的百年奋斗历程与历史经验。', theme: '党的事业发展', experts: [{ name: '王建华' }] });
    expect((await f.pub('GET', `/api/public/menus/${menu.menuId}`)).status).toBe(404);
    expect((await f.api('PUT', `/api/menus/${menu.menuId}`, { token: f.token, body: { ...MENU_BODY, maxPicks: 3 } })).status).toBe(200);
    expect((await f.api('POST', `/api/menus/${menu.menuId}/publish`, { token: f.token })).status).toBe(200);
    const edit = await f.api('PUT', `/api/menus/${menu.menuId}`, { token: f.token, body: MENU_BODY });
    expect(edit.status).toBe(409);
    expect((await json<{ error: { code: string } }>(edit)).error.code).toBe('menu_frozen');
    const open = await json<{ maxPicks: number; status: string }>(await f.pub('GET', `/api/public/menus/${menu.menuId}`));
    expect(open).toMatchObject({ maxPicks: 3, status: 'published' });
  });

  it('refuses topics and experts the catalogue does not pair (422), naming each field', async () => {
    const response = await f.api('POST', '/api/menus', {
      token: f.token,
      body: { ...MENU_BODY, orderDeadline: 'tomorrow', items: [{ topicId: 'nope', expertIds: [] }, { topicId: 't-ecology', expertIds: ['e-wang'] }] },
    });
    expect(response.status).toBe(422);
    const fields = (await json<{ error: { issues: { field: string }[] } }>(response)).error.issues.map((i) => i.field);
    expect(fields).toEqual(['orderDeadline', 'items.0.topicId', 'items.1.expertIds.0']);
  });
});

describe('requests', () => {
  let menuId: string;
  let key: string;
  beforeAll(async () => {
    f.clock.set('2026-03-01T00:00:00.000Z');
    menuId = await f.publishedMenu();
    key = (await f.issueKey('party-office')).key;
  });

  it('stores one version per submission: 201 first, 200 with the same body for a replay', async () => {
    const body = requestBody();
    const first = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, body);
    expect(first.status).toBe(201);
    const firstBody = await json(first);
    expect(firstBody).toEqual({ requestId: `${menuId}~party-office`, version: 1 });
    const again = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, { ...body, audience: 999 });
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual(firstBody);
  });

  it('keeps every version and counts only the latest', async () => {
    const second = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, requestBody({ audience: 120, picks: [{ topicId: 't-ecology' }] }));
    expect(second.status).toBe(201);
    expect((await json<{ version: number }>(second)).version).toBe(2);
    const requestId = `${menuId}~party-office`;
    const versions = await json<{ versions: { version: number; audience: number }[] }>(await f.api('GET', `/api/requests/${requestId}/versions`, { token: f.token }));
    expect(versions.versions.map((v) => [v.version, v.audience])).toEqual([
      [1, 80],
      [2, 120],
    ]);
    const board = await json<{ requests: { requestId: string; unitId: string; picks: unknown; audience: number; status: string }[] }>(await f.api('GET', `/api/menus/${menuId}/requests`, { token: f.token }));
    expect(board.requests.filter((r) => r.unitId === 'party-office').map(({ requestId: id, unitId, picks, audience, status }) => ({ id, unitId, picks, audience, status }))).toEqual([
      { id: requestId, unitId: 'party-office', picks: [{ topicId: 't-ecology' }], audience: 120, status: 'submitted' },
    ]);
  });

  it('stores a request exactly once under 50 concurrent replays of one submission', async () => {
    const { key: k } = await f.issueKey('organization');
    const body = requestBody();
    const replies = await Promise.all(Array.from({ length: 50 }, () => f.pub('PUT', `/api/public/units/${k}/requests/${menuId}`, body)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const bodies = await Promise.all(replies.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    const versions = await f.table.store.requests.versions(menuId, 'organization');
    expect(versions).toHaveLength(1);
  });

  it('answers 422 for each kind of bad request, naming the field, and writes nothing', async () => {
    const { key: k } = await f.issueKey('trade-union');
    const cases: [Record<string, unknown>, string][] = [
      [{ picks: [{ topicId: 't-health' }] }, 'picks.0.topicId'],
      [{ picks: [{ topicId: 't-ecology' }, { topicId: 't-digital' }, { topicId: 't-party-history' }] }, 'picks'],
      [{ picks: [{ topicId: 't-ecology' }, { topicId: 't-ecology', expertId: 'e-zhang' }] }, 'picks.1.topicId'],
      [{ picks: [{ topicId: 't-ecology', expertId: 'e-wang' }] }, 'picks.0.expertId'],
      [{ audience: 0 }, 'audience'],
      [{ audience: 12.5 }, 'audience'],
      [{ audience: '80' }, 'audience'],
      [{ picks: [] }, 'picks'],
      [{ format: 'online' }, 'format'],
      [{ contact: { name: '', phone: '1' } }, 'contact.name'],
    ];
    for (const [overrides, field] of cases) {
      const response = await f.pub('PUT', `/api/public/units/${k}/requests/${menuId}`, requestBody(overrides));
      expect(response.status, JSON.stringify(overrides)).toBe(422);
      const body = await json<{ error: { code: string; issues: { field: string }[] } }>(response);
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.issues.map((i) => i.field)).toContain(field);
    }
    expect(await f.table.store.requests.current(menuId, 'trade-union')).toBeUndefined();
  });

  it('answers 404 for an unknown key or menu and 410 after the deadline (a replay still answers)', async () => {
    expect((await f.pub('PUT', `/api/public/units/${'B'.repeat(24)}/requests/${menuId}`, requestBody())).status).toBe(404);
    expect((await f.pub('PUT', `/api/public/units/${key}/requests/no-such-menu`, requestBody())).status).toBe(404);
    const { key: k } = await f.issueKey('housing');
    const body = requestBody();
    expect((await f.pub('PUT', `/api/public/units/${k}/requests/${menuId}`, body)).status).toBe(201);
    f.clock.set('2026-03-10T10:00:00.000Z'); // 18:00 in Shanghai: the deadline itself
    try {
      const late = await f.pub('PUT', `/api/public/units/${k}/requests/${menuId}`, requestBody());
      expect(late.status).toBe(410);
      expect((await json<{ error: { code: string } }>(late)).error.code).toBe('ordering_closed');
      expect((await f.pub('PUT', `/api/public/units/${k}/requests/${menuId}`, body)).status).toBe(200);
    } finally {
      f.clock.set('2026-03-01T00:00:00.000Z');
    }
  });

  it('lets organizers decline with a reason (audited) and locks a scheduled request', async () => {
    const requestId = `${menuId}~party-office`;
    const noReason = await f.api('POST', `/api/requests/${requestId}/status`, { token: f.token, body: { status: 'declined' } });
    expect(noReason.status).toBe(422);
    const declined = await f.api('POST', `/api/requests/${requestId}/status`, { token: f.token, body: { status: 'declined', reason: '该专家本期已排满' } });
    expect(await json(declined)).toEqual({ requestId, status: 'declined', statusReason: '该专家本期已排满' });
    const home = await json<{ menus: { menuId: string; request?: { status: string; statusReason?: string } }[] }>(await f.pub('GET', `/api/public/units/${key}`));
    expect(home.menus.find((m) => m.menuId === menuId)?.request).toMatchObject({ status: 'declined', statusReason: '该专家本期已排满' });
    expect((await f.api('POST', `/api/requests/${requestId}/status`, { token: f.token, body: { status: 'scheduled' } })).status).toBe(200);
    const locked = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, requestBody());
    expect(locked.status).toBe(409);
    const auditLog = await json<{ entries: { action: string; target: string }[] }>(await f.api('GET', '/api/audit', { token: f.token }));
    expect(auditLog.entries.map((e) => `${e.action} ${e.target}`)).toEqual(expect.arrayContaining([`request.declined ${requestId}`, `request.scheduled ${requestId}`]));
  });

  it('shows on the board exactly what was submitted, with demand per topic and the units that have not ordered', async () => {
    const board = await json<{
      requests: { unitId: string; audience: number; picks: { topicId: string }[] }[];
      demand: { topicId: string; requests: number; firstChoices: number; weighted: number }[];
      notOrdered: { frontId: string; units: { id: string }[] }[];
      totals: { ordered: number };
    }>(await f.api('GET', `/api/menus/${menuId}/requests`, { token: f.token }));
    const ordered = board.requests.map((r) => r.unitId).sort();
    expect(ordered).toEqual(['housing', 'organization', 'party-office']);
    expect(board.totals.ordered).toBe(3);
    const silent = board.notOrdered.flatMap((g) => g.units.map((u) => u.id));
    expect(silent).toHaveLength(15 - 3);
    expect(silent).not.toContain('housing');
    // organization and housing picked party-history (1st, 80) and digital (2nd, 80); party-office picked ecology (1st, 120).
    expect(board.demand.find((d) => d.topicId === 't-party-history')).toEqual(expect.objectContaining({ requests: 2, firstChoices: 2, weighted: 160 }));
    expect(board.demand.find((d) => d.topicId === 't-digital')).toEqual(expect.objectContaining({ requests: 2, firstChoices: 0, weighted: 80 }));
    const byFront = await json<{ requests: { unitId: string }[] }>(await f.api('GET', `/api/menus/${menuId}/requests?front=urban`, { token: f.token }));
    expect(byFront.requests.map((r) => r.unitId)).toEqual(['housing']);
    const csv = await (await f.api('GET', `/api/menus/${menuId}/requests.csv`, { token: f.token })).text();
    expect(csv.startsWith('单位,战线,第1志愿,第2志愿,预计人数')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
