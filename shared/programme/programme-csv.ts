// The programme's CSV downloads, with Chinese headers like the other exports (BOM, formulas neutralised by csvRows).
// Rows name units, topics and experts as people do; the ids stay in the JSON API.
import { csvRows } from '../kernel/csv.js';
import { programmeMessages } from '../i18n/programme-messages.js';
import { slotLabels } from '../templates/weekly-slots.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../catalogue/lecture-formats.js';
import type { RequestBoard } from './request-board.js';
import type { StatusBoard } from './status-board.js';
import type { UnitLinkRow } from '../unit-links/unit-link-list.js';


export function unitLinksCsv(rows: readonly UnitLinkRow[]): string {
  return csvRows([['单位名称', '战线', '专属链接', '发放时间'], ...rows.map((r) => [r.name, r.frontName, r.url ?? '（尚未生成）', r.issuedAt?.replace('T', ' ') ?? ''])], { bom: true });
}

export function requestBoardCsv(board: RequestBoard, timeZone: string): string {
  const menu = board.menu;
  const topic = (id: string) => menu.items.find((i) => i.topicId === id);
  const expert = (topicId: string, expertId: string) => topic(topicId)?.experts.find((e) => e.id === expertId)?.name ?? expertId;
  const label = (list: readonly { id: string; label: string }[], id?: string) => (id ? (list.find((x) => x.id === id)?.label ?? id) : '');
  const picks = Array.from({ length: menu.maxPicks }, (_, i) => `第${i + 1}志愿`);
  const header = ['单位', '战线', ...picks, '预计人数', '形式', '方式', '希望时间', '联系人', '联系电话', '备注', '状态', '说明', '版本', '提交时间'];
  const rows = board.rows.map((r) => [
    r.unitName,
    r.frontName ?? '',
    ...picks.map((_, i) => {
      const p = r.picks[i];
      if (!p) return '';
      const title = topic(p.topicId)?.title ?? p.topicId;
      return p.expertId ? `${title}（${expert(p.topicId, p.expertId)}）` : title;
    }),
    r.audience,
    label(LECTURE_FORMATS, r.format),
    label(LECTURE_MANNERS, r.manner),
    slotLabels(r.preferredTimes ?? [], 'zh').join('、'),
    r.contact.name,
    r.contact.phone,
    r.note ?? '',
    programmeMessages('zh').status[r.status] ?? '',
    r.statusReason ?? '',
    r.version,
    formatDistrictTime(r.submittedAt, timeZone).replace('T', ' '),
  ]);
  return csvRows([header, ...rows], { bom: true });
}

export function statusBoardCsv(board: StatusBoard, timeZone: string): string {
  return csvRows(
    [
      ['单位名称', '战线', '答卷数', '最近填报时间', '是否已填报'],
      ...board.units.map((u) => [u.name, u.frontName, u.responses, u.lastResponseAt ? formatDistrictTime(u.lastResponseAt, timeZone).replace('T', ' ') : '', u.responses > 0 ? '已填报' : '未填报']),
    ],
    { bom: true },
  );
}
