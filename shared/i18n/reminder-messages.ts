// Words of the reminder panel (催办) on the survey and menu status boards and the lecture page, and of units' contacts, in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  heading: '催办未办理单位',
  help: (gapHours: number) => `为每个尚未办理的单位生成一条带本单位专属链接的提醒，复制后发给该单位联系人；同时通知工作群。${gapHours} 小时内催办过的单位不会重复提醒，已办理的单位不会收到提醒。`,
  remind: '催办未办理单位',
  result: (sent: number, skipped: number) => `本次催办 ${sent} 个单位${skipped > 0 ? `；${skipped} 个单位近期已催办过，本次跳过` : ''}。`,
  noneToSend: '没有需要催办的单位。',
  messageLabel: (unit: string) => `发给${unit}的提醒`,
  copy: '复制',
  copied: '已复制',
  contact: '联系人',
  noContact: '未填',
  notDone: '催办未完成',
  feedback: {
    heading: '催办反馈',
    help: (gapHours: number) => `这场宣讲还没有收到任何反馈。为每个承办单位生成一条带本单位专属链接的提醒（链接直达本单位页面上的这场宣讲和它的反馈链接），复制后发给该单位联系人，请其转发给听众；同时通知工作群。${gapHours} 小时内催办过的单位不会重复提醒；收到反馈后不再催办。`,
    remind: '催办反馈',
  },
};

export type ReminderMessages = typeof zh;

const en: ReminderMessages = {
  heading: 'Remind the units',
  help: (gapHours) => `Each unit that has not answered gets a message with its own link, to send to its contact person; the group robots are told too. Units reminded within ${gapHours} hours are not reminded again; units that answered never are.`,
  remind: 'Remind the silent units',
  result: (sent, skipped) => `${sent} units reminded${skipped > 0 ? `; ${skipped} reminded recently, skipped this time` : ''}.`,
  noneToSend: 'No unit to remind.',
  messageLabel: (unit) => `Message for ${unit}`,
  copy: 'Copy',
  copied: 'Copied',
  contact: 'Contact',
  noContact: 'none',
  notDone: 'Not reminded',
  feedback: {
    heading: 'Remind about feedback',
    help: (gapHours) => `No feedback on this lecture yet. Each host unit gets a message with its own link (to this lecture on the unit’s page, with its feedback link), to send to its contact person, who passes it on to the listeners; the group robots are told too. Units reminded within ${gapHours} hours are not reminded again; once feedback comes in, nobody is.`,
    remind: 'Remind the host units',
  },
};

export function reminderMessages(locale: Locale): ReminderMessages {
  return locale === 'en' ? en : zh;
}
