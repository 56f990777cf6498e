// Words for a survey's life on the dashboard: confirmations, copy, reopen, archive, the list's filters.
import type { Locale } from '../kernel/locale.js';

const zh = {
  lifecycle: '问卷操作',
  publish: '发布问卷…',
  close: '结束收集…',
  reopen: '重新开始收集…',
  copy: '复制为新问卷',
  copyHelp: '复制出一份新的草稿：题目与原问卷完全相同，不带任何答卷、设置和访问码，可以自由修改。',
  archive: '归档',
  unarchive: '取消归档',
  archiveHelp: '归档只是把问卷从列表中收起，不影响收集状态、链接和答卷。',
  archivedNote: '这份问卷已归档。',
  confirmTitle: { publish: '确认发布问卷', close: '确认结束收集', reopen: '确认重新开始收集' } as Record<string, string>,
  confirmMeans: {
    publish: [
      '发布后，任何拿到链接或二维码的人都可以填写。',
      '题目从此冻结，不能再修改（已收到的答卷必须与题目一致）；如需修改，只能复制为新问卷。',
      '发布后可以随时结束收集。',
    ],
    close: [
      '结束后，受访者打开链接会看到“问卷已结束”，不能再提交。',
      '已收到的答卷和报告全部保留。',
      '之后可以重新开始收集（题目仍然冻结）。',
    ],
    reopen: [
      '重新开始后，受访者又可以通过原链接和二维码提交答卷。',
      '题目仍然冻结，已收到的答卷继续计入报告。',
      '如果设置里的截止时间已过，请同时修改截止时间，否则仍然无法提交。',
    ],
  } as Record<string, string[]>,
  confirmButton: { publish: '确认发布', close: '确认结束收集', reopen: '确认重新开始' } as Record<string, string>,
  cancel: '返回，不做任何改动',
  search: '查找问卷',
  searchLabel: '关键词',
  kindLabel: '类型',
  statusLabel: '状态',
  yearLabel: '年度',
  any: '全部',
  showArchive: '查看归档',
  hideArchive: '返回未归档的问卷',
  apply: '筛选',
  counts: (c: { all: number; draft: number; published: number; closed: number; archived: number }) =>
    `共 ${c.all} 份：草稿 ${c.draft}、收集中 ${c.published}、已结束 ${c.closed}；已归档 ${c.archived} 份。`,
  noMatch: '没有符合条件的问卷。',
};

const en: typeof zh = {
  lifecycle: 'Survey actions',
  publish: 'Publish…',
  close: 'Stop collecting…',
  reopen: 'Collect again…',
  copy: 'Copy as a new survey',
  copyHelp: 'Makes a new draft with exactly these questions and none of the responses, settings or access codes; you can change it freely.',
  archive: 'Archive',
  unarchive: 'Unarchive',
  archiveHelp: 'Archiving only tucks the survey away in the list; its status, link and responses stay as they are.',
  archivedNote: 'This survey is archived.',
  confirmTitle: { publish: 'Publish this survey?', close: 'Stop collecting?', reopen: 'Collect again?' },
  confirmMeans: {
    publish: [
      'Anyone with the link or QR code can answer once it is published.',
      'Its questions are frozen from then on (stored responses must match them); to change them, copy it as a new survey.',
      'You can stop collecting at any time.',
    ],
    close: [
      'Respondents who open the link are told the survey has ended and cannot submit.',
      'Every stored response and the report stay.',
      'You can collect again later (the questions stay frozen).',
    ],
    reopen: [
      'Respondents can submit again through the same link and QR code.',
      'The questions stay frozen; the stored responses keep counting.',
      'If the closing time in the settings has passed, change it too, or submissions stay refused.',
    ],
  },
  confirmButton: { publish: 'Publish', close: 'Stop collecting', reopen: 'Collect again' },
  cancel: 'Go back without changing anything',
  search: 'Find surveys',
  searchLabel: 'Words in the title',
  kindLabel: 'Kind',
  statusLabel: 'Status',
  yearLabel: 'Year',
  any: 'Any',
  showArchive: 'Show the archive',
  hideArchive: 'Back to surveys not archived',
  apply: 'Filter',
  counts: (c) => `${c.all} surveys: ${c.draft} draft, ${c.published} collecting, ${c.closed} closed; ${c.archived} archived.`,
  noMatch: 'No survey matches.',
};

export type SurveyLifecycleMessages = typeof zh;

export function surveyLifecycleMessages(locale: Locale): SurveyLifecycleMessages {
  return locale === 'en' ? en : zh;
}
