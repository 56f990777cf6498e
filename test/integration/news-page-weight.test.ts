// The public briefing pages (学习动态) as a phone first receives them: a full list page (30 long titles)
// and the longest briefing (5,000 characters, 9 photos) each in at most 14 KB gzipped before images,
// one request, nothing from another host. Prints the sizes for BENCHMARKS.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_LIMITS } from '../../shared/briefings/briefing-schema.js';
import { NEWS_PAGE_SIZE } from '../../functions/respondent/routes/news-pages.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { chineseText, publishedBriefing } from '../support/news-fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { firstServed, PAGE_BUDGET_BYTES } from '../support/page-weight.js';

describe('briefing page weight', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let longest: string;

  beforeAll(async () => {
    table = await createTestTable();
    for (let i = 0; i < NEWS_PAGE_SIZE + 5; i++) {
      await publishedBriefing(table.store, { title: chineseText(BRIEFING_LIMITS.title, i + 100).replace(/\n/g, ''), date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, text: '短讯。' });
    }
    longest = (await publishedBriefing(table.store, { title: chineseText(BRIEFING_LIMITS.title, 3).replace(/\n/g, ''), date: '2026-12-06', text: chineseText(BRIEFING_LIMITS.text), photos: BRIEFING_LIMITS.photos })).briefingId;
    app = respondentAppFor(table.store);
  }, 120_000);
  afterAll(() => table.drop());


  it.each([
    ['briefing list (a full page)', () => '/news'],
    ['briefing list (English)', () => '/news?lang=en'],
    ['longest briefing (5,000 characters, 9 photos)', () => `/news/${longest}`],
  ])('serves the %s in at most 14 KB gzipped, from this host only', async (name, path) => {
    const page = await firstServed(app, path());
    console.log(`page weight: ${name} ${page.gzipped} bytes gzipped`);
    expect(page.hosts).toEqual([]);
    expect(page.gzipped).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });

  it('Should show a page of briefings at a time, the rest a link away', async () => {
    const first = await firstServed(app, '/news');
    expect(first.html.match(/<li>/g)).toHaveLength(NEWS_PAGE_SIZE);
    expect(first.html).toContain('href="/news?page=2"');
    const second = await firstServed(app, '/news?page=2');
    expect(second.html.match(/<li>/g)).toHaveLength(6);
    expect(second.html).toContain('href="/news?page=1"');
  });
});
