// 年度统计 on DynamoDB Local through the organizer app: targets set in the catalogue (API and the
// export's column), lectures of two years in every state with feedback, units' orders from a menu;
// every figure of GET /api/year-stats equals a recount from what the test itself stored, and the
// .xlsx and the page say the same.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { addCounters, feedbackDeltas, suggestionsOf, type LectureCounters } from '../../shared/lectures/feedback-counters.js';
import { feedbackFormVersion } from '../../shared/lectures/feedback-form.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import type { StoredFeedback } from '../../shared/lectures/lecture-store.js';
import type { YearStats } from '../../shared/lectures/year-stats.js';
import { ORIGIN } from './organizer-fixture.js';
import { programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

interface Seed {
  expert: string;
  topic: string;
  unit: string;
  status: Lecture['status'];
  startsAt: string;
  /** One feedback per value; every rating of that feedback is the value (5-point scale). */
  ratings: number[];
}

const SEEDS: Seed[] = [
  { expert: 'e-wang', topic: 't-party-history', unit: 'dongfeng-st', status: 'delivered', startsAt: '2026-03-02T01:00:00Z', ratings: [5, 5, 5, 4, 4, 3] },
  { expert: 'e-wang', topic: 't-party-history', unit: 'xinli-st', status: 'delivered', startsAt: '2026-04-02T01:00:00Z', ratings: [5, 5, 5, 5, 5] },
  { expert: 'e-zhang', topic: 't-ecology', unit: 'housing', status: 'delivered', startsAt: '2026-05-02T01:00:00Z', ratings: [3, 3, 2, 5, 4, 4, 4] },
  { expert: 'e-chen', topic: 't-digital', unit: 'dongfeng-st', status: 'delivered', startsAt: '2026-06-02T01:00:00Z', ratings: [4, 5] },
  // The first minutes of 2026 in Beijing are still 2025 in UTC: the district's year counts it.
  { expert: 'e-chen', topic: 't-digital', unit: 'culture', status: 'delivered', startsAt: '2025-12-31T16:30:00Z', ratings: [2, 2, 2, 2, 2] },
  { expert: 'e-wang', topic: 't-party-history', unit: 'education', status: 'scheduled', startsAt: '2026-11-02T01:00:00Z', ratings: [] },
  { expert: 'e-li', topic: 't-urban-governance', unit: 'commerce', status: 'cancelled', startsAt: '2026-07-02T01:00:00Z', ratings: [] },
  // 2025 in Beijing: outside the year.
  { expert: 'e-wang', topic: 't-party-history', unit: 'commerce', status: 'delivered', startsAt: '2025-12-31T15:30:00Z', ratings: [5, 5, 5, 5, 5] },
];

const YEAR_FROM = Date.parse('2025-12-31T16:00:00Z');
const YEAR_TO = Date.parse('2026-12-31T16:00:00Z');
const inYear = (s: Seed) => Date.parse(s.startsAt) >= YEAR_FROM && Date.parse(s.startsAt) < YEAR_TO;

describe('年度统计', () => {
  let f: ProgrammeFixture;
  let stats: YearStats;

  beforeAll(async () => {
    f = await programmeFixture();
    // Targets through the catalogue API.
    const expert = async (id: string, yearTarget: number) => {
      const record = demoCatalogue.experts.find((e) => e.id === id)!;
      const put = await f.api('PUT', `/api/catalogue/experts/${id}`, { token: f.token, body: { ...record, yearTarget } });
      expect(put.status).toBe(200);
    };
    const unit = async (id: string, yearTarget: number) => {
      const record = demoCatalogue.units.find((u) => u.id === id)!;
      const put = await f.api('PUT', `/api/catalogue/units/${id}`, { token: f.token, body: { ...record, yearTarget } });
      expect(put.status).toBe(200);
    };
    await expert('e-wang', 3);
    await expert('e-zhang', 1);
    await unit('dongfeng-st', 2);
    await unit('xinli-st', 2);

    // Units order from a menu: party history three times, digital twice, ecology once.
    const menuId = await f.publishedMenu();
    const orders: [string, { topicId: string; expertId?: string }[]][] = [
      ['dongfeng-st', [{ topicId: 't-party-history', expertId: 'e-wang' }, { topicId: 't-digital' }]],
      ['xinli-st', [{ topicId: 't-party-history' }, { topicId: 't-digital' }]],
      ['housing', [{ topicId: 't-party-history' }, { topicId: 't-ecology' }]],
    ];
    for (const [unitId, picks] of orders) {
      const { key } = await f.issueKey(unitId);
      const put = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, requestBody({ picks }));
      expect([200, 201]).toContain(put.status);
    }

    const form = await feedbackFormVersion(f.table.store.feedbackForms, 1);
    const lectures: Lecture[] = SEEDS.map((s) => {
      const topic = demoCatalogue.topics.find((t) => t.id === s.topic)!;
      const expertRecord = demoCatalogue.experts.find((e) => e.id === s.expert)!;
      const unitRecord = demoCatalogue.units.find((u) => u.id === s.unit)!;
      return {
        id: randomUUID(), status: s.status, topicId: topic.id, topicTitle: topic.title, themeId: topic.theme, expertId: expertRecord.id, expertName: expertRecord.name,
        units: [{ id: unitRecord.id, name: unitRecord.name, front: unitRecord.front }], startsAt: s.startsAt, endsAt: new Date(Date.parse(s.startsAt) + 5_400_000).toISOString(),
        durationMinutes: 90, place: '报告厅', ...(s.status === 'delivered' ? { attendance: 40 } : {}), formVersion: 1, createdAt: s.startsAt,
      };
    });
    await f.table.store.lectureImport.importLectures(lectures);
    for (const [i, lecture] of lectures.entries()) {
      const totals: LectureCounters = {};
      const feedback = SEEDS[i]!.ratings.map((r) => {
        const answers = { lecture: { relevance: r, depth: r, practice: r, effect: r }, teacher: { clarity: r, interaction: r, time: r }, organization: r };
        const item: StoredFeedback = { lectureId: lecture.id, responseId: randomUUID(), submissionId: randomUUID(), submittedAt: lecture.endsAt, formVersion: 1, answers };
        addCounters(totals, feedbackDeltas(form, answers));
        return { item, texts: suggestionsOf(form, answers) };
      });
      await f.table.store.lectureImport.importFeedback(feedback);
      await f.table.store.lectures.replaceCounters(lecture.id, totals);
    }
    const res = await f.api('GET', '/api/year-stats?year=2026', { token: f.token });
    expect(res.status).toBe(200);
    stats = (await res.json()) as YearStats;
  });
  afterAll(() => f.table.drop());

  /** Satisfaction recounted from the seeds: the share of ratings at 4 or 5 (every feedback rates all items alike). */
  const satisfaction = (seeds: Seed[]) => {
    const all = seeds.flatMap((s) => s.ratings);
    return all.length === 0 ? undefined : all.filter((r) => r >= 4).length / all.length;
  };
  const mean = (seeds: Seed[]) => {
    const all = seeds.flatMap((s) => s.ratings);
    return all.length === 0 ? undefined : all.reduce((a, b) => a + b, 0) / all.length;
  };

  it('Should count each expert’s delivered and scheduled lectures in the district’s year against target, with mean ratings equal to a recount', () => {
    const delivered = SEEDS.filter((s) => inYear(s) && s.status === 'delivered');
    for (const expert of stats.experts) {
      const mine = delivered.filter((s) => s.expert === expert.expertId);
      expect(expert.delivered, expert.name).toBe(mine.length);
      expect(expert.scheduled).toBe(SEEDS.filter((s) => inYear(s) && s.status === 'scheduled' && s.expert === expert.expertId).length);
      expect(expert.feedback).toBe(mine.flatMap((s) => s.ratings).length);
      if (mine.length > 0 && expert.feedback > 0) {
        expect(expert.satisfaction).toBeCloseTo(satisfaction(mine)!, 10);
        expect(expert.scores.lecture).toBeCloseTo(mean(mine)!, 10);
      } else expect(expert.satisfaction).toBeUndefined();
    }
    const byId = new Map(stats.experts.map((e) => [e.expertId, e]));
    expect(byId.get('e-wang')).toMatchObject({ target: 3, delivered: 2, scheduled: 1, met: false });
    expect(byId.get('e-zhang')).toMatchObject({ target: 1, delivered: 1, met: true });
    expect(byId.get('e-chen')).toMatchObject({ delivered: 2 });
    expect(byId.get('e-chen')?.target).toBeUndefined();
    // Every expert of the pool is listed, lectured or not.
    expect(stats.experts.map((e) => e.expertId).sort()).toEqual(demoCatalogue.experts.filter((e) => !e.retired).map((e) => e.id).sort());
    expect(stats.totals).toMatchObject({ delivered: delivered.length, scheduled: 1, cancelled: 1, feedback: delivered.flatMap((s) => s.ratings).length, attendance: 40 * delivered.length });
  });

  it('Should list exactly the units and fronts with no delivered lecture in the year, and units against target', () => {
    const served = new Set(SEEDS.filter((s) => inYear(s) && s.status === 'delivered').map((s) => s.unit));
    const units = demoCatalogue.units.filter((u) => !u.retired);
    expect(stats.unitsWithout.map((u) => u.unitId).sort()).toEqual(units.filter((u) => !served.has(u.id)).map((u) => u.id).sort());
    const frontsServed = new Set(units.filter((u) => served.has(u.id)).map((u) => u.front));
    expect(stats.frontsWithout.map((x) => x.frontId).sort()).toEqual(demoCatalogue.fronts.filter((x) => !x.retired && !frontsServed.has(x.id)).map((x) => x.id).sort());
    const unit = new Map(stats.units.map((u) => [u.unitId, u]));
    expect(unit.get('dongfeng-st')).toMatchObject({ target: 2, received: 2, met: true });
    expect(unit.get('xinli-st')).toMatchObject({ target: 2, received: 1, met: false });
    expect(unit.get('education')).toMatchObject({ received: 0, scheduled: 1 });
    expect(unit.get('commerce')).toMatchObject({ received: 0 });
  });

  it('Should rank topics by units ordering them, and by rating only with at least 5 feedback', () => {
    expect(stats.topicsOrdered.map((t) => [t.topicId, t.orders])).toEqual([
      ['t-party-history', 3],
      ['t-digital', 2],
      ['t-ecology', 1],
    ]);
    const delivered = SEEDS.filter((s) => inYear(s) && s.status === 'delivered');
    const rated = [...new Set(delivered.map((s) => s.topic))]
      .map((topic) => ({ topic, seeds: delivered.filter((s) => s.topic === topic) }))
      .filter((t) => t.seeds.flatMap((s) => s.ratings).length >= 5)
      .sort((a, b) => satisfaction(b.seeds)! - satisfaction(a.seeds)!);
    expect(stats.topicsBestRated.map((t) => t.topicId)).toEqual(rated.map((t) => t.topic));
    for (const t of stats.topicsBestRated) expect(t.satisfaction).toBeCloseTo(satisfaction(rated.find((r) => r.topic === t.topicId)!.seeds)!, 10);
  });

  it('Should put on the 红花榜 the lectures with at least 5 feedback, best satisfaction first', () => {
    const expected = SEEDS.filter((s) => inYear(s) && s.status === 'delivered' && s.ratings.length >= 5).sort((a, b) => satisfaction([b])! - satisfaction([a])! || b.ratings.length - a.ratings.length);
    expect(stats.honourRoll.map((h) => h.startsAt)).toEqual(expected.map((s) => s.startsAt));
    expect(stats.honourRoll[0]!.satisfaction).toBe(1);
  });

  it('Should give the same figures in the .xlsx and on the page, and answer a malformed year with 422', async () => {
    const xlsx = await f.api('GET', '/api/year-stats.xlsx?year=2026', { token: f.token });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const experts = workbook.getWorksheet('专家完成情况')!;
    const wang = demoCatalogue.experts.find((e) => e.id === 'e-wang')!.name;
    const row = experts.getSheetValues().find((r) => Array.isArray(r) && r[1] === wang) as unknown[];
    expect(row.slice(1, 6)).toEqual([wang, 3, 2, 1, '未完成']);
    expect(workbook.getWorksheet('红花榜')!.rowCount).toBe(2 + stats.honourRoll.length);
    const page = await (await f.app.request(`${ORIGIN}/admin/year?year=2026`, { headers: { authorization: `Bearer ${f.token}` } })).text();
    expect(page).toContain('<h1>2026 年度统计</h1>');
    expect(page).toContain('红花榜');
    for (const u of stats.unitsWithout) expect(page).toContain(u.name);
    for (const bad of ['26', '2026x', '1999', '<script>']) {
      const refused = await f.api('GET', `/api/year-stats?year=${encodeURIComponent(bad)}`, { token: f.token });
      expect(refused.status, bad).toBe(422);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
  });

  it('Should carry the targets in the catalogue export under 年度目标场次', async () => {
    const csv = await (await f.api('GET', '/api/catalogue.csv', { token: f.token })).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const column = header!.split(',').indexOf('年度目标场次');
    expect(column).toBeGreaterThan(0);
    const wang = rows.find((r) => r.includes(demoCatalogue.experts.find((e) => e.id === 'e-wang')!.name))!;
    expect(wang.split(',')[column]).toBe('3');
  });
});
