// Words on the organizer's unit-link pages (单位专属链接 and its QR sheet) and the survey's answer-status
// page (填报情况), in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  title: '单位专属链接',
  notDone: '操作未完成',
  issued: '已生成新链接，旧链接已失效：',
  help: '每个单位一个专属链接（单位主页）：单位从这里填问卷、点菜单、看申报进度，无需登录、无需选择单位。更换链接后旧链接立即失效。',
  csv: '下载全部链接（CSV）',
  printQr: '打印二维码（A4）',
  unit: '单位',
  front: '战线',
  link: '专属链接',
  noneYet: '尚未生成',
  action: '操作',
  rotateLabel: '更换链接',
  issueLabel: '生成链接',
  rotate: '更换链接',
  issue: '生成链接',
  qrTitle: '单位专属链接二维码',
  qrHelp: '用浏览器打印（A4），每页 12 个单位，沿虚线裁开分发。',
  status: {
    title: '填报情况',
    totals: (units: number, answered: number, silent: number, responses: number) => `应填单位 ${units} 个，已填报 ${answered} 个，未填报 ${silent} 个；共 ${responses} 份答卷。`,
    unfiled: (n: number) => `（其中 ${n} 份未记在任何单位名下）`,
    csv: '下载填报情况（CSV）',
    silent: '未填报单位（按战线）',
    allAnswered: '所有单位均已填报。',
    reminder: '催办提醒（复制后发到工作群）',
    perUnit: '各单位填报情况',
    responses: '答卷数',
    latest: '最近填报',
    none: '未填报',
  },
};

export type UnitLinkMessages = typeof zh;

const en: UnitLinkMessages = {
  title: 'Unit links',
  notDone: 'Not done',
  issued: 'New link issued; the old one no longer works: ',
  help: 'Each unit has one secret link (its home page): surveys, the menu and its requests, with no sign-in and no unit to pick. Rotating a link stops the old one at once.',
  csv: 'Download all links (CSV)',
  printQr: 'Print QR codes (A4)',
  unit: 'Unit',
  front: 'Front',
  link: 'Link',
  noneYet: 'none yet',
  action: 'Action',
  rotateLabel: 'Rotate link',
  issueLabel: 'Issue link',
  rotate: 'Rotate',
  issue: 'Issue',
  qrTitle: 'Unit link QR codes',
  qrHelp: 'Print on A4 from the browser: 12 units a page; cut along the dashed lines.',
  status: {
    title: 'Who has answered',
    totals: (units, answered, silent, responses) => `${units} units expected, ${answered} answered, ${silent} silent; ${responses} responses in all.`,
    unfiled: (n) => ` (${n} filed under no unit)`,
    csv: 'Download (CSV)',
    silent: 'Silent units, by front',
    allAnswered: 'Every unit has answered.',
    reminder: 'Reminder (copy into the group chat)',
    perUnit: 'Per unit',
    responses: 'Responses',
    latest: 'Latest',
    none: 'none',
  },
};

export function unitLinkMessages(locale: Locale): UnitLinkMessages {
  return locale === 'en' ? en : zh;
}
