// The words of the sign-in page (签到) and the organizer's sign-in sheet, in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  appName: '签到',
  title: '现场签到',
  help: '每部手机签到一次。',
  name: '姓名',
  unit: '单位',
  otherUnit: '其他单位（请填写）',
  otherUnitName: '单位名称',
  submit: '签到',
  sending: '正在签到…',
  retrying: '网络不畅，正在重试…',
  fixBelow: '请按提示修改后再签到：',
  doneTitle: '签到成功',
  doneBody: (at: string, zone: string) => `签到时间：${at}（${zone}）`,
  already: '这部手机已经签到。',
  windowNote: (from: string, to: string) => `签到时间：${from} 至 ${to}`,
  notOpenTitle: '签到尚未开始',
  notOpenBody: (at: string) => `签到从 ${at} 开始（开讲前一小时）。`,
  closedTitle: '签到已结束',
  closedBody: '这场活动的签到已经结束。',
  cancelledBody: '这场活动已取消，无需签到。',
  required: '请填写此项。',
  pickUnit: '请选择单位，或填写单位名称。',
  topic: '主题',
  speaker: '主讲',
  time: '时间',
  place: '地点',
  guest: '列席',
};

type SignInWords = typeof zh;

const en: SignInWords = {
  appName: 'Sign-in',
  title: 'Sign in',
  help: 'One sign-in per phone.',
  name: 'Name',
  unit: 'Unit',
  otherUnit: 'Another unit (type it)',
  otherUnitName: 'Unit name',
  submit: 'Sign in',
  sending: 'Signing in…',
  retrying: 'The network is slow; trying again…',
  fixBelow: 'Please correct the following, then sign in:',
  doneTitle: 'You are signed in',
  doneBody: (at: string, zone: string) => `Signed in at ${at} (${zone})`,
  already: 'This phone has signed in already.',
  windowNote: (from: string, to: string) => `Sign-in is open from ${from} to ${to}`,
  notOpenTitle: 'Sign-in has not opened yet',
  notOpenBody: (at: string) => `Sign-in opens at ${at} (an hour before the start).`,
  closedTitle: 'Sign-in has closed',
  closedBody: 'Sign-in for this event has closed.',
  cancelledBody: 'This event was cancelled; there is nothing to sign in to.',
  required: 'Please fill this in.',
  pickUnit: 'Choose your unit, or type its name.',
  topic: 'Topic',
  speaker: 'Speaker',
  time: 'Time',
  place: 'Place',
  guest: 'Guest',
};

export function signInMessages(locale: Locale): SignInWords {
  return locale === 'en' ? en : zh;
}
