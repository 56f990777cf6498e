// The words of the organizers' briefing pages (学习动态), in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  title: '学习动态',
  intro: '写好简短的学习动态，从活动台账中挑选照片，发布到本区公开的“学习动态”页面；每篇都可以按 A4 打印、下载 Word 文件转发。',
  publicPage: '公开页面',
  none: '还没有学习动态。',
  // The briefing's states (shared/briefings/briefing-schema.ts BRIEFING_STATUSES), by name.
  status: { draft: '草稿', published: '已发布', withdrawn: '已撤回' },
  columns: { title: '标题', date: '日期', status: '状态', updatedAt: '最后修改', open: '操作' },
  open: '打开',
  newTitle: '写一篇学习动态',
  fields: { title: '标题', date: '日期', text: '正文', eventId: '照片来自哪场活动', photoIds: '照片' },
  help: {
    title: '最多 60 个字。',
    date: '学习活动的日期，例如 2026-12-06。',
    text: '每段另起一行；最多 5000 字。',
    eventId: '选好活动并保存后，下面会列出这场活动台账里的照片。',
    photoIds: '勾选要放进学习动态的照片（最多 9 张，JPEG 或 PNG），按台账里的顺序排列。换一场活动并保存后，重新勾选。',
  },
  noEvent: '不放照片',
  /** Each event in the photo picker is labelled by its kind, so a session's record is told from a lecture's. */
  eventKinds: { lecture: '【专题讲座】', 'study-session': '【中心组学习】', 'exchange-meeting': '【交流会】' },
  noPhotos: '这场活动的台账里还没有照片：请先在宣讲页面的“台账”里上传。',
  webp: '（WebP，不能使用）',
  create: '保存草稿',
  save: '保存',
  edit: '修改内容',
  preview: '预览',
  publish: '发布',
  withdraw: '撤回',
  back: '返回学习动态列表',
  publishedAt: (at: string, zone: string) => `发布于 ${at}（${zone}）`,
  editWhilePublished: '已发布的学习动态不能直接修改：请先撤回，改好后再发布。',
  saved: '已保存。',
  published: '已发布：公开页面已经可以看到。',
  withdrawn: '已撤回：公开页面不再显示。',
  previewNote: '预览：这是发布后公开页面的样子（照片为台账原图，发布时会生成缩小版）。',
  word: '下载 Word 文件',
};

const en: typeof zh = {
  title: 'Briefings',
  intro: 'Write short briefings, pick photos from an event’s record and publish them on the district’s public briefings page; each prints on A4 and downloads as a Word file to forward.',
  publicPage: 'Public page',
  none: 'No briefing yet.',
  status: { draft: 'Draft', published: 'Published', withdrawn: 'Withdrawn' },
  columns: { title: 'Title', date: 'Date', status: 'Status', updatedAt: 'Last changed', open: 'Action' },
  open: 'Open',
  newTitle: 'Write a briefing',
  fields: { title: 'Title', date: 'Date', text: 'Text', eventId: 'Photos from the event', photoIds: 'Photos' },
  help: {
    title: 'At most 60 characters.',
    date: 'The day of the study, e.g. 2026-12-06.',
    text: 'One paragraph a line; at most 5,000 characters.',
    eventId: 'Choose the event and save: its record’s photos are then listed below.',
    photoIds: 'Tick the photos to show (at most 9, JPEG or PNG), in the record’s order. After choosing another event and saving, tick again.',
  },
  noEvent: 'No photos',
  eventKinds: { lecture: '[Lecture] ', 'study-session': '[Centre group study] ', 'exchange-meeting': '[Exchange meeting] ' },
  noPhotos: 'This event’s record has no photo yet: upload some under the record on the lecture’s page first.',
  webp: ' (WebP, cannot be used)',
  create: 'Save the draft',
  save: 'Save',
  edit: 'Edit',
  preview: 'Preview',
  publish: 'Publish',
  withdraw: 'Withdraw',
  back: 'Back to the briefings',
  publishedAt: (at: string, zone: string) => `Published ${at} (${zone})`,
  editWhilePublished: 'A published briefing cannot be edited: withdraw it, edit, then publish again.',
  saved: 'Saved.',
  published: 'Published: the public page shows it now.',
  withdrawn: 'Withdrawn: the public page no longer shows it.',
  previewNote: 'Preview: the public page will look like this (photos here are the record’s originals; smaller copies are made on publishing).',
  word: 'Download as Word',
};

export function briefingMessages(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}
