// Each event as a notice, in the words a district's group chat reads: Chinese, district time named in
// words (北京时间), names never ids. Secret links (a unit's, an expert's) never go into a notice: a
// group robot posts to a whole group; those links are sent to their owners one by one.
import { createHash } from 'node:crypto';
import { zoneName } from '../i18n/zone-names.js';
import type { Lecture } from '../lectures/lecture-schema.js';
import type { ChangedField } from '../lectures/change-lecture.js';
import { districtMinute } from '../kernel/zoned-time.js';
import type { NoticeDraft } from './notice-schema.js';

export interface NoticeContext {
  timeZone: string;
  /** The public base URL (links to survey forms; the dashboard's lecture page for organizers). */
  baseUrl: string;
}

/** A time as group chats read it: district minute and the zone in words. */
export const when = (iso: string, ctx: NoticeContext) => `${districtMinute(iso, ctx.timeZone)}（${zoneName(ctx.timeZone, 'zh')}）`;
const units = (lecture: Pick<Lecture, 'units'>) => lecture.units.map((u) => u.name).join('、');

/** A notice id made from what makes the notice one of a kind (a decline, a deadline), so making it twice makes it once. */
export function onceId(kind: string, ...parts: string[]): string {
  return `${kind}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}

function lectureLines(lecture: Lecture, ctx: NoticeContext): string[] {
  return [`课题：${lecture.topicTitle}`, `主讲：${lecture.expertName}`, `时间：${when(lecture.startsAt, ctx)}，${lecture.durationMinutes} 分钟`, `地点：${lecture.place}`, `承办单位：${units(lecture)}`];
}

export function lectureScheduledNotice(lecture: Lecture, ctx: NoticeContext): NoticeDraft {
  return {
    event: 'lecture-scheduled',
    about: { kind: 'lecture', id: lecture.id },
    message: {
      title: `【宣讲排期】${lecture.topicTitle}`,
      lines: [...lectureLines(lecture, ctx), `请${lecture.expertName}老师通过本人专属链接确认接单；请承办单位做好场地和人员组织。`],
      links: [],
    },
  };
}

const FIELD_WORDS: Record<ChangedField, string> = { startsAt: '时间', durationMinutes: '时长', place: '地点', expertId: '主讲专家', unitIds: '承办单位', notes: '备注' };

export function lectureChangedNotice(before: Lecture, after: Lecture, changed: readonly ChangedField[], reasked: boolean, ctx: NoticeContext): NoticeDraft {
  const was: string[] = [];
  if (changed.includes('startsAt') || changed.includes('durationMinutes')) was.push(`原时间：${when(before.startsAt, ctx)}，${before.durationMinutes} 分钟`);
  if (changed.includes('place')) was.push(`原地点：${before.place}`);
  if (changed.includes('expertId')) was.push(`原主讲：${before.expertName}`);
  if (changed.includes('unitIds')) was.push(`原承办单位：${units(before)}`);
  return {
    event: 'lecture-changed',
    about: { kind: 'lecture', id: after.id },
    message: {
      title: `【宣讲变更】${after.topicTitle}`,
      lines: [`变更内容：${changed.map((f) => FIELD_WORDS[f]).join('、')}`, ...lectureLines(after, ctx), ...was, ...(reasked ? [`请${after.expertName}老师通过本人专属链接重新确认接单。`] : [])],
      links: [],
    },
  };
}

export function lectureCancelledNotice(lecture: Lecture, ctx: NoticeContext): NoticeDraft {
  return {
    event: 'lecture-cancelled',
    about: { kind: 'lecture', id: lecture.id },
    message: {
      title: `【宣讲取消】${lecture.topicTitle}`,
      lines: [...lectureLines(lecture, ctx), ...(lecture.cancelReason ? [`取消原因：${lecture.cancelReason}`] : []), `请${lecture.expertName}老师和承办单位知悉。`],
      links: [],
    },
  };
}

// An exchange meeting's presenting units have no channel of their own (only their secret links, which
// never go into a group's message): its notices go to the group robots, naming the units.

/** What a meeting's notice says of it (shared/essays sits on this floor too, so its type is not imported). */
export interface MeetingFacts {
  id: string;
  title: string;
  themeName: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  presentations: readonly { unitName: string }[];
  experts: readonly { name: string }[];
  cancelReason?: string;
}

/** The fields a meeting's change can move (as change-exchange-meeting.ts names them). */
export type MeetingField = 'startsAt' | 'durationMinutes' | 'place' | 'themeId' | 'frontId' | 'presentations' | 'experts';

function meetingLines(meeting: MeetingFacts, ctx: NoticeContext): string[] {
  return [
    `主题：${meeting.themeName}`,
    `时间：${when(meeting.startsAt, ctx)}，${meeting.durationMinutes} 分钟`,
    `地点：${meeting.place}`,
    `交流单位：${meeting.presentations.map((p) => p.unitName).join('、')}`,
    ...(meeting.experts.length > 0 ? [`点评专家：${meeting.experts.map((e) => e.name).join('、')}`] : []),
  ];
}

const MEETING_FIELD_WORDS: Record<MeetingField, string> = { startsAt: '时间', durationMinutes: '时长', place: '地点', themeId: '主题', frontId: '战线', presentations: '交流单位和文章', experts: '点评专家' };

export function meetingChangedNotice(before: MeetingFacts, after: MeetingFacts, changed: readonly MeetingField[], ctx: NoticeContext): NoticeDraft {
  const was: string[] = [];
  if (changed.includes('startsAt') || changed.includes('durationMinutes')) was.push(`原时间：${when(before.startsAt, ctx)}，${before.durationMinutes} 分钟`);
  if (changed.includes('place')) was.push(`原地点：${before.place}`);
  if (changed.includes('presentations')) was.push(`原交流单位：${before.presentations.map((p) => p.unitName).join('、')}`);
  return {
    event: 'meeting-changed',
    about: { kind: 'exchange-meeting', id: after.id },
    message: { title: `【交流会变更】${after.title}`, lines: [`变更内容：${changed.map((f) => MEETING_FIELD_WORDS[f]).join('、')}`, ...meetingLines(after, ctx), ...was, '请交流单位和点评专家知悉。'], links: [] },
  };
}

export function meetingCancelledNotice(meeting: MeetingFacts, ctx: NoticeContext): NoticeDraft {
  return {
    event: 'meeting-cancelled',
    about: { kind: 'exchange-meeting', id: meeting.id },
    message: { title: `【交流会取消】${meeting.title}`, lines: [...meetingLines(meeting, ctx), ...(meeting.cancelReason ? [`取消原因：${meeting.cancelReason}`] : []), '请交流单位和点评专家知悉。'], links: [] },
  };
}

/** To the organizers' group: who declined what and why, with the lecture's dashboard page to reassign it. */
export function expertDeclinedNotice(lecture: Lecture, ctx: NoticeContext): NoticeDraft {
  return {
    id: onceId('declined', lecture.id, lecture.assignmentAt ?? ''),
    event: 'expert-declined',
    about: { kind: 'lecture', id: lecture.id },
    message: {
      title: `【专家婉拒·待派单】${lecture.topicTitle}`,
      lines: [`${lecture.expertName}老师婉拒了这场宣讲。`, `婉拒原因：${lecture.declineReason ?? '（未说明）'}`, ...lectureLines(lecture, ctx).slice(2), '请尽快更换专家或调整时间，重新派单。'],
      links: [{ label: '宣讲安排（组织者后台）', url: `${ctx.baseUrl}/admin/lectures/${lecture.id}` }],
    },
  };
}

export function surveyOpenedNotice(survey: { id: string; title: string }, closesAt: string | undefined, ctx: NoticeContext): NoticeDraft {
  return {
    event: 'survey-opened',
    about: { kind: 'survey', id: survey.id },
    message: {
      title: `【问卷发布】《${survey.title}》`,
      lines: [closesAt ? `填报截止：${when(closesAt, ctx)}` : '请各单位及时填报。', '各单位可通过本单位专属链接填写（已填好单位），也可用下面的链接。'],
      links: [{ label: '问卷链接', url: `${ctx.baseUrl}/s/${survey.id}` }],
    },
  };
}

export function menuOpenedNotice(menu: { id: string; title: string; orderDeadline: string }, ctx: NoticeContext): NoticeDraft {
  return {
    event: 'menu-opened',
    about: { kind: 'menu', id: menu.id },
    message: { title: `【菜单发布】《${menu.title}》`, lines: [`点单截止：${when(menu.orderDeadline, ctx)}`, '请各单位通过本单位专属链接查看菜单并点单。'], links: [] },
  };
}

export function closingNotice(kind: 'survey' | 'menu', target: { id: string; title: string }, closesAt: string, ctx: NoticeContext): NoticeDraft {
  const survey = kind === 'survey';
  return {
    id: onceId('closing', kind, target.id, closesAt),
    event: survey ? 'survey-closing' : 'menu-closing',
    about: { kind, id: target.id },
    message: {
      title: `【即将截止】《${target.title}》`,
      lines: [`${survey ? '填报' : '点单'}将于 ${when(closesAt, ctx)} 截止，请尚未${survey ? '填报' : '点单'}的单位抓紧。`],
      links: survey ? [{ label: '问卷链接', url: `${ctx.baseUrl}/s/${target.id}` }] : [],
    },
  };
}

/** A reminder round, for the group: which units were reminded (each got its own link separately). */
export function reminderNotice(target: { kind: 'survey' | 'menu' | 'lecture'; id: string; title: string }, unitNames: readonly string[]): NoticeDraft {
  const doing = target.kind === 'survey' ? '填报' : target.kind === 'menu' ? '点单' : '组织反馈';
  return {
    event: 'reminder',
    about: { kind: target.kind, id: target.id },
    message: {
      title: `【催办】《${target.title}》`,
      lines: [`以下 ${unitNames.length} 个单位尚未${doing}：${unitNames.join('、')}。`, '提醒和本单位专属链接已分别发给各单位联系人，请抓紧办理。'],
      links: [],
    },
  };
}
