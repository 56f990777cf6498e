// Words of the lecture page's change form (修改安排) and of the expert's answer shown to organizers.
import type { Locale } from '../kernel/locale.js';

const zh = {
  change: '修改安排',
  changeHelp: '改期、换专家、换地点或调整承办单位。更换专家或改动时间后，专家需要重新接单（状态回到“待接单”）；只改地点、单位或备注不影响已接单。',
  save: '保存修改',
  saved: (n: number) => `已保存 ${n} 项修改。`,
  reasked: '专家需要重新接单。',
  nothing: '内容没有变化，未作修改。',
  assignment: '专家接单',
  declined: (reason: string) => `专家已婉拒：${reason}。请在下方“修改安排”中换一位专家或调整时间，重新派单。`,
  answeredAt: (at: string) => `（${at} 答复）`,
  fields: {
    startsAt: '请填写有效的开始时间。',
    durationMinutes: '时长应为 5 到 720 分钟的整数。',
    place: '请填写地点（不超过 200 字）。',
    expertId: '请从专家库中选择一位专家。',
    unitIds: '请至少选择一个承办单位。',
    notes: '备注不超过 2000 字。',
  } as Record<string, string>,
};

type Messages = typeof zh;

const en: Messages = {
  change: 'Change the arrangements',
  changeHelp: 'Move the lecture, change its expert or place, or its host units. A new expert or a new time asks the expert again (back to “awaiting the expert”); a new place, units or notes keep an accepted lecture accepted.',
  save: 'Save changes',
  saved: (n: number) => `${n} change(s) saved.`,
  reasked: 'The expert is asked to accept again.',
  nothing: 'Nothing differed; nothing was changed.',
  assignment: 'Expert’s answer',
  declined: (reason: string) => `The expert declined: ${reason}. Change the expert or the time below to reassign it.`,
  answeredAt: (at: string) => ` (answered ${at})`,
  fields: {
    startsAt: 'Give a valid start time.',
    durationMinutes: 'A whole number of minutes from 5 to 720.',
    place: 'Give the place (200 characters at most).',
    expertId: 'Choose an expert from the pool.',
    unitIds: 'Choose at least one host unit.',
    notes: 'Notes: 2,000 characters at most.',
  },
};

export function lectureChangeMessages(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
