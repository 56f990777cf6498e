// Last year's scores beside topics and experts (the catalogue and the menu composer), through the
// real apps on DynamoDB Local: delivered lectures of the past 12 months only, from their counters.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';
import { respondentAppFor } from '../support/respondent-app.js';

const answers = (lecture: number[], teacher: number[]) => ({
  lecture: { relevance: lecture[0], depth: lecture[1], practice: lecture[2], effect: lecture[3] },
  teacher: { clarity: teacher[0], interaction: teacher[1], time: teacher[2] },
  organization: 5,
});

describe('last year’s scores beside topics and experts', () => {
  let f: Fixture;
  let token: string;
  let respondent: ReturnType<typeof respondentAppFor>;

  async function at(iso: string) {
    f.clock.set(iso);
    token = await f.login(ADMIN);
  }
  async function lecture(body: Record<string, unknown>, feedback: ReturnType<typeof answers>[], attendance?: number): Promise<string> {
    const created = await f.api('POST', '/api/lectures', { token, body: { unitIds: ['dongfeng-st'], durationMinutes: 60, place: '报告厅', ...body } });
    expect(created.status).toBe(201);
    const { lectureId, lecture: stored } = (await created.json()) as { lectureId: string; lecture: { startsAt: string } };
    await at(new Date(Date.parse(stored.startsAt) + 90 * 60_000).toISOString());
    for (const a of feedback) {
      const sent = await respondent.request(`http://localhost/api/public/lectures/${lectureId}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ submissionId: randomUUID(), answers: a }) });
      expect(sent.status).toBe(201);
    }
    if (attendance !== undefined) expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token, body: { attendance } })).status).toBe(200);
    await at('2026-03-01T00:00:00Z');
    return lectureId;
  }
  const page = async (path: string) => (await f.app.request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
  /** The text of the table row or composer entry that holds `marker`. */
  const near = (html: string, marker: string, end: string) => {
    const start = html.indexOf(marker);
    expect(start, marker).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf(end, start));
  };

  beforeAll(async () => {
    f = await organizerFixture();
    respondent = respondentAppFor(f.table.store, { clock: f.clock });
    await at('2026-03-01T00:00:00Z');
    // Within the year, delivered: lecture scores 5,4,5,4 and 3,3,3,3 (mean 3.75); teacher 5,3,4 and 4,4,4 (mean 4.00).
    await lecture({ topicId: 't-party-history', expertId: 'e-wang', startsAt: '2026-02-10T09:00' }, [answers([5, 4, 5, 4], [5, 3, 4]), answers([3, 3, 3, 3], [4, 4, 4])], 80);
    // More than a year ago, delivered, all ones: would pull both means down if it counted.
    await lecture({ topicId: 't-party-history', expertId: 'e-wang', startsAt: '2025-02-10T09:00' }, [answers([1, 1, 1, 1], [1, 1, 1])], 50);
    // Within the year but never marked delivered: not counted.
    await lecture({ topicId: 't-ecology', expertId: 'e-zhang', startsAt: '2026-02-12T09:00' }, [answers([1, 1, 1, 1], [1, 1, 1])]);
  });
  afterAll(() => f.table.drop());

  it('shows each topic’s and expert’s lectures and mean score of the past 12 months in the catalogue', async () => {
    const html = await page('/admin/catalogue');
    expect(near(html, '<tr data-id="t-party-history">', '</tr>')).toContain('近一年 1 场 · 3.75 分');
    expect(near(html, '<tr data-id="e-wang">', '</tr>')).toContain('近一年 1 场 · 4.00 分');
    expect(near(html, '<tr data-id="t-ecology">', '</tr>')).toContain('近一年未宣讲');
    expect(near(html, '<tr data-id="e-zhang">', '</tr>')).toContain('近一年未宣讲');
    // Fronts, units and themes get no score cell.
    expect(near(html, '<tr data-id="dongfeng-st">', '</tr>')).not.toContain('近一年');
  });

  it('shows the same figures beside each topic and expert option in the menu composer', async () => {
    const html = await page('/admin/menus?lang=en');
    expect(near(html, 'value="t-party-history"', '</div>')).toContain('Last 12 months: 1 lecture · 3.75');
    expect(near(html, 'name="experts:t-party-history" value="e-wang"', '</label>')).toContain('Last 12 months: 1 lecture · 4.00');
    expect(near(html, 'value="t-ecology"', '</div>')).toContain('No lecture in the last 12 months');
  });
});
