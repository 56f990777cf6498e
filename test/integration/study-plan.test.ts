// 年度学习计划 through the real apps on DynamoDB Local (the production adapter): people of units in and
// out as files, a year of study sessions (events of kind study-session) with one month missing flagged,
// sign-in per listed attendee with an unlisted person refused or a guest by the district's setting, and
// attendance by unit equal to a recount from the stored sign-ins.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps } from '../support/image-fixtures.js';
import { ADMIN, ORGANIZER } from './organizer-fixture.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

interface Person {
  id: string;
  name: string;
  unit: string;
  unitId?: string;
  role: 'member' | 'head';
}

const PEOPLE_CSV = [
  '编号,姓名,职务,单位,身份,状态',
  ',李书记,区委书记,区委,中心组成员,',
  ',王区长,区长,区政府,中心组成员,',
  ',赵部长,区委常委、宣传部部长,区委宣传部,中心组成员,',
  ',张伟,党工委书记,东风街道党工委中心组,单位负责人,',
  ',张伟,局长,区教育局中心组,单位负责人,',
  ',刘主任,主任,区发展和改革委员会中心组,单位负责人,',
  ',,无名,区委,中心组成员,',
  ',钱某,职务,区委,组长,',
].join('\r\n');

describe('the centre group’s study plan', () => {
  let f: ProgrammeFixture;
  let organizer: string;
  let people: Person[];
  const sessions: string[] = [];

  beforeAll(async () => {
    f = await programmeFixture();
    organizer = await f.login(ORGANIZER);
  });
  afterAll(() => f.table.drop());

  const upload = (path: string, body: string, token = organizer) =>
    f.app.request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body });

  it('Should preview a people file row by row, write nothing, then import it; the same file again changes nothing', async () => {
    const preview = await upload('/api/people-import', `\uFEFF${PEOPLE_CSV}`);
    expect(preview.status).toBe(200);
    const report = (await preview.json()) as { applied: boolean; counts: Record<string, number>; rows: { row: number; outcome: string; reasons: string[] }[] };
    expect(report.counts).toEqual({ add: 6, change: 0, same: 0, refuse: 2 });
    expect(report.rows.filter((r) => r.outcome === 'refuse').map((r) => r.row)).toEqual([8, 9]);
    expect(report.rows.find((r) => r.row === 9)?.reasons).toEqual(['身份应为“中心组成员”或“单位负责人”。']);
    expect(((await (await f.api('GET', '/api/people', { token: organizer })).json()) as { people: unknown[] }).people).toEqual([]);

    const applied = await upload('/api/people-import/apply', PEOPLE_CSV);
    expect(((await applied.json()) as { counts: unknown }).counts).toEqual({ add: 6, change: 0, same: 0, refuse: 2 });
    const again = await upload('/api/people-import/apply', PEOPLE_CSV);
    expect(((await again.json()) as { counts: unknown }).counts).toEqual({ add: 0, change: 0, same: 6, refuse: 2 });
    people = ((await (await f.api('GET', '/api/people', { token: organizer })).json()) as { people: Person[] }).people;
    expect(people.map((p) => [p.name, p.unit, p.unitId ?? null, p.role])).toEqual([
      ['李书记', '区委', null, 'member'],
      ['王区长', '区政府', null, 'member'],
      ['赵部长', '区委宣传部', null, 'member'],
      ['张伟', '东风街道党工委中心组', 'dongfeng-st', 'head'],
      ['张伟', '区教育局中心组', 'education', 'head'],
      ['刘主任', '区发展和改革委员会中心组', 'development', 'head'],
    ]);
  });

  it('Should export people as CSV with a BOM and as .xlsx with the same Chinese columns, and read the export back unchanged', async () => {
    const csv = await f.api('GET', '/api/people.csv', { token: organizer });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).startsWith('编号,姓名,职务,单位,身份,状态')).toBe(true);
    expect(((await (await upload('/api/people-import', text)).json()) as { counts: unknown }).counts).toEqual({ add: 0, change: 0, same: 6, refuse: 0 });
    const xlsx = await f.api('GET', '/api/people.xlsx', { token: organizer });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('人员')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '姓名', '职务', '单位', '身份', '状态']);
    expect(sheet.getRow(5).getCell(2).value).toBe('张伟');
  });

  it('Should refuse a second person of the same name in the same unit (422 beside the name), and audit an addition', async () => {
    const duplicate = await f.api('POST', '/api/people', { token: organizer, body: { name: '张伟', post: '副书记', unitId: 'dongfeng-st', role: 'head' } });
    expect(duplicate.status).toBe(422);
    expect(((await duplicate.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toEqual(['name']);
    const added = await f.api('POST', '/api/people', { token: organizer, body: { name: '孙委员', post: '区委常委', unit: '区委', role: 'member' } });
    expect(added.status).toBe(201);
    const { person } = (await added.json()) as { person: Person };
    const audit = (await (await f.api('GET', '/api/audit', { token: await f.login(ADMIN) })).json()) as { entries: { action: string; target: string }[] };
    expect(audit.entries.some((e) => e.action === 'person.create' && e.target === person.id)).toBe(true);
    // A name that looks like a formula is kept as text, and the CSV never lets a spreadsheet run it.
    const formula = await f.api('POST', '/api/people', { token: organizer, body: { name: '=HYPERLINK("x")', post: '@SUM(A1)', unit: '区委', role: 'head' } });
    expect(formula.status).toBe(201);
    const csv = await (await f.api('GET', '/api/people.csv', { token: organizer })).text();
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain(`'@SUM(A1)`);
    const formulaPerson = ((await formula.json()) as { person: Person }).person;
    expect((await f.api('PUT', `/api/people/${formulaPerson.id}`, { token: organizer, body: { name: '=HYPERLINK("x")', post: '@SUM(A1)', unit: '区委', role: 'head', retired: true } })).status).toBe(200);
    // Retired: later sessions no longer list them.
    expect((await f.api('PUT', `/api/people/${person.id}`, { token: organizer, body: { name: '孙委员', post: '区委常委', unit: '区委', role: 'member', retired: true } })).status).toBe(200);
  });

  it('Should plan sessions in 11 months of the year and flag the month left out; cancelled sessions count as none', async () => {
    // Planned at the end of the year before: no month is over yet, so only a month without a session is flagged.
    f.clock.set('2025-12-01T00:00:00.000Z');
    organizer = await f.login(ORGANIZER);
    for (const month of [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]) {
      const created = await f.api('POST', '/api/study-sessions', {
        token: organizer,
        body: { themeId: 'party-cause', form: month === 4 ? '专题辅导' : '集中学习', startsAt: `2026-${String(month).padStart(2, '0')}-15T09:00`, durationMinutes: 120, place: '区委常委会议室', speaker: month === 4 ? { kind: 'expert', expertId: 'e-wang' } : { kind: 'leader', name: '李书记', post: '区委书记' }, widened: month === 3 },
      });
      expect(created.status).toBe(201);
      sessions.push(((await created.json()) as { sessionId: string }).sessionId);
    }
    // A second session in June, cancelled: June still has its first.
    const extra = await f.api('POST', '/api/study-sessions', { token: organizer, body: { themeId: 'economy', form: '集体参观', startsAt: '2026-06-20T14:00', durationMinutes: 180, place: '经济开发区', speaker: { kind: 'leader', name: '王区长', post: '区长' } } });
    const extraId = ((await extra.json()) as { sessionId: string }).sessionId;
    expect((await f.api('POST', `/api/study-sessions/${extraId}/cancel`, { token: organizer, body: { reason: '改期' } })).status).toBe(200);
    expect((await f.api('POST', `/api/study-sessions/${extraId}/cancel`, { token: organizer })).status).toBe(409);

    const plan = (await (await f.api('GET', '/api/study-plan?year=2026', { token: organizer })).json()) as { flaggedMonths: number[]; planned: number; months: { month: number; planned: number; cancelled: number; flag?: string }[] };
    expect(plan.flaggedMonths).toEqual([7]);
    expect(plan.planned).toBe(11);
    expect(plan.months.find((m) => m.month === 7)?.flag).toBe('no_session');
    expect(plan.months.find((m) => m.month === 6)).toMatchObject({ planned: 1, cancelled: 1 });
    // A lecture's pages never show a session: the ledger lists lectures only, and a session id is no lecture.
    const ledger = (await (await f.api('GET', '/api/lectures?from=2026-01-01&to=2026-12-31', { token: organizer })).json()) as { lectures: unknown[] };
    expect(ledger.lectures).toEqual([]);
    expect((await f.api('GET', `/api/lectures/${sessions[0]}`, { token: organizer })).status).toBe(404);
  });

  it('Should list the centre group’s members only, and the unit heads too when widened (retired people left out)', async () => {
    const get = async (id: string) => ((await (await f.api('GET', `/api/study-sessions/${id}`, { token: organizer })).json()) as { session: { attendees: { name: string }[]; units: { id: string }[] } }).session;
    const january = await get(sessions[0]!);
    expect(january.attendees.map((a) => a.name)).toEqual(['李书记', '王区长', '赵部长']);
    const march = await get(sessions[2]!);
    expect(march.attendees.map((a) => a.name)).toEqual(['李书记', '王区长', '赵部长', '张伟', '张伟', '刘主任']);
    expect(march.units.map((u) => u.id)).toEqual(['dongfeng-st', 'education', 'development']);
  });

  const signIn = (eventId: string, body: Record<string, unknown>) => f.pub('POST', `/api/public/lectures/${eventId}/sign-ins`, { signInId: randomUUID(), ...body });

  it('Should sign in each listed attendee as themself, tell namesakes apart by unit, and refuse an unlisted person when the district says so', async () => {
    const march = sessions[2]!;
    f.clock.set('2026-03-15T00:30:00.000Z'); // 08:30 district time, half an hour before the start
    organizer = await f.login(ORGANIZER);
    await f.table.store.signInSettings.put({ ask: 'nothing', unlisted: 'refuse' });
    // An event with a list always asks who: name and unit, whatever the district asks at lectures.
    const form = (await (await f.pub('GET', `/api/public/lectures/${march}/sign-in`)).json()) as { ask: string; event: { kind: string } };
    expect(form).toMatchObject({ ask: 'name-and-unit', event: { kind: 'study-session' } });

    const byName = Object.fromEntries(people.map((p) => [`${p.name}@${p.unit}`, p.id]));
    const li = await signIn(march, { name: '李书记', unitName: '区委' });
    expect(li.status).toBe(201);
    expect(await li.json()).not.toHaveProperty('guest');
    expect((await signIn(march, { name: '张伟', unitId: 'education' })).status).toBe(201);
    expect((await signIn(march, { name: '刘主任', unitId: 'development' })).status).toBe(201);
    const stranger = await signIn(march, { name: '路人甲', unitName: '某单位' });
    expect(stranger.status).toBe(403);
    expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe('not_on_attendee_list');
    // 张伟 of 东风 is listed, but a 张伟 claiming a listed unit that is not theirs is no attendee.
    expect((await signIn(march, { name: '刘主任', unitId: 'dongfeng-st' })).status).toBe(403);

    const stored = (await f.table.store.signIns.list(march)).items;
    expect(stored.map((s) => s.personId).sort()).toEqual([byName['李书记@区委'], byName['张伟@区教育局中心组'], byName['刘主任@区发展和改革委员会中心组']].sort());
    expect(stored.every((s) => !s.guest)).toBe(true);
  });

  it('Should record an unlisted person as a guest (列席) when the district says so, counted for the session and never for a person', async () => {
    const march = sessions[2]!;
    await f.table.store.signInSettings.put({ ask: 'name-and-unit', unlisted: 'guest' });
    const guest = await signIn(march, { name: '路人甲', unitName: '某单位' });
    expect(guest.status).toBe(201);
    expect(await guest.json()).toMatchObject({ name: '路人甲', guest: true });
    const sheet = (await (await f.api('GET', `/api/lectures/${march}/sign-ins`, { token: organizer })).json()) as { count: number; signIns: { guest?: boolean }[] };
    expect(sheet.count).toBe(4);
    expect(sheet.signIns.filter((s) => s.guest)).toHaveLength(1);
  });

  it('Should take a record summary for a session through the event’s record routes', async () => {
    const march = sessions[2]!;
    const put = await f.api('PUT', `/api/lectures/${march}/record/summary`, { token: organizer, body: { summary: '集体学习了党的创新理论，三位同志作交流发言。' } });
    expect(put.status).toBe(200);
    const record = (await (await f.api('GET', `/api/lectures/${march}/record`, { token: organizer })).json()) as { summary: string };
    expect(record.summary).toBe('集体学习了党的创新理论，三位同志作交流发言。');
  });

  it('Should hold a session only once it started, then count attendance by person and by unit equal to a recount of the sign-ins', async () => {
    const [january, february, march] = sessions as [string, string, string];
    f.clock.set('2026-01-15T00:30:00.000Z');
    organizer = await f.login(ORGANIZER);
    expect((await f.api('POST', `/api/study-sessions/${january}/held`, { token: organizer })).status).toBe(409);
    f.clock.set('2026-01-15T01:30:00.000Z');
    organizer = await f.login(ORGANIZER);
    await signIn(january, { name: '李书记', unitName: '区委' });
    await signIn(january, { name: '赵部长', unitName: '区委宣传部' });
    expect((await f.api('POST', `/api/study-sessions/${january}/held`, { token: organizer, body: { attendance: 3 } })).status).toBe(200);
    f.clock.set('2026-02-15T01:30:00.000Z');
    organizer = await f.login(ORGANIZER);
    await signIn(february, { name: '王区长', unitName: '区政府' });
    expect((await f.api('POST', `/api/study-sessions/${february}/held`, { token: organizer })).status).toBe(200);
    f.clock.set('2026-03-15T02:00:00.000Z');
    organizer = await f.login(ORGANIZER);
    expect((await f.api('POST', `/api/study-sessions/${march}/held`, { token: organizer, body: { attendance: 5 } })).status).toBe(200);
    // A held session cannot change.
    expect((await f.api('PUT', `/api/study-sessions/${march}`, { token: organizer, body: { themeId: 'party-cause', form: '集中学习', startsAt: '2026-03-15T09:00', durationMinutes: 120, place: '改', speaker: { kind: 'leader', name: '李书记', post: '区委书记' } } })).status).toBe(409);

    f.clock.set('2026-08-01T00:00:00.000Z');
    organizer = await f.login(ORGANIZER);
    const plan = (await (await f.api('GET', '/api/study-plan?year=2026', { token: organizer })).json()) as {
      held: number;
      months: { month: number; flag?: string }[];
      byPerson: { key: string; expected: number; attended: number }[];
      byUnit: { key: string; unit: string; expected: number; attended: number; rate?: number }[];
    };
    expect(plan.held).toBe(3);
    // April to June are over and none was held; July had none planned.
    expect(plan.months.filter((m) => m.flag).map((m) => [m.month, m.flag])).toEqual([
      [4, 'none_held'],
      [5, 'none_held'],
      [6, 'none_held'],
      [7, 'no_session'],
    ]);

    // The recount: every held session's attendee list against its stored sign-ins, read straight from the table.
    const expected = new Map<string, { expected: number; attended: number }>();
    for (const id of [january, february, march]) {
      const session = (await f.table.store.studySessions.get(id))!;
      const present = new Set((await f.table.store.signIns.list(id)).items.flatMap((s) => (s.personId ? [s.personId] : [])));
      for (const a of session.attendees) {
        const key = a.unitId ?? a.unit;
        const row = expected.get(key) ?? { expected: 0, attended: 0 };
        expected.set(key, { expected: row.expected + 1, attended: row.attended + (present.has(a.id) ? 1 : 0) });
      }
    }
    expect(Object.fromEntries(plan.byUnit.map((u) => [u.key, { expected: u.expected, attended: u.attended }]))).toEqual(Object.fromEntries(expected));
    for (const u of plan.byUnit) expect(u.rate).toBeCloseTo(u.attended / u.expected, 10);
    expect(plan.byUnit.find((u) => u.unit === '区委')).toMatchObject({ expected: 3, attended: 2 });
    expect(plan.byPerson.reduce((n, p) => n + p.attended, 0)).toBe(plan.byUnit.reduce((n, u) => n + u.attended, 0));
  });

  it('Should download the year as .xlsx (plan, by person, by unit) and print it on A4', async () => {
    const xlsx = await f.api('GET', '/api/study-plan.xlsx?year=2026', { token: organizer });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['年度计划', '人员出勤', '单位出勤']);
    const planText = JSON.stringify(workbook.getWorksheet('年度计划')!.getSheetValues());
    expect(planText).toContain('本月没有安排集体学习');
    expect(planText).not.toMatch(/UTC|Asia\/Shanghai/);
    const print = await f.app.request('http://localhost/admin/study-plan/print?year=2026', { headers: { authorization: `Bearer ${organizer}` } });
    expect(print.status).toBe(200);
    const html = await print.text();
    expect(html).toContain('2026 年度学习计划');
    expect(html).toContain('本月没有安排集体学习');
  });

  it('Should change a scheduled session through its page’s form (no JavaScript), the input kept beside a refused field', async () => {
    const december = sessions.at(-1)!;
    const post = (body: Record<string, string>) =>
      f.app.request(`http://localhost/admin/study-sessions/${december}`, { method: 'POST', headers: { authorization: `Bearer ${organizer}`, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
    const form = { themeId: 'livelihood', form: '集体参观', startsAt: '2026-12-20T14:00', durationMinutes: '180', place: '区民生服务中心', speakerKind: 'leader', leaderName: '王区长', leaderPost: '区长', widened: '1' };
    const refused = await post({ ...form, startsAt: '2026-13-40T99:00' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('id="e-startsAt"');
    expect(html).toContain('value="区民生服务中心"');
    expect((await post(form)).status).toBe(303);
    const { session, startsAtLocal } = (await (await f.api('GET', `/api/study-sessions/${december}`, { token: organizer })).json()) as { startsAtLocal: string; session: { place: string; form: string; widened: boolean; attendees: unknown[] } };
    expect({ startsAtLocal, place: session.place, form: session.form, widened: session.widened, attendees: session.attendees.length }).toEqual({ startsAtLocal: '2026-12-20 14:00', place: '区民生服务中心', form: '集体参观', widened: true, attendees: 6 });
  });

  it('Should keep a session’s record (summary, photos, files) on its own page through the record’s forms, and come back there', async () => {
    const session = sessions[4]!;
    const headers = { authorization: `Bearer ${organizer}`, origin: 'http://localhost' };
    const page = async (query = '') => (await f.app.request(`http://localhost/admin/study-sessions/${session}${query}`, { headers })).text();
    const before = await page();
    // Both upload forms (the local run takes the bytes itself) and the summary form, as on a lecture's page.
    expect(before).toContain('<h2 id="record-h">台账</h2>');
    expect(before.match(/enctype="multipart\/form-data"/g)?.length).toBe(2);
    expect(before).toContain(`action="/admin/lectures/${session}/record/upload"`);
    const form = new FormData();
    form.set('kind', 'photo');
    form.set('file', new File([new Uint8Array(jpegWithGps(4))], '学习现场.jpg'));
    const posted = await f.app.request(`http://localhost/admin/lectures/${session}/record/upload`, { method: 'POST', headers, body: form });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/admin/study-sessions/${session}?record=added#record`);
    const after = await page('?record=added');
    expect(after).toContain('已加入台账。');
    expect(after).toContain('alt="现场照片：学习现场.jpg"');
    const summary = await f.app.request(`http://localhost/admin/lectures/${session}/record/summary`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ summary: '传达学习全会精神，六位同志交流发言。' }).toString() });
    expect(summary.headers.get('location')).toBe(`/admin/study-sessions/${session}?record=summarySaved#record`);
    expect(await page()).toContain('传达学习全会精神，六位同志交流发言。');
    // A refused record form is shown on the session's page, not a lecture's.
    const refused = await f.app.request(`http://localhost/admin/lectures/${session}/record/summary`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ summary: '长'.repeat(2001) }).toString() });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('id="record-h"');
    // The session page's way back to its year's plan: a lecture's page has none.
    expect(refusedHtml).toContain('href="/admin/study-plan?year=2026"');
    expect(await page()).toContain('传达学习全会精神，六位同志交流发言。');
  });

  it('Should refuse a front-limited account the plan and a session’s sign-in sheet', async () => {
    const admin = await f.login(ADMIN);
    const created = await f.api('POST', '/api/accounts', { token: admin, body: { email: 'street@district.cn', role: 'viewer' } });
    const { password } = (await created.json()) as { password: string };
    await f.api('PUT', `/api/accounts/${encodeURIComponent('street@district.cn')}/fronts`, { token: admin, body: { fronts: ['street'] } });
    const limited = await f.login({ email: 'street@district.cn', password });
    expect((await f.api('GET', '/api/study-plan', { token: limited })).status).toBe(403);
    expect((await f.api('GET', `/api/lectures/${sessions[2]}/sign-ins`, { token: limited })).status).toBe(403);
  });
});
