// Experts accept (接单): expert links made, listed and rotated like unit links; the expert's page; the
// acceptance state machine through the real apps on DynamoDB Local, its races on the conflict-faithful
// store; the lecture change that asks the expert again; every step audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolateTransactions, type IsolationStats } from '../support/transaction-isolation.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

interface ExpertLectureJson {
  lectureId: string;
  topic: string;
  units: string[];
  startsAt: string;
  place: string;
  status: string;
  assignment: string;
  state: string;
  answerable: boolean;
  declineReason?: string;
}

describe('experts accept their lectures (接单)', () => {
  let f: ProgrammeFixture;
  let stats: IsolationStats;
  let wangKey: string;
  let liKey: string;
  let day = 10;

  beforeAll(async () => {
    f = await programmeFixture();
    // DynamoDB's own isolation: a write meeting a transaction in flight on its item is cancelled.
    stats = isolateTransactions(f.table.client, { inFlightMs: 120 });
    wangKey = (await issue('e-wang')).key;
    liKey = (await issue('e-li')).key;
  });
  afterAll(() => f.table.drop());

  async function issue(expertId: string) {
    const response = await f.api('POST', `/api/experts/${expertId}/key`, { token: f.token });
    expect(response.status).toBe(200);
    return (await response.json()) as { expertId: string; key: string; url: string };
  }

  /** A lecture of e-wang (by default) on its own day, so no two tests' lectures clash. */
  async function lecture(overrides: Record<string, unknown> = {}) {
    day += 1;
    const response = await f.api('POST', '/api/lectures', {
      token: f.token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: `2026-03-${String(day).padStart(2, '0')}T09:00`, durationMinutes: 90, place: '区委党校报告厅', ...overrides },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { lectureId: string }).lectureId;
  }

  const answer = (key: string, lectureId: string, what: 'accept' | 'decline', body?: unknown) => f.pub('POST', `/api/public/experts/${key}/lectures/${lectureId}/${what}`, body);
  const page = async (key: string) => {
    const response = await f.pub('GET', `/api/public/experts/${key}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { expert: { name: string }; lectures: ExpertLectureJson[] };
  };
  const stored = async (lectureId: string) => (await f.table.store.lectures.get(lectureId))!;
  const auditOf = async (lectureId: string) => (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.target === lectureId);

  describe('expert links', () => {
    it('Should list every current expert with their link, and hand the links out as CSV in words', async () => {
      const response = await f.api('GET', '/api/expert-links', { token: f.token });
      const { experts } = (await response.json()) as { experts: { expertId: string; name: string; url?: string }[] };
      expect(experts.find((e) => e.expertId === 'e-wang')?.url).toBe(`http://localhost/e/${wangKey}`);
      expect(experts.find((e) => e.expertId === 'e-zhao')?.url).toBeUndefined();
      const bytes = new Uint8Array(await (await f.api('GET', '/api/expert-links.csv', { token: f.token })).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(bytes);
      expect(csv.startsWith('专家,职务,工作单位,专属链接,发放时间')).toBe(true);
      expect(csv).toContain(`王建华,教授,区委党校,http://localhost/e/${wangKey}`);
      expect(csv).not.toContain('e-wang');
    });

    it('Should make a rotated link answer 404 at once and the new one work', async () => {
      const old = (await issue('e-sun')).key;
      const fresh = (await issue('e-sun')).key;
      expect((await f.pub('GET', `/api/public/experts/${old}`)).status).toBe(404);
      expect(((await (await f.pub('GET', `/api/public/experts/${old}`)).json()) as { error: { code: string } }).error.code).toBe('expert_link_not_found');
      expect((await f.pub('GET', `/api/public/experts/${fresh}`)).status).toBe(200);
    });

    it('Should list on a first link the expert’s lectures scheduled before links existed', async () => {
      const lectureId = await lecture({ expertId: 'e-zhao', topicId: 't-health' });
      // As in a district deployed before expert lists were kept: the lecture is off the expert's list.
      await f.table.client.send(new (await import('@aws-sdk/lib-dynamodb')).DeleteCommand({ TableName: f.table.tableName, Key: { pk: 'EXPERT_LECTURES#e-zhao', sk: 'LECTURES' } }));
      const key = (await issue('e-zhao')).key;
      expect((await page(key)).lectures.map((l) => l.lectureId)).toEqual([lectureId]);
    });

    it('Should refuse a link for an expert the catalogue does not have (404)', async () => {
      expect((await f.api('POST', '/api/experts/nobody/key', { token: f.token })).status).toBe(404);
    });
  });

  describe('the state machine', () => {
    it('Should show a new lecture as pending on the expert’s page, in district time, naming units and place', async () => {
      const lectureId = await lecture();
      const { expert, lectures } = await page(wangKey);
      expect(expert.name).toBe('王建华');
      const row = lectures.find((l) => l.lectureId === lectureId)!;
      expect(row).toMatchObject({ topic: '党史学习教育专题', units: ['东风街道党工委中心组'], startsAt: `2026-03-${day}T09:00`.replace('T', ' '), place: '区委党校报告厅', status: 'scheduled', assignment: 'pending', state: 'pending', answerable: true });
    });

    it('Should accept once, answer the same accept again as a replay (200, one audit entry), and refuse a decline after it (409 already_answered)', async () => {
      const lectureId = await lecture();
      const first = await answer(wangKey, lectureId, 'accept');
      expect(first.status).toBe(200);
      expect(((await first.json()) as { lecture: ExpertLectureJson }).lecture).toMatchObject({ lectureId, assignment: 'accepted', answerable: false });
      const again = await answer(wangKey, lectureId, 'accept');
      expect(again.status).toBe(200);
      const decline = await answer(wangKey, lectureId, 'decline', { reason: '临时有会' });
      expect(decline.status).toBe(409);
      const body = (await decline.json()) as { error: { code: string; issues: { message: string }[] } };
      expect(body.error.code).toBe('already_answered');
      expect(body.error.issues[0]!.message).toContain('接单');
      expect((await stored(lectureId)).assignment).toBe('accepted');
      const entries = await auditOf(lectureId);
      expect(entries.filter((e) => e.action === 'lecture.accept').map((e) => e.actor)).toEqual(['expert:e-wang']);
    });

    it('Should decline with a reason, keep it on the lecture for the organizers, and refuse an accept after it', async () => {
      const lectureId = await lecture();
      const declined = await answer(wangKey, lectureId, 'decline', { reason: '当天在外地授课' });
      expect(declined.status).toBe(200);
      expect((await stored(lectureId)).declineReason).toBe('当天在外地授课');
      expect((await answer(wangKey, lectureId, 'accept')).status).toBe(409);
      const entry = (await auditOf(lectureId)).find((e) => e.action === 'lecture.decline');
      expect(entry).toMatchObject({ actor: 'expert:e-wang', details: { reason: '当天在外地授课' } });
    });

    it('Should refuse a decline without a reason (400), and any answer to a lecture that is not this expert’s (404)', async () => {
      const lectureId = await lecture();
      expect((await answer(wangKey, lectureId, 'decline', {})).status).toBe(400);
      expect((await answer(wangKey, lectureId, 'decline', { reason: '   ' })).status).toBe(400);
      const other = await answer(liKey, lectureId, 'accept');
      expect(other.status).toBe(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('lecture_not_found');
      expect((await stored(lectureId)).assignment).toBe('pending');
    });

    it('Should refuse an answer after a cancel with 409 lecture_cancelled', async () => {
      const lectureId = await lecture();
      expect((await f.api('POST', `/api/lectures/${lectureId}/cancel`, { token: f.token })).status).toBe(200);
      const late = await answer(wangKey, lectureId, 'accept');
      expect(late.status).toBe(409);
      expect(((await late.json()) as { error: { code: string } }).error.code).toBe('lecture_cancelled');
      expect((await page(wangKey)).lectures.find((l) => l.lectureId === lectureId)).toMatchObject({ state: 'cancelled', answerable: false });
    });
  });

  describe('races, on the conflict-faithful store', () => {
    it('Should resolve two accepts at once to one accepted lecture, both answered 200, one audit entry', async () => {
      const lectureId = await lecture();
      const [a, b] = await Promise.all([answer(wangKey, lectureId, 'accept'), answer(wangKey, lectureId, 'accept')]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect((await stored(lectureId)).assignment).toBe('accepted');
      expect((await auditOf(lectureId)).filter((e) => e.action === 'lecture.accept')).toHaveLength(1);
    });

    it('Should let exactly one of an accept and a decline sent at once win; the other is 409 already_answered', async () => {
      const lectureId = await lecture();
      const results = await Promise.all([answer(wangKey, lectureId, 'accept'), answer(wangKey, lectureId, 'decline', { reason: '冲突' })]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results[0]!.status === 200 ? 'accepted' : 'declined';
      expect((await stored(lectureId)).assignment).toBe(winner);
      expect((await auditOf(lectureId)).filter((e) => e.action.startsWith('lecture.accept') || e.action.startsWith('lecture.decline'))).toHaveLength(1);
    });

    it('Should refuse an accept that meets the cancel in flight (409 lecture_cancelled), and leave the lecture cancelled, not accepted', async () => {
      const lectureId = await lecture();
      const before = stats.transactions;
      const cancel = f.api('POST', `/api/lectures/${lectureId}/cancel`, { token: f.token });
      // Wait until the cancel's transaction holds the lecture item, then answer.
      while (stats.transactions === before) await new Promise((resolve) => setTimeout(resolve, 2));
      const conflictsBefore = stats.singleWriteConflicts;
      const accept = await answer(wangKey, lectureId, 'accept');
      expect((await cancel).status).toBe(200);
      expect(accept.status).toBe(409);
      expect(((await accept.json()) as { error: { code: string } }).error.code).toBe('lecture_cancelled');
      const now = await stored(lectureId);
      expect(now.status).toBe('cancelled');
      expect(now.assignment).toBe('pending');
      // The accept read the lecture as scheduled before the cancel landed: the write itself was refused.
      expect(stats.singleWriteConflicts).toBeGreaterThanOrEqual(conflictsBefore);
    });

    it('Should refuse the old expert’s accept that meets a change of expert in flight (404: no longer theirs)', async () => {
      const lectureId = await lecture();
      const before = stats.transactions;
      const change = f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { expertId: 'e-sun' } });
      while (stats.transactions === before) await new Promise((resolve) => setTimeout(resolve, 2));
      const accept = await answer(wangKey, lectureId, 'accept');
      expect((await change).status).toBe(200);
      expect(accept.status).toBe(404);
      expect(await stored(lectureId)).toMatchObject({ expertId: 'e-sun', assignment: 'pending' });
    });
  });

  describe('changing a lecture', () => {
    it('Should move a declined lecture to another expert: pending again, off the old expert’s page, on the new one’s', async () => {
      const lectureId = await lecture();
      await answer(wangKey, lectureId, 'decline', { reason: '出差' });
      const response = await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { expertId: 'e-sun', place: '东丰街道会议室' } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { lecture: { expertId: string; expertName: string; assignment: string; declineReason?: string; place: string }; changed: string[]; reasked: boolean };
      expect(body).toMatchObject({ changed: ['place', 'expertId'], reasked: true });
      expect(body.lecture).toMatchObject({ expertId: 'e-sun', expertName: '孙卫东', assignment: 'pending', place: '东丰街道会议室' });
      expect(body.lecture.declineReason).toBeUndefined();
      expect((await page(wangKey)).lectures.map((l) => l.lectureId)).not.toContain(lectureId);
      const sunKey = (await issue('e-sun')).key;
      expect((await page(sunKey)).lectures.find((l) => l.lectureId === lectureId)).toMatchObject({ assignment: 'pending', place: '东丰街道会议室' });
      expect((await auditOf(lectureId)).map((e) => e.action)).toContain('lecture.change');
    });

    it('Should ask the expert again when the time moves, and keep an accept when only the place changes', async () => {
      const lectureId = await lecture();
      await answer(wangKey, lectureId, 'accept');
      const place = await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { place: '新会场' } });
      expect(((await place.json()) as { reasked: boolean }).reasked).toBe(false);
      expect((await stored(lectureId)).assignment).toBe('accepted');
      const moved = await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { startsAt: `2026-03-${day}T14:00` } });
      expect(((await moved.json()) as { reasked: boolean }).reasked).toBe(true);
      expect((await stored(lectureId)).assignment).toBe('pending');
      expect((await page(wangKey)).lectures.filter((l) => l.lectureId === lectureId)).toMatchObject([{ startsAt: `2026-03-${day} 14:00`, answerable: true }]);
    });

    it('Should refuse a change onto another lecture of the new expert with 409 expert_busy, and change nothing', async () => {
      const taken = await lecture({ expertId: 'e-li', topicId: 't-new-urbanization' });
      const takenDay = day;
      const lectureId = await lecture();
      const clash = await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { expertId: 'e-li', startsAt: `2026-03-${takenDay}T09:30` } });
      expect(clash.status).toBe(409);
      expect(((await clash.json()) as { error: { code: string } }).error.code).toBe('expert_busy');
      expect(await stored(lectureId)).toMatchObject({ expertId: 'e-wang' });
      expect((await stored(taken)).expertId).toBe('e-li');
    });

    it('Should move the lecture on its units’ pages when its units change', async () => {
      const lectureId = await lecture();
      await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { unitIds: ['xinli-st'] } });
      expect((await f.table.store.lectures.ofUnit('dongfeng-st')).map((l) => l.id)).not.toContain(lectureId);
      expect((await f.table.store.lectures.ofUnit('xinli-st')).map((l) => l.id)).toContain(lectureId);
    });

    it('Should refuse a change of a cancelled lecture (409) and an empty or malformed body (400), an unknown expert (422)', async () => {
      const lectureId = await lecture();
      expect((await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: {} })).status).toBe(400);
      expect((await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { expertId: 'nobody' } })).status).toBe(422);
      await f.api('POST', `/api/lectures/${lectureId}/cancel`, { token: f.token });
      expect((await f.api('PUT', `/api/lectures/${lectureId}`, { token: f.token, body: { place: 'x' } })).status).toBe(409);
    });
  });

  describe('the unit’s page', () => {
    it('Should show 已接单 once the expert has accepted', async () => {
      const lectureId = await lecture({ unitIds: ['jinqiao-st'] });
      const { key } = await f.issueKey('jinqiao-st');
      await answer(wangKey, lectureId, 'accept');
      const home = (await (await f.pub('GET', `/api/public/units/${key}`)).json()) as { lectures: { lectureId: string; assignment: string }[] };
      expect(home.lectures.find((l) => l.lectureId === lectureId)?.assignment).toBe('accepted');
      const html = await (await f.pub('GET', `/u/${key}`)).text();
      expect(html).toContain('已接单');
    });
  });
});
