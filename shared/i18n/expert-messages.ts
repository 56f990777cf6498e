// Words of the expert's own page (/e/{key}, 专家专属链接) and of the organizers' expert-link pages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  appName: '宣讲安排',
  title: (name: string) => `${name}老师的宣讲安排`,
  intro: '组织者为您安排了以下宣讲。请逐场确认：可以按时宣讲请点“接单”；如不能前来，请点“婉拒”并写明原因，组织者会另行安排。',
  none: '目前没有为您安排的宣讲。',
  upcoming: '待宣讲',
  past: '近一年已结束',
  states: { pending: '待接单', accepted: '已接单', declined: '已婉拒', delivered: '已宣讲', cancelled: '已取消' },
  time: '时间',
  place: '地点',
  units: '单位',
  topic: '课题',
  status: '状态',
  notes: '说明',
  accept: '接单',
  acceptHelp: '确认按时前往宣讲。接单后如有变化，请直接与组织者联系。',
  decline: '婉拒',
  declineReason: '婉拒原因（必填）',
  declineHelp: '例如时间冲突、身体原因。组织者会看到原因并另行安排。',
  declinedBecause: (reason: string) => `婉拒原因：${reason}`,
  cancelledBecause: (reason?: string) => (reason ? `取消原因：${reason}` : ''),
  accepted: '已接单，谢谢您！组织者已收到。',
  declined: '已婉拒，组织者已收到您的原因。',
  linkGone: '找不到这个专家链接',
  linkGoneBody: '链接有误，或已被组织者更换。请向组织者索取新链接。',
  back: '返回我的宣讲安排',
  duration: (minutes: number) => `${minutes} 分钟`,
};

type ExpertMessages = typeof zh;

const en: ExpertMessages = {
  appName: 'Lecture assignments',
  title: (name: string) => `Lectures for ${name}`,
  intro: 'The organizers have arranged these lectures for you. Please answer each: “Accept” if you can give it; “Decline” with a reason if you cannot, and the organizers will arrange another speaker.',
  none: 'No lectures are arranged for you at present.',
  upcoming: 'Coming up',
  past: 'Past year',
  states: { pending: 'Awaiting your answer', accepted: 'Accepted', declined: 'Declined', delivered: 'Delivered', cancelled: 'Cancelled' },
  time: 'Time',
  place: 'Place',
  units: 'Units',
  topic: 'Topic',
  status: 'Status',
  notes: 'Notes',
  accept: 'Accept',
  acceptHelp: 'You will give this lecture. Should anything change later, please call the organizers.',
  decline: 'Decline',
  declineReason: 'Why you cannot come (required)',
  declineHelp: 'For example another engagement or health. The organizers will see it and arrange someone else.',
  declinedBecause: (reason: string) => `Declined: ${reason}`,
  cancelledBecause: (reason?: string) => (reason ? `Reason: ${reason}` : ''),
  accepted: 'Accepted, thank you. The organizers have your answer.',
  declined: 'Declined; the organizers have your reason.',
  linkGone: 'This expert link does not exist',
  linkGoneBody: 'It is mistyped or the organizers replaced it. Ask them for the new link.',
  back: 'Back to my lectures',
  duration: (minutes: number) => `${minutes} min`,
};

export function expertMessages(locale: Locale): ExpertMessages {
  return locale === 'en' ? en : zh;
}

/** The organizers' expert-link pages. */
const linksZh = {
  title: '专家专属链接',
  help: '每位专家一个专属链接：专家从这里查看为其安排的宣讲，逐场“接单”或“婉拒”，无需登录。更换链接后旧链接立即失效。请只把链接单独发给专家本人，不要发到群里。',
  download: '下载全部链接（CSV）',
  printQr: '打印二维码（A4）',
  expert: '专家',
  titleColumn: '职务',
  organisation: '工作单位',
  link: '专属链接',
  issuedAt: '发放时间',
  action: '操作',
  none: '尚未生成',
  issue: '生成链接',
  rotate: '更换链接',
  issued: '已生成新链接，旧链接已失效：',
  notDone: '操作未完成',
  qrTitle: '专家专属链接二维码',
  qrHelp: '用浏览器打印（A4），每页 12 位专家，沿虚线裁开，单独交给专家本人。',
};
const linksEn: typeof linksZh = {
  title: 'Expert links',
  help: 'Each expert has one secret link: the lectures arranged for them, each to accept or decline, with no sign-in. Rotating a link stops the old one at once. Send each link to its expert alone, never to a group.',
  download: 'Download all links (CSV)',
  printQr: 'Print QR codes (A4)',
  expert: 'Expert',
  titleColumn: 'Title',
  organisation: 'Organisation',
  link: 'Link',
  issuedAt: 'Issued',
  action: 'Action',
  none: 'none yet',
  issue: 'Issue link',
  rotate: 'Rotate link',
  issued: 'New link issued; the old one no longer works: ',
  notDone: 'Not done',
  qrTitle: 'Expert link QR codes',
  qrHelp: 'Print on A4 from the browser: 12 experts a page; cut along the dashed lines and hand each to its expert.',
};

export function expertLinkMessages(locale: Locale): typeof linksZh {
  return locale === 'en' ? linksEn : linksZh;
}
