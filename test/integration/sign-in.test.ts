// 签到 through the real apps on DynamoDB Local: exactly once per signInId, the window (an hour before
// to two hours after), the district's setting, the page without JavaScript, and the count on the
// event's counter shards (which a rebuild recounts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import { signInCount } from '../../shared/lectures/feedback-counters.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';
import { respondentAppFor } from '../support/respondent-app.js';

describe('signing in at a lecture', () => {
  let f: Fixture;
  let token: string;
  let respondent: ReturnType<typeof respondentAppFor>;
  let lectureId: string;

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    respondent = respondentAppFor(f.table.store, { clock: f.clock });
    const created = await f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-04-01T09:00', durationMinutes: 90, place: '区委党校报告厅' },
    });
    expect(created.status).toBe(201);
    lectureId = ((await created.json()) as { lectureId: string }).lectureId;
  });
  afterAll(() => f.table.drop());

  const signIn = (body: unknown, id = lectureId) =>
    respondent.request(`http://localhost/api/public/lectures/${id}/sign-ins`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const count = async () => Number(signInCount((await f.table.store.lectures.counters([lectureId])).get(lectureId) ?? {}));

  it('Should refuse with 403 sign_in_not_open more than an hour before the start, and open an hour before', async () => {
    f.clock.set('2026-03-31T23:59:00.000Z'); // 07:59 district time, the lecture starts at 09:00
    const early = await signIn({ signInId: randomUUID(), name: '王五', unitId: 'dongfeng-st' });
    expect(early.status).toBe(403);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('sign_in_not_open');
    f.clock.set('2026-04-01T00:00:00.000Z');
    const form = await respondent.request(`http://localhost/api/public/lectures/${lectureId}/sign-in`);
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({ ask: 'name-and-unit', opensAt: '2026-04-01 08:00', closesAt: '2026-04-01 12:30', event: { kind: 'lecture', units: [{ id: 'dongfeng-st' }] } });
  });

  it('Should store a sign-in once: 201, then 200 with the first answer for the same signInId, and count it once', async () => {
    f.clock.set('2026-04-01T00:50:00.000Z');
    const signInId = randomUUID();
    const first = await signIn({ signInId, name: ' 李四 ', unitId: 'dongfeng-st' });
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toEqual({ signInId, signedInAt: '2026-04-01 08:50', name: '李四', unit: expect.any(String) });
    f.clock.set('2026-04-01T01:10:00.000Z');
    const again = await signIn({ signInId, name: '别人', unitName: '另一个单位' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(body);
    expect(await count()).toBe(1);
  });

  it('Should answer 422 beside the field when the setting asks for a name and a unit and they are missing', async () => {
    const response = await signIn({ signInId: randomUUID() });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; issues: { field: string }[] } };
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.field).sort()).toEqual(['name', 'unitId']);
    const unknownUnit = await signIn({ signInId: randomUUID(), name: '赵六', unitId: 'no-such-unit' });
    expect(unknownUnit.status).toBe(422);
  });

  it('Should take a unit typed by hand, and a unit of the district that does not host the lecture', async () => {
    expect((await signIn({ signInId: randomUUID(), name: '钱七', unitName: '区融媒体中心' })).status).toBe(201);
    const other = await signIn({ signInId: randomUUID(), name: '孙八', unitId: 'xinli-st' });
    expect(other.status).toBe(201);
    expect(((await other.json()) as { unit: string }).unit).toBeTruthy();
  });

  it('Should ask nothing and store no name once the district says so', async () => {
    await f.table.store.signInSettings.put({ ask: 'nothing', unlisted: 'guest' });
    const response = await signIn({ signInId: randomUUID(), name: '不该存的名字' });
    expect(response.status).toBe(201);
    expect(await response.json()).not.toHaveProperty('name');
    await f.table.store.signInSettings.put({ ask: 'name-and-unit', unlisted: 'guest' });
  });

  it('Should refuse malformed bodies with 400 and unknown lectures with 404, writing nothing', async () => {
    const before = await count();
    expect((await signIn({ signInId: 'not-a-uuid', name: 'x', unitId: 'dongfeng-st' })).status).toBe(400);
    expect((await signIn({ signInId: randomUUID(), name: 'x'.repeat(41), unitId: 'dongfeng-st' })).status).toBe(400);
    expect((await signIn({ signInId: randomUUID(), name: 'x', unitId: 'dongfeng-st' }, 'no-such-lecture')).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('Should sign in through the page without JavaScript, keep the phone’s id in a cookie and show the phone as signed in on return', async () => {
    const page = await respondent.request(`http://localhost/sign-in/${lectureId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="signInId"');
    expect(html).toContain('东风街道党工委中心组');
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
    const signInId = /name="signInId" value="([^"]+)"/.exec(html)?.[1];
    expect(cookie).toContain(signInId);
    const missing = await respondent.request(`http://localhost/sign-in/${lectureId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: 'http://localhost' },
      body: new URLSearchParams({ signInId: signInId!, name: '' }).toString(),
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('err-name');
    const posted = await respondent.request(`http://localhost/sign-in/${lectureId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: 'http://localhost' },
      body: new URLSearchParams({ signInId: signInId!, name: '周九', unitId: 'dongfeng-st' }).toString(),
    });
    expect(posted.status).toBe(303);
    const done = await respondent.request(`http://localhost${posted.headers.get('location')}`, { headers: { cookie } });
    expect(await done.text()).toContain('周九');
    const back = await respondent.request(`http://localhost/sign-in/${lectureId}`, { headers: { cookie } });
    const backHtml = await back.text();
    expect(backHtml).toContain('签到成功');
    expect(backHtml).not.toContain('name="signInId"');
  });

  it('Should close two hours after the end (410) while a replay still answers with the first sign-in', async () => {
    const signInId = randomUUID();
    expect((await signIn({ signInId, name: '吴十', unitId: 'dongfeng-st' })).status).toBe(201);
    f.clock.set('2026-04-01T04:30:00.000Z'); // 12:30, the lecture ended at 10:30
    const late = await signIn({ signInId: randomUUID(), name: '郑一', unitId: 'dongfeng-st' });
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('sign_in_closed');
    expect((await signIn({ signInId, name: '吴十', unitId: 'dongfeng-st' })).status).toBe(200);
    const page = await respondent.request(`http://localhost/sign-in/${lectureId}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('签到已结束');
  });

  it('Should list the sign-ins in arrival order, and a rebuild should find the live count equal to a recount', async () => {
    const all = await f.table.store.signIns.list(lectureId);
    expect(all.items.length).toBe(await count());
    expect(all.items.map((s) => s.at)).toEqual([...all.items.map((s) => s.at)].sort());
    expect((await rebuildLectureCounters(f.table.store, lectureId)).differences).toEqual([]);
    // A rebuild that writes keeps the sign-ins on the shards (it recounts them from the stored sign-ins).
    await f.table.store.lectures.replaceCounters(lectureId, {});
    expect(await count()).toBe(0);
    await rebuildLectureCounters(f.table.store, lectureId, { write: true });
    expect(await count()).toBe(all.items.length);
  });

  it('Should answer 410 for a cancelled lecture', async () => {
    f.clock.set('2026-04-02T00:00:00.000Z');
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    const created = await f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-04-02T09:00', durationMinutes: 60, place: '礼堂' },
    });
    const { lectureId: id } = (await created.json()) as { lectureId: string };
    expect((await f.api('POST', `/api/lectures/${id}/cancel`, { token })).status).toBe(200);
    expect((await signIn({ signInId: randomUUID(), name: '王', unitId: 'dongfeng-st' }, id)).status).toBe(410);
  });

  it('Should give the organizer the sheet as JSON, CSV (BOM, no ids) and .xlsx, and 签到人数 beside 实到人数 in the ledger', async () => {
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    const sheet = (await (await f.api('GET', `/api/lectures/${lectureId}/sign-ins`, { token })).json()) as { count: number; signInUrl: string; signIns: { name?: string; signedInAt: string }[] };
    expect(sheet.count).toBe(await count());
    expect(sheet.signInUrl).toBe(`http://localhost/sign-in/${lectureId}`);
    expect(sheet.signIns.map((s) => s.name)).toContain('李四');
    const bytes = Buffer.from(await (await f.api('GET', `/api/lectures/${lectureId}/sign-ins.csv`, { token })).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('序号,签到时间（北京时间）,姓名,单位,备注')).toBe(true);
    expect(csv).toContain('2026-04-01 08:50,李四,东风街道党工委中心组');
    expect(csv).not.toContain(lectureId);
    const xlsx = await f.api('GET', `/api/lectures/${lectureId}/sign-ins.xlsx`, { token });
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows.some((r) => r[0] === '序号' && r[2] === '姓名')).toBe(true);
    expect(rows.filter((r) => typeof r[0] === 'number').length).toBe(sheet.count);
    const ledger = (await (await f.api('GET', '/api/lectures?from=2026-04-01&to=2026-04-01', { token })).json()) as { lectures: { id: string; signIns: number; attendance?: number }[] };
    expect(ledger.lectures.find((l) => l.id === lectureId)?.signIns).toBe(sheet.count);
    const ledgerCsv = await (await f.api('GET', '/api/lectures.csv?from=2026-04-01&to=2026-04-01', { token })).text();
    expect(ledgerCsv).toContain('实到人数,签到人数');
  });

  it('Should show both codes on the projector view and let only an admin change the setting (audited)', async () => {
    const screen = await (await f.api('GET', `/admin/lectures/${lectureId}/screen`, { token, headers: { accept: 'text/html' } })).text();
    expect(screen).toContain('data-code="sign-in"');
    expect(screen).toContain('data-code="feedback"');
    expect(screen).toContain(`/sign-in/${lectureId}`);
    const refused = await f.api('PUT', '/api/sign-in-settings', { token, body: { ask: 'name', unlisted: 'guest' } });
    expect(refused.status).toBe(403);
    const admin = await f.login(ADMIN);
    const saved = await f.api('PUT', '/api/sign-in-settings', { token: admin, body: { ask: 'name', unlisted: 'refuse' } });
    expect(saved.status).toBe(200);
    expect(await (await f.api('GET', '/api/sign-in-settings', { token })).json()).toEqual({ ask: 'name', unlisted: 'refuse' });
    expect((await f.api('PUT', '/api/sign-in-settings', { token: admin, body: { ask: 'everything', unlisted: 'refuse' } })).status).toBe(400);
  });
});
