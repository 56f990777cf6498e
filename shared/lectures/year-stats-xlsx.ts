// 年度统计 as a workbook: one sheet per list (experts, units, uncovered units and fronts, topics, 红花榜).
// Cells are text or numbers, never formulas (exceljs writes a string starting with = as text).
import { yearMessages } from '../i18n/record-messages.js';
import { lectureMessages } from '../i18n/lecture-messages.js';
import { percentCell } from '../kernel/csv.js';
import { loadExcelJs } from '../kernel/exceljs.js';
import type { Locale } from '../kernel/locale.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { DIMENSIONS } from '../survey/survey-schema.js';
import { scoreCell } from './scorecards.js';
import { HONOUR_ROLL_SIZE, RANKED_MIN_FEEDBACK, type YearStats } from './year-stats.js';

type Row = (string | number)[];

export async function yearStatsXlsx(stats: YearStats, timeZone: string, locale: Locale): Promise<Buffer> {
  const t = yearMessages(locale);
  const l = lectureMessages(locale);
  const dims = DIMENSIONS.map((d) => l.dimension[d] ?? d);
  const share = (s: number | undefined) => (s === undefined ? '' : percentCell(s));
  const met = (m: boolean | undefined) => (m === undefined ? t.noTarget : m ? t.metYes : t.metNo);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, title: string, header: string[], rows: Row[]) => {
    const ws = workbook.addWorksheet(name);
    ws.columns = header.map((_, i) => ({ width: i === 0 ? 28 : 14 }));
    ws.addRow([title]).font = { bold: true, size: 14 };
    ws.addRow(header).font = { bold: true };
    for (const row of rows) ws.addRow(row);
  };
  sheet(t.experts, `${t.title(stats.year)} · ${t.experts}`, [t.expert, t.target, t.done, t.scheduled, t.met, t.attendance, t.signIns, t.feedback, ...dims, t.satisfaction], stats.experts.map((e) => [e.name, e.target ?? '', e.delivered, e.scheduled, met(e.met), e.attendance, e.signIns, e.feedback, ...DIMENSIONS.map((d) => scoreCell(e, d, locale)), share(e.satisfaction)]));
  sheet(t.units, `${t.title(stats.year)} · ${t.units}`, [t.unit, t.front, t.target, t.received, t.scheduled, t.met], stats.units.map((u) => [u.name, u.frontName, u.target ?? '', u.received, u.scheduled, met(u.met)]));
  sheet(t.without, `${t.title(stats.year)} · ${t.without}`, [t.unitsWithout, t.front], [...stats.unitsWithout.map((u) => [u.name, u.frontName]), [], [t.frontsWithout], ...stats.frontsWithout.map((f) => [f.name])]);
  sheet(t.topicsOrdered, `${t.title(stats.year)} · ${t.topicsOrdered}`, [t.topic, t.orders, t.delivered], stats.topicsOrdered.map((x) => [x.title, x.orders, x.delivered]));
  sheet(t.topicsBestRated, `${t.title(stats.year)} · ${t.topicsBestRated}（${t.rankHelp(RANKED_MIN_FEEDBACK)}）`, [t.topic, t.lectures, t.feedback, ...dims, t.satisfaction], stats.topicsBestRated.map((x) => [x.title, x.lectures, x.feedback, ...DIMENSIONS.map((d) => scoreCell(x, d, locale)), share(x.satisfaction)]));
  sheet(t.honourRoll, `${t.title(stats.year)} · ${t.honourRoll}（${t.honourHelp(RANKED_MIN_FEEDBACK)}）`, ['#', t.date, t.topic, t.expert, t.unit, t.feedback, ...dims, t.satisfaction], stats.honourRoll.slice(0, HONOUR_ROLL_SIZE).map((h, i) => [i + 1, districtDateTime(h.startsAt, timeZone).slice(0, 10), h.topicTitle, h.expertName, h.units.join('、'), h.feedback, ...DIMENSIONS.map((d) => scoreCell(h, d, locale)), share(h.satisfaction)]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
