// Lectures scheduled from a unit's request (排期) through the real apps on DynamoDB Local: the request
// link is checked, the request follows its lectures (scheduled, delivered, back to submitted when
// cancelled), the board's 排期 link opens a pre-filled form, and the unit page lists its lectures.
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitHome } from '../../functions/respondent/public-routes.js';
import { unitLectures } from '../../shared/lectures/unit-lectures.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { createTestTable } from '../support/dynamo-table.js';
import { programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

let f: ProgrammeFixture;
let menuId: string;
let key: string;
let commerceKey: string;
beforeAll(async () => {
  f = await programmeFixture();
  menuId = await f.publishedMenu();
  ({ key } = await f.issueKey('dongfeng-st'));
  ({ key: commerceKey } = await f.issueKey('commerce'));
  for (const [unitId, overrides] of [
    ['dongfeng-st', { audience: 120, note: '希望结合街道实际' }],
    ['culture', { picks: [{ topicId: 't-ecology' }], audience: 40, format: 'seminar' }],
    ['health', { picks: [{ topicId: 't-digital', expertId: 'e-liu' }], audience: 60 }],
  ] as const) {
    const unitKey = unitId === 'dongfeng-st' ? key : (await f.issueKey(unitId)).key;
    const put = await f.pub('PUT', `/api/public/units/${unitKey}/requests/${menuId}`, requestBody(overrides));
    if (put.status !== 201) throw new Error(`request ${unitId}: ${put.status} ${await put.text()}`);
  }
});
afterAll(() => f.table.drop());

const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;
const LECTURE = { durationMinutes: 90, place: '街道党群服务中心' };

async function schedule(body: Record<string, unknown>) {
  return f.api('POST', '/api/lectures', { token: f.token, body: { ...LECTURE, ...body } });
}
async function scheduled(body: Record<string, unknown>) {
  const response = await schedule(body);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await json<{ lectureId: string; lecture: { requestId?: string } }>(response));
}
async function requestStatus(unitId: string) {
  const board = await json<{ requests: { requestId: string; unitId: string; status: string; statusReason?: string }[] }>(await f.api('GET', `/api/menus/${menuId}/requests`, { token: f.token }));
  const found = board.requests.find((r) => r.unitId === unitId);
  return { status: found?.status, statusReason: found?.statusReason };
}
/** Sessions expire with the clock: sign in again after moving it. */
async function at(iso: string) {
  f.clock.set(iso);
  f.token = await f.login({ email: 'admin@district.cn', password: 'admin-password-1' });
}

describe('a lecture scheduled from a request', () => {
  it('stores the request link, shows the request as scheduled, then delivered with the lecture', async () => {
    const requestId = `${menuId}~dongfeng-st`;
    const { lectureId, lecture } = await scheduled({ topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-03-20T09:00', requestId });
    expect(lecture.requestId).toBe(requestId);
    expect((await json<{ lecture: { requestId: string } }>(await f.api('GET', `/api/lectures/${lectureId}`, { token: f.token }))).lecture.requestId).toBe(requestId);
    expect(await requestStatus('dongfeng-st')).toEqual({ status: 'scheduled', statusReason: undefined });
    await at('2026-03-20T03:00:00Z');
    expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token: f.token, body: { attendance: 110 } })).status).toBe(200);
    expect(await requestStatus('dongfeng-st')).toEqual({ status: 'delivered', statusReason: undefined });
    await at('2026-03-01T00:00:00Z');
  });

  it('puts the request back to submitted (with the reason) when its only lecture is cancelled, and keeps it scheduled while another stands', async () => {
    const requestId = `${menuId}~culture`;
    const first = await scheduled({ topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['culture'], startsAt: '2026-03-21T09:00', requestId });
    const second = await scheduled({ topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['culture', 'commerce'], startsAt: '2026-03-22T09:00', requestId });
    expect((await f.api('POST', `/api/lectures/${first.lectureId}/cancel`, { token: f.token, body: { reason: '专家临时出差' } })).status).toBe(200);
    expect(await requestStatus('culture')).toEqual({ status: 'scheduled', statusReason: undefined });
    expect((await f.api('POST', `/api/lectures/${second.lectureId}/cancel`, { token: f.token, body: { reason: '场地改建' } })).status).toBe(200);
    expect(await requestStatus('culture')).toEqual({ status: 'submitted', statusReason: '场地改建' });
  });

  it('answers 422 for a request that does not exist, a malformed request id, or a lecture its unit does not host; nothing is booked', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ requestId: `${menuId}~commerce`, unitIds: ['commerce'] }, 'requestId'],
      [{ requestId: `nomenu~health`, unitIds: ['health'] }, 'requestId'],
      [{ requestId: `${menuId}~health`, unitIds: ['culture'] }, 'unitIds'],
    ];
    for (const [body, field] of cases) {
      const response = await schedule({ topicId: 't-digital', expertId: 'e-liu', startsAt: '2026-03-25T09:00', ...body });
      expect(response.status, JSON.stringify(body)).toBe(422);
      const error = (await json<{ error: { code: string; issues: { field: string }[] } }>(response)).error;
      expect(error.issues.map((i) => i.field)).toEqual([field]);
    }
    const malformed = await schedule({ topicId: 't-digital', expertId: 'e-liu', unitIds: ['health'], startsAt: '2026-03-25T09:00', requestId: 'not a request' });
    expect([400, 422]).toContain(malformed.status);
    // e-liu is still free at that time: none of the refused bookings took the slot.
    await scheduled({ topicId: 't-digital', expertId: 'e-liu', unitIds: ['health'], startsAt: '2026-03-25T09:00' });
    expect(await requestStatus('health')).toEqual({ status: 'submitted', statusReason: undefined });
  });
});

describe('排期 from the request board (pages, no JavaScript)', () => {
  const page = (path: string, init: RequestInit = {}) => f.app.request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${f.token}`, origin: 'http://localhost', ...init.headers } });

  it('links each pick to the schedule form, pre-filled from the request, and the posted form schedules it', async () => {
    const board = await (await page(`/admin/menus/${menuId}`)).text();
    const requestId = `${menuId}~health`;
    const link = `/admin/lectures?request=${encodeURIComponent(requestId)}&amp;pick=1#schedule`;
    expect(board).toContain(`href="${link}"`);
    const form = await page(`/admin/lectures?request=${encodeURIComponent(requestId)}&pick=1`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('按 区卫生健康委员会中心组 在「2026 年上半年宣讲菜单」中的申报排期');
    expect(html).toMatch(/<option value="t-digital" selected/);
    expect(html).toMatch(/<option value="e-liu" selected/);
    expect(html).toMatch(/value="health" checked/);
    expect(html).toMatch(/name="plannedAudience"[^>]*value="60"/);
    expect(html).toMatch(new RegExp(`name="requestId"[^>]*value="${requestId}"`));
    const body = new URLSearchParams({ topicId: 't-digital', expertId: 'e-liu', unitIds: 'health', startsAt: '2026-03-26T14:00', durationMinutes: '60', place: '卫健委三楼会议室', plannedAudience: '60', requestId });
    const posted = await page('/admin/lectures', { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(posted.status).toBe(303);
    expect(await requestStatus('health')).toEqual({ status: 'scheduled', statusReason: undefined });
    expect(await (await page(`/admin/menus/${menuId}`)).text()).toContain('已安排');
  });

  it('answers 404 with the form for a request that does not exist', async () => {
    const response = await page(`/admin/lectures?request=${encodeURIComponent(`${menuId}~commerce`)}&pick=1`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这份申报');
  });
});

describe('the unit’s page lists its lectures', () => {
  it('shows the unit’s lectures from a year ago on, newest first, with the feedback link only while feedback is open (JSON and page)', async () => {
    // Prepare: dongfeng-st already has the 2026-03-20 lecture, delivered to 110 people.
    await at('2026-03-01T00:00:00Z');
    const { id: deliveredId } = (await json<{ lectures: { id: string }[] }>(await f.api('GET', '/api/lectures?from=2026-03-20&to=2026-03-20&unit=dongfeng-st', { token: f.token }))).lectures[0]!;
    const old = await scheduled({ topicId: 't-digital', expertId: 'e-chen', unitIds: ['dongfeng-st'], startsAt: '2025-02-01T09:00' });
    const future = await scheduled({ topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st', 'culture'], startsAt: '2026-04-10T14:30', place: '东风街道会议室' });
    const cancelled = await scheduled({ topicId: 't-health', expertId: 'e-zhao', unitIds: ['dongfeng-st'], startsAt: '2026-04-11T09:00' });
    expect((await f.api('POST', `/api/lectures/${cancelled.lectureId}/cancel`, { token: f.token, body: { reason: '专家临时出差' } })).status).toBe(200);
    await scheduled({ topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['commerce'], startsAt: '2026-03-28T09:00' });
    // Act: the day of the delivered lecture, after it ended.
    await at('2026-03-20T04:00:00Z');
    const home = await json<{ lectures: unknown[] }>(await f.pub('GET', `/api/public/units/${key}`));
    // Assess: the body is what the OpenAPI document says, and exactly these lectures.
    const documented = v.safeParse(UnitHome, home);
    expect(documented.success ? [] : documented.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
    expect(home.lectures).toEqual([
      { lectureId: cancelled.lectureId, topic: '健康中国与全民健康', expert: '赵静', startsAt: '2026-04-11T09:00', durationMinutes: 90, place: LECTURE.place, status: 'cancelled', assignment: 'pending', cancelReason: '专家临时出差' },
      { lectureId: future.lectureId, topic: '党史学习教育专题', expert: '王建华', startsAt: '2026-04-10T14:30', durationMinutes: 90, place: '东风街道会议室', status: 'scheduled', assignment: 'pending' },
      { lectureId: deliveredId, topic: '党史学习教育专题', expert: '王建华', startsAt: '2026-03-20T09:00', durationMinutes: 90, place: LECTURE.place, status: 'delivered', assignment: 'pending', attendance: 110, feedbackUrl: `/f/${deliveredId}`, feedbackClosesAt: '2026-03-27T10:30' },
    ]);
    expect(JSON.stringify(home.lectures)).not.toContain(old.lectureId);
    const html = await (await f.pub('GET', `/u/${key}`)).text();
    const section = html.slice(html.indexOf('id="lectures"'));
    expect(section).toContain('2026-04-10 14:30');
    expect(section).toContain('东风街道会议室');
    expect(section).toContain('已取消：专家临时出差');
    expect(section).toContain(`href="/f/${deliveredId}?lang=zh"`);
    expect(section.match(/href="\/f\//g)).toHaveLength(1);
    expect(section).not.toContain('暂无已安排的宣讲');
    // Another unit's page lists only its own: the lecture it hosts alone, and the one it co-hosted with culture.
    const commerce = (await json<{ lectures: { startsAt: string; status: string }[] }>(await f.pub('GET', `/api/public/units/${commerceKey}`))).lectures;
    expect(commerce.map((l) => `${l.startsAt} ${l.status}`)).toEqual(['2026-03-28T09:00 scheduled', '2026-03-22T09:00 cancelled']);
  });
});

describe('the cost of a unit’s lectures', () => {
  it('reads the unit’s list and its lectures of the past year, whatever the district holds', async () => {
    const reads = { items: 0 };
    const table = await createTestTable({ readObserver: { itemsRead: (n) => void (reads.items += n) } });
    try {
      // 300 lectures over two years, spread over six units: "u0" hosts every sixth, some with "u1" too.
      const lectures: Lecture[] = Array.from({ length: 300 }, (_, i) => {
        const starts = new Date(Date.UTC(2025, 0, 1) + i * 2 * 86_400_000);
        const host = { id: `u${i % 6}`, name: '单位', front: 'street' };
        return {
          id: randomUUID(), status: 'delivered', topicId: 't-health', topicTitle: '健康', themeId: 'livelihood', expertId: `e-${i % 7}`, expertName: '专家',
          units: i % 12 === 0 ? [host, { id: 'u1', name: '单位', front: 'street' }] : [host], startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3_600_000).toISOString(),
          durationMinutes: 60, place: '礼堂', attendance: 50, formVersion: 1, createdAt: starts.toISOString(),
        };
      });
      await table.store.lectureImport.importLectures(lectures);
      const now = new Date('2026-06-01T00:00:00Z');
      const since = Date.parse('2025-06-01T00:00:00Z');
      const expected = lectures.filter((l) => l.units.some((u) => u.id === 'u0') && Date.parse(l.startsAt) >= since).map((l) => l.id).reverse();
      reads.items = 0;
      const listed = await unitLectures({ lectures: table.store.lectures, feedbackForms: table.store.feedbackForms }, 'u0', now);
      expect(listed.map((l) => l.lecture.id)).toEqual(expected);
      // The list item, then each lecture shown: nothing of the other units, nothing older than a year.
      expect(reads.items).toBe(1 + expected.length);
    } finally {
      await table.drop();
    }
  }, 120_000);
});
