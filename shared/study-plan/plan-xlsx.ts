// The year's plan as a workbook for the office: the plan by month (sessions, held or not, flagged months),
// then attendance by person and by unit. Text and numbers only, never formulas; no ids in the file.
import { loadExcelJs } from '../kernel/exceljs.js';
import type { Locale } from '../kernel/locale.js';
import { percentCell } from '../kernel/csv.js';
import { zoneName } from '../i18n/zone-names.js';
import { studyPlanMessages } from '../i18n/study-plan-messages.js';
import type { AttendanceRow, StudyPlanView } from './plan-view.js';

export async function studyPlanXlsx(view: StudyPlanView, timeZone: string, locale: Locale): Promise<Buffer> {
  const t = studyPlanMessages(locale);
  const zh = locale !== 'en';
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();

  const plan = workbook.addWorksheet(zh ? '年度计划' : 'Plan');
  plan.columns = [{ width: 8 }, { width: 20 }, { width: 36 }, { width: 12 }, { width: 24 }, { width: 24 }, { width: 10 }, { width: 10 }, { width: 30 }];
  plan.addRow([t.planTitle(view.year)]).font = { bold: true, size: 14 };
  plan.addRow([zh ? `计划 ${view.planned} 次，已举行 ${view.held} 次` : `${view.planned} planned, ${view.held} held`]);
  plan.addRow([]);
  const header = zh
    ? ['月份', `时间（${zoneName(timeZone, 'zh')}）`, '学习内容', '形式', '主讲', '地点', '状态', '签到', '提示']
    : ['Month', `Time (${zoneName(timeZone, 'en')})`, 'Content', 'Form', 'Speaker', 'Place', 'Status', 'Signed in', 'Note'];
  plan.addRow(header).font = { bold: true };
  for (const month of view.months) {
    if (month.sessions.length === 0) plan.addRow([t.month(month.month), '', '', '', '', '', '', '', month.flag ? t.flags[month.flag] : '']);
    month.sessions.forEach((s, i) =>
      plan.addRow([
        i === 0 ? t.month(month.month) : '',
        s.startsAt,
        s.title,
        s.form,
        s.speaker,
        s.place,
        t.statuses[s.status],
        s.signedIn !== undefined ? `${s.signedIn}/${s.attendees}` : '',
        i === 0 && month.flag ? t.flags[month.flag] : '',
      ]),
    );
  }

  const attendance = (name: string, rows: readonly AttendanceRow[], withPerson: boolean) => {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = withPerson ? [{ width: 14 }, { width: 28 }, { width: 32 }, { width: 10 }, { width: 10 }, { width: 10 }] : [{ width: 32 }, { width: 10 }, { width: 10 }, { width: 10 }];
    const head = zh ? ['应到（人次）', '实到（人次）', '出勤率'] : ['Expected', 'Attended', 'Rate'];
    sheet.addRow(withPerson ? (zh ? ['姓名', '职务', '单位', ...head] : ['Name', 'Post', 'Unit', ...head]) : [zh ? '单位' : 'Unit', ...head]).font = { bold: true };
    for (const r of rows) {
      const counts = [r.expected, r.attended, r.rate !== undefined ? percentCell(r.rate) : ''];
      sheet.addRow(withPerson ? [r.name, r.post ?? '', r.unit, ...counts] : [r.unit, ...counts]);
    }
  };
  attendance(zh ? '人员出勤' : 'By person', view.byPerson, true);
  attendance(zh ? '单位出勤' : 'By unit', view.byUnit, false);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
