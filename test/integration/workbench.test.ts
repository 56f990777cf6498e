// The organizer's home (年度工作台) over a district in mid-year: the year's figures, each to-do with the
// link that does it, the year's path; read from lists and counters only, so the items it reads do not
// grow with responses or feedback; survey-list links from before it go on to /admin/surveys.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MENU_ID } from '../../shared/demo/seed-programme.js';
import { DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import type { StoredFeedback } from '../../shared/lectures/lecture-store.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { bulkResponses } from '../support/bulk-responses.js';
import { validNeeds } from '../support/demo-answers.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

/** Every item any read returned (GetItem, Query, Scan, BatchGetItem, TransactGetItems), whichever repository asked. */
const reads = { items: 0 };
const client = createDocumentClient({ endpoint: inject('dynamoEndpoint') });
client.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const out = result.output as { Item?: unknown; Items?: unknown[]; Responses?: unknown[] | Record<string, unknown[]> };
    reads.items += (out.Item ? 1 : 0) + (out.Items?.length ?? 0);
    if (Array.isArray(out.Responses)) reads.items += out.Responses.filter((r) => (r as { Item?: unknown }).Item).length;
    else if (out.Responses) reads.items += Object.values(out.Responses).reduce((n, items) => n + items.length, 0);
    return result;
  },
  { step: 'initialize', name: 'count-items-read' },
);

let f: Fixture;
let admin: string;
const lecture = { ended: '', upcoming: '', delivered: '' };
const ANSWERING = ['education', 'health', 'dongfeng-st'];

const home = async (path = '/admin') => f.app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${admin}` } });

async function schedule(startsAt: string, unitIds: string[], expertId: string): Promise<string> {
  const res = await f.api('POST', '/api/lectures', { token: admin, body: { topicId: 't-party-history', expertId, unitIds, startsAt, durationMinutes: 90, place: '区委党校报告厅' } });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { lectureId: string }).lectureId;
}

/** `count` attendees' feedback on the delivered lecture, bulk-written, its counters recounted from it. */
async function feedback(count: number): Promise<void> {
  const items = Array.from({ length: count }, (_, k): { item: StoredFeedback; texts: Record<string, string> } => ({
    item: {
      lectureId: lecture.delivered,
      responseId: randomUUID(),
      submissionId: randomUUID(),
      submittedAt: new Date(Date.parse('2026-02-28T03:00:00Z') + k * 1000).toISOString(),
      formVersion: 1,
      answers: { lecture: { relevance: 5, depth: 4, practice: 4, effect: 5 }, teacher: { clarity: 5, interaction: 4, time: 4 }, organization: 5 },
    },
    texts: {},
  }));
  for (let i = 0; i < items.length; i += 1000) await f.table.store.lectureImport.importFeedback(items.slice(i, i + 1000));
  await rebuildLectureCounters(f.table.store, lecture.delivered, { write: true });
}

async function responses(count: number): Promise<void> {
  const survey = (await f.table.store.surveys.get(DEMO_NEEDS_SURVEY_ID))!;
  await bulkResponses(f.table, survey, count, (i) => validNeeds(ANSWERING[i % ANSWERING.length]) as Answers);
}

beforeAll(async () => {
  f = await organizerFixture({}, { client });
  // 2026-02-26 09:00 in the district: the demo survey, menu (four requests) and every unit's link.
  f.clock.set('2026-02-26T01:00:00.000Z');
  await seedDemoDistrict({ ...f.table.store, clock: f.clock });
  admin = await f.login(ADMIN);
  lecture.ended = await schedule('2026-02-27T09:00', ['planning'], 'e-wang');
  lecture.delivered = await schedule('2026-02-28T09:00', ['education'], 'e-zhang');
  lecture.upcoming = await schedule('2026-03-03T14:30', ['health', 'commerce'], 'e-li');
  // 2026-03-01 08:00: one lecture delivered (its feedback open for 7 days), one ended without its attendance.
  f.clock.set('2026-03-01T00:00:00.000Z');
  admin = await f.login(ADMIN);
  expect((await f.api('POST', `/api/lectures/${lecture.delivered}/delivered`, { token: admin, body: { attendance: 80 } })).status).toBe(200);
  await responses(60);
  await feedback(30);
}, 120_000);
afterAll(() => f.table.drop());

describe('the year’s workbench', () => {
  it('Should show the year at a glance, each to-do with the link that does it, and the year’s path', async () => {
    const res = await home();
    expect(res.status).toBe(200);
    const html = await res.text();
    // Each to-do item's markup, up to the next one (the last one runs on to the end of the page).
    const todo = (name: string) => html.split('<li data-todo="').find((part) => part.startsWith(`${name}"`));
    expect(html).toContain('<h1>年度工作台 <span class="muted">2026 年</span></h1>');
    expect(html).toMatch(/<strong>1<\/strong><span>已宣讲场次<\/span>/);
    expect(html).toMatch(/<strong>80<\/strong><span>覆盖人次<\/span>/);
    expect(html).toMatch(/<strong>1<\/strong><span>覆盖单位<\/span>/);
    expect(html).toMatch(/<strong>1<\/strong><span>点单中的菜单<\/span>/);

    expect(todo('silent')).toContain('《2026 年度理论宣讲需求调查问卷》还有 12 / 15 个单位未填报');
    expect(todo('silent')).toContain(`href="/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/status"`);
    expect(todo('waiting')).toContain('「理论超市 · 本期宣讲菜单」有 4 份申报待排期');
    expect(todo('waiting')).toContain(`href="/admin/menus/${DEMO_MENU_ID}"`);
    expect(todo('attendance')).toContain('1 场宣讲已结束，还没登记到场人数');
    expect(todo('attendance')).toContain(`href="/admin/lectures/${lecture.ended}#attendance"`);
    expect(todo('upcoming')).toContain('未来 7 天有 1 场宣讲');
    expect(todo('upcoming')).toContain('2026-03-03 14:30');
    // The lecture that ended unmarked takes feedback too: its window opened when it started.
    expect(todo('feedback')).toContain('2 场宣讲的评价反馈正在收集');
    expect(todo('feedback')).toContain('已收到 30 份反馈');
    expect(todo('feedback')).toContain(`href="/admin/lectures/${lecture.delivered}/screen"`);

    const steps = Object.fromEntries([...html.matchAll(/<li class="(done|current|todo)" data-step="([a-z]+)">/g)].map((m) => [m[2], m[1]]));
    expect(steps).toEqual({ survey: 'current', menu: 'done', order: 'current', schedule: 'current', feedback: 'current' });
    expect(html).toContain('1 份问卷收集中，共 60 份答卷');
  });

  it('Should read the same number of items at 60 and at 2,060 responses and 30 and 2,030 feedback', async () => {
    reads.items = 0;
    expect((await home()).status).toBe(200);
    const before = reads.items;
    await responses(2000);
    await feedback(2000);
    reads.items = 0;
    const res = await home();
    expect(await res.text()).toContain('1 份问卷收集中，共 2060 份答卷');
    expect(reads.items).toBe(before);
    // The session and account, the survey list and its settings and counters, menus and their requests,
    // the catalogue, the year's lectures and the open lectures' counters: a few dozen items, never thousands.
    expect(before).toBeLessThan(200);
  }, 180_000);

  it('Should send a survey-list link from before the workbench on to the list, query and all', async () => {
    for (const query of ['?q=%E9%9C%80%E6%B1%82', '?status=published&year=2026', '?archived=only', '?kind=needs&lang=en']) {
      const res = await home(`/admin${query}`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/admin/surveys${query}`);
    }
    expect((await home('/admin?lang=en')).status).toBe(200);
    expect(await (await home('/admin/surveys?status=published')).text()).toContain(`data-survey-id="${DEMO_NEEDS_SURVEY_ID}"`);
  });
});
