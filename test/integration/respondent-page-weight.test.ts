// The respondent's pages as a phone first receives them: at most 14 KB gzipped, one request, nothing from
// another host. Prints the sizes, so BENCHMARKS.md can record them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/kernel/clock.js';
import { DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { scheduleLecture } from '../../shared/lectures/schedule-lecture.js';
import { formatDistrictTime } from '../../shared/kernel/zoned-time.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { firstServed, PAGE_BUDGET_BYTES } from '../support/page-weight.js';

describe('respondent page weight', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let lectureId: string;

  beforeAll(async () => {
    table = await createTestTable();
    await seedDemoDistrict({ ...table.store, clock: systemClock });
    const lecture = await scheduleLecture(
      { ...table.store, clock: systemClock, newId: randomUUID, timeZone: 'Asia/Shanghai' },
      { topicId: 't-health', expertId: 'e-zhao', unitIds: ['health'], startsAt: formatDistrictTime(new Date(Date.now() - 3_600_000).toISOString(), 'Asia/Shanghai'), durationMinutes: 90, place: '区人民医院报告厅' },
    );
    lectureId = lecture.id;
    app = respondentAppFor(table.store);
  });
  afterAll(() => table.drop());


  it.each([
    ['needs survey', () => `/s/${DEMO_NEEDS_SURVEY_ID}`],
    ['needs survey (English)', () => `/s/${DEMO_NEEDS_SURVEY_ID}?lang=en`],
    ['feedback form', () => `/f/${lectureId}`],
    ['feedback form (English)', () => `/f/${lectureId}?lang=en`],
  ])('serves the %s in at most 14 KB gzipped, from this host only', async (name, path) => {
    const page = await firstServed(app, path());
    console.log(`page weight: ${name} ${page.gzipped} bytes gzipped`);
    expect(page.hosts).toEqual([]);
    expect(page.gzipped).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });
});
