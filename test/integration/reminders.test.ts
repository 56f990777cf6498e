// Reminders (催办) with each unit's own link, against DynamoDB Local: 30 units, 12 silent → 12 messages,
// each with that unit's link; again within the gap → none; answered units never; two runs at once
// remind each unit once; menus likewise, a front-limited account its fronts' units only; the board
// pages ask first, then show each message to copy, with the units' contacts as tel: links.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { Notifier } from '../../shared/notices/notifier.js';
import { remindUnits } from '../../shared/reminders/remind-units.js';
import { StoreUnavailableError } from '../../shared/errors.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { validNeeds } from '../support/demo-answers.js';
import { ADMIN, ORIGIN } from './organizer-fixture.js';
import { MENU_BODY, programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

interface ReminderAnswer {
  sent: number;
  skipped: number;
  messages: { unitId: string; unitName: string; text: string }[];
}

const EXTRA = Array.from({ length: 30 - demoCatalogue.units.length }, (_, i) => ({
  id: `village-${i + 1}`,
  name: `第${i + 1}社区党委中心组`,
  front: 'street',
  contactName: `联系人${i + 1}`,
  contactPhone: `022-2437 ${String(1000 + i)}`,
}));

let f: ProgrammeFixture;
/** The admin's token, taken again after the clock moves past a session's end. */
let token: string;

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

async function publishedNeeds(title: string): Promise<string> {
  const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: token, body: { template: 'needs', title } }));
  expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: token })).status).toBe(200);
  return survey.id;
}

const remind = (path: string, as?: string) => f.api('POST', path, { token: as ?? token });

/** Every unit's current key, by unit. */
async function currentKeys(): Promise<Map<string, string>> {
  const { units } = await json<{ units: { unitId: string; key?: string }[] }>(f.api('GET', '/api/unit-links', { token: token }));
  return new Map(units.filter((u) => u.key).map((u) => [u.unitId, u.key!]));
}

beforeAll(async () => {
  f = await programmeFixture();
  token = f.token;
  await f.table.store.catalogue.putAll({ ...demoCatalogue, units: [...demoCatalogue.units, ...EXTRA] });
  // Notices recorded, none sent (no robot): the reminder's notice is read back from the store.
  f.deps.notifier = new Notifier({ notices: f.table.store.notices, launcher: { launch: async () => {} }, clock: f.clock, newId: randomUUID });
});
afterAll(() => f.table.drop());

describe('survey reminders', () => {
  let surveyId: string;
  const units = () => [...demoCatalogue.units, ...EXTRA].map((u) => u.id);
  const silent = () => units().slice(18);

  beforeAll(async () => {
    surveyId = await publishedNeeds('2026 年需求调查');
    for (const unit of units().slice(0, 18)) await f.submit(surveyId, { answers: validNeeds(unit) });
    // Some silent units have links already; the others are given one by the reminder.
    for (const unit of silent().slice(0, 5)) await f.api('POST', `/api/units/${unit}/key`, { token });
  });

  it('Should send 12 silent units of 30 one message each, carrying that unit’s own link, and issue the missing links (audited)', async () => {
    const before = await currentKeys();
    const res = await remind(`/api/surveys/${surveyId}/reminders`);
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = await json<ReminderAnswer>(res);
    expect(answer.sent).toBe(12);
    expect(answer.skipped).toBe(0);
    expect(answer.messages.map((m) => m.unitId).sort()).toEqual([...silent()].sort());

    const keys = await currentKeys();
    for (const unit of silent().slice(0, 5)) expect(keys.get(unit), 'a link that existed is kept').toBe(before.get(unit));
    for (const message of answer.messages) {
      const key = keys.get(message.unitId)!;
      expect(message.text).toContain(`${ORIGIN}/u/${key}`);
      expect(message.text).toContain(message.unitName);
      // No other unit's link in it.
      for (const [unit, other] of keys) if (unit !== message.unitId) expect(message.text).not.toContain(other);
      // The link opens that unit's page.
      const page = await json<{ unit: { id: string } }>(f.pub('GET', `/api/public/units/${key}`));
      expect(page.unit.id).toBe(message.unitId);
    }

    const audit = await f.table.store.audit.list({ limit: 100 });
    const issued = audit.items.filter((e) => e.action === 'unit.key.issue' && e.details?.reason === 'survey.remind').map((e) => e.target);
    expect(issued.sort()).toEqual(silent().slice(5).sort());
    expect(audit.items.find((e) => e.action === 'survey.remind' && e.target === surveyId)?.details).toEqual({ sent: 12, skipped: 0, gapHours: 24 });
    // Never a key in the log.
    for (const key of keys.values()) expect(JSON.stringify(audit.items)).not.toContain(key);

    // The group hears which units were reminded, without their links.
    const notice = (await f.table.store.notices.since('2026-01-01T00:00:00.000Z')).find((n) => n.event === 'reminder' && n.about?.id === surveyId);
    expect(notice?.message.lines.join('\n')).toContain(answer.messages[0]!.unitName);
    for (const key of keys.values()) expect(JSON.stringify(notice)).not.toContain(key);
  });

  it('Should remind nobody again within the gap, and the silent ones again after it; never a unit that answered', async () => {
    expect(await json<ReminderAnswer>(remind(`/api/surveys/${surveyId}/reminders`))).toEqual({ sent: 0, skipped: 12, messages: [] });
    f.clock.advance(25 * 3_600_000);
    token = await f.login(ADMIN);
    // A gap of 48 hours still holds them back.
    expect((await json<ReminderAnswer>(remind(`/api/surveys/${surveyId}/reminders?gap=48`))).sent).toBe(0);
    const answered = silent()[0]!;
    await f.submit(surveyId, { answers: validNeeds(answered) });
    const again = await json<ReminderAnswer>(remind(`/api/surveys/${surveyId}/reminders`));
    expect(again.sent).toBe(11);
    expect(again.messages.map((m) => m.unitId)).not.toContain(answered);
    for (const unit of units().slice(0, 18)) expect(again.messages.map((m) => m.unitId)).not.toContain(unit);
  });

  it('Should remind each unit once when two runs start at once', async () => {
    const raced = await publishedNeeds('并发催办');
    for (const unit of units().slice(0, 18)) await f.submit(raced, { answers: validNeeds(unit) });
    const runs = await Promise.all([0, 1, 2].map(() => json<ReminderAnswer>(remind(`/api/surveys/${raced}/reminders`))));
    const reminded = runs.flatMap((r) => r.messages.map((m) => m.unitId));
    expect(reminded.sort()).toEqual([...silent()].sort());
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(runs.reduce((n, r) => n + r.skipped, 0)).toBe(24);
    // Every message's link is still the unit's link: no run issued a second key over another's.
    const keys = await currentKeys();
    for (const message of runs.flatMap((r) => r.messages)) expect(message.text).toContain(`/u/${keys.get(message.unitId)}`);
  });

  it('Should refuse a draft (409), a closed survey (409) and a bad gap (422) in the error shape, storing nothing', async () => {
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: token, body: { template: 'needs', title: '草稿' } }));
    const draft = await remind(`/api/surveys/${survey.id}/reminders`);
    expect(draft.status).toBe(409);
    expect((await json<{ error: { code: string } }>(draft)).error.code).toBe('survey_status_conflict');
    for (const gap of ['0', '-1', 'abc', '1.5', '721', '99999999999']) {
      const res = await remind(`/api/surveys/${surveyId}/reminders?gap=${gap}`);
      expect(res.status, gap).toBe(422);
      expect((await json<{ error: { code: string; message: string } }>(res)).error.message, gap).toBeTruthy();
    }
    const closing = await publishedNeeds('已结束');
    expect((await f.api('POST', `/api/surveys/${closing}/close`, { token: token })).status).toBe(200);
    expect((await remind(`/api/surveys/${closing}/reminders`)).status).toBe(409);
    expect((await remind('/api/surveys/no-such-survey/reminders')).status).toBe(404);
  });

  it('Should show each unit’s contact with a tel: link on the status board', async () => {
    const status = await json<{ units: { unitId: string; contact?: { name?: string; phone?: string } }[] }>(f.api('GET', `/api/surveys/${surveyId}/status`, { token: token }));
    expect(status.units.find((u) => u.unitId === 'village-1')?.contact).toEqual({ name: '联系人1', phone: '022-2437 1000' });
    const page = await (await f.app.request(`${ORIGIN}/admin/surveys/${surveyId}/status`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(page).toContain('href="tel:02224371000"');
    expect(page).toContain('联系人1');
    expect(page).toContain(`action="/admin/surveys/${surveyId}/reminders"`);
  });

  it('Should ask first on the board page, then show each message in a text box to copy', async () => {
    const fresh = await publishedNeeds('页面催办');
    const post = (body: string) =>
      f.app.request(`${ORIGIN}/admin/surveys/${fresh}/reminders`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body });
    const asked = await post('');
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('确认催办');
    // Nothing was sent by the question itself.
    expect((await f.table.store.audit.list({ limit: 200 })).items.filter((e) => e.target === fresh && e.action === 'survey.remind')).toEqual([]);
    const done = await post('confirmed=1');
    expect(done.status).toBe(200);
    const page = await done.text();
    expect(page).toContain('本次催办 30 个单位');
    expect(page.match(/<textarea id="reminder-\d+"/g)).toHaveLength(30);
    // The copy buttons wait for the script (hidden without it); the text is selectable either way.
    expect(page).toMatch(/<button type="button" class="secondary" data-copy="reminder-0" data-done="已复制" hidden/);
  });
});

describe('menu reminders', () => {
  it('Should remind the units that have not ordered, never one that ordered; a limited account its fronts’ units only; 410 after the deadline', async () => {
    const { menuId } = await json<{ menuId: string }>(f.api('POST', '/api/menus', { token, body: { ...MENU_BODY, orderDeadline: '2026-12-10T18:00' } }));
    expect((await f.api('POST', `/api/menus/${menuId}/publish`, { token })).status).toBe(200);
    const { key } = await json<{ key: string }>(f.api('POST', '/api/units/dongfeng-st/key', { token }));
    expect((await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, requestBody())).status).toBe(201);

    const limited = { email: `street-${randomUUID()}@district.cn`, password: 'street-password-1' };
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...limited, role: 'organizer' });
    expect((await f.api('PUT', `/api/accounts/${limited.email}/fronts`, { token: token, body: { fronts: ['street'] } })).status).toBe(200);
    const street = await json<ReminderAnswer>(remind(`/api/menus/${menuId}/reminders`, await f.login(limited)));
    const streetUnits = [...demoCatalogue.units, ...EXTRA].filter((u) => u.front === 'street' && u.id !== 'dongfeng-st').map((u) => u.id);
    expect(street.messages.map((m) => m.unitId).sort()).toEqual(streetUnits.sort());
    expect(street.messages[0]!.text).toContain('点单');

    // The district's run reminds the others; the street units were reminded just now.
    const all = await json<ReminderAnswer>(remind(`/api/menus/${menuId}/reminders`));
    expect(all.skipped).toBe(streetUnits.length);
    expect(all.sent).toBe(30 - 1 - streetUnits.length);
    expect(all.messages.map((m) => m.unitId)).not.toContain('dongfeng-st');

    f.clock.set('2026-12-11T00:00:00.000Z');
    token = await f.login(ADMIN);
    const late = await remind(`/api/menus/${menuId}/reminders`);
    expect(late.status).toBe(410);
    expect((await json<{ error: { code: string } }>(late)).error.code).toBe('ordering_closed');
  });
});

describe('a reminder run that fails', () => {
  it('Should give back every unit it took, so the next run reminds them all (no unit skipped for a message nobody saw)', async () => {
    const store = f.table.store;
    const target = { kind: 'survey' as const, id: `failing-${randomUUID()}`, title: '中途失败' };
    const silent = EXTRA.slice(0, 12).map((u) => ({ id: u.id, name: u.name }));
    const context = { timeZone: 'Asia/Shanghai', baseUrl: ORIGIN };
    // Issuing a link fails for one unit: the store is unavailable just then.
    const withoutKey = `unkeyed-${randomUUID().slice(0, 8)}`;
    await store.catalogueRecords.create('units', { id: withoutKey, name: '无链接单位', front: 'street' });
    const failing = { ...store.catalogueRecords, get: async (section: 'units', id: string) => { if (id === withoutKey) throw new StoreUnavailableError('injected'); return store.catalogueRecords.get(section, id); } };
    const deps = { reminders: store.reminders, unitKeys: store.unitKeys, catalogueRecords: failing as typeof store.catalogueRecords, clock: f.clock };
    await expect(remindUnits(deps, target, [...silent, { id: withoutKey, name: '无链接单位' }], { gapHours: 24, context })).rejects.toBeInstanceOf(StoreUnavailableError);
    const again = await remindUnits({ ...deps, catalogueRecords: store.catalogueRecords }, target, [...silent, { id: withoutKey, name: '无链接单位' }], { gapHours: 24, context });
    expect(again.sent).toBe(13);
    expect(again.skipped).toBe(0);
  });
});
