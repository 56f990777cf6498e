import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/aggregate.js';
import { crossTab } from '../../shared/report/crosstab.js';
import { csvRows } from '../../shared/kernel/csv.js';
import { districtDateTime } from '../../shared/kernel/zoned-time.js';
import { recount } from '../../shared/report/recount.js';
import { crossTabCsv, reportCsv } from '../../shared/report/report-csv.js';
import { responsesCsv } from '../../shared/report/responses-csv.js';
import { receiptNumber } from '../../shared/responses/receipt.js';
import type { StoredResponse } from '../../shared/responses/response-store.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import type { Answers } from '../../shared/question-types/answers.js';

const NASTY = ['a,b', 'say "hi"', 'line1\nline2', 'crlf\r\nend', '👍🏽 emoji', '，。“”！？', '=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'];

function parseBack(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1), { relax_column_count: true });
}

describe('CSV', () => {
  it('keeps commas, quotes, newlines, emoji and Chinese punctuation intact, ends lines with CRLF', () => {
    const text = csvRows([NASTY.slice(0, 6)], { bom: true });
    expect(parseBack(text)).toEqual([NASTY.slice(0, 6)]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas, but not negative numbers', () => {
    const [row] = parseBack(csvRows([[...NASTY.slice(6), -5]], { bom: true }));
    expect(row).toEqual(["'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tTAB", "'\rCR", '-5']);
  });

  it('writes times in the district’s time zone', () => {
    expect(districtDateTime('2026-11-26T16:30:05.000Z')).toBe('2026-11-27 00:30:05');
    expect(districtDateTime('2026-11-26T16:30:05.000Z', 'UTC')).toBe('2026-11-26 16:30:05');
    // Across a daylight-saving change the offset follows the instant.
    expect(districtDateTime('2026-03-08T06:59:59.000Z', 'America/New_York')).toBe('2026-03-08 01:59:59');
    expect(districtDateTime('2026-03-08T07:00:00.000Z', 'America/New_York')).toBe('2026-03-08 03:00:00');
  });

  it('writes one row per response with 0/1 columns per option, a column per rank and per matrix row, all answers intact', async () => {
    const survey = everyTypeSurvey();
    const responses: StoredResponse[] = NASTY.map((text, i) => ({
      surveyId: survey.id,
      responseId: `r${i}`,
      submissionId: `s${i}`,
      submittedAt: '2026-11-26T16:30:05.000Z',
      unitId: 'u3',
      front: 'economy',
      answers: { ...(validAnswers() as Answers), text, single: { optionId: 'other', text } },
    }));
    async function* pages() {
      yield responses.slice(0, 5);
      yield [];
      yield responses.slice(5);
    }
    let text = '';
    for await (const chunk of responsesCsv(survey, pages(), { locale: 'zh', timeZone: 'Asia/Shanghai' })) text += chunk;
    const [header, ...rows] = parseBack(text);
    expect(header).toEqual([
      '提交时间（北京时间）', '单位', '战线', '单选',
      '多选 - X', '多选 - Y', '多选 - Z', '多选 - 其他', '多选',
      '排序 - 第1位', '排序 - 第2位', '评分', '矩阵 - 行一', '矩阵 - 行二',
      '时间 - 周一上午', '时间 - 周一下午', '时间 - 周二上午', '时间 - 周二下午', '时间', '建议', '人数', '回执编号', '无效答卷', '无效原因',
    ]);
    expect(rows).toHaveLength(NASTY.length);
    const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    rows.forEach((row, i) => {
      expect(row).toEqual([
        '2026-11-27 00:30:05', '商务局', '经济战线', neutral(`其他: ${NASTY[i]}`),
        '1', '0', '0', '宣讲 "快板"', 'X；其他: 宣讲 "快板"',
        '课题二', '课题一', '4', '5', '3',
        '1', '0', '0', '1', '周一上午；周二下午', neutral(NASTY[i]!), '30', receiptNumber(`r${i}`), '', '',
      ]);
    });
  });

  it('writes the report and the cross-tab with Chinese headers, English on request', () => {
    const survey = everyTypeSurvey();
    const response: StoredResponse = { surveyId: survey.id, responseId: 'r', submissionId: 's', submittedAt: '2026-11-26T00:00:00Z', unitId: 'u1', answers: validAnswers() as Answers };
    const units = [...recount(survey, [response])].map(([unitId, counters]) => ({ unitId, front: 'street', counters }));
    const report = parseBack(reportCsv(buildReport(survey, units), 'zh'));
    expect(report[0]).toEqual(['题号', '题目', '题型', '选项', '人次', '占比', '排第一次数', '排序得分', '平均分', '作答人数']);
    const n = (id: string) => `第 ${survey.questions.findIndex((q) => q.id === id) + 1} 题`;
    expect(report).toContainEqual([n('single'), '单选', '单选', 'A', '1', '100.0%', '', '', '', '1']);
    expect(report).toContainEqual([n('rank'), '排序', '排序', '课题二', '1', '100.0%', '1', '2', '', '1']);
    const cross = parseBack(crossTabCsv(crossTab(survey, units, 'front', 'single'), 'en', (f) => f));
    expect(cross).toEqual([
      ['front', 'responses', 'A', 'B', 'Other'],
      ['街道战线', '1', '1', '0', '0'],
      ['经济战线', '0', '0', '0', '0'],
    ]);
  });
});
