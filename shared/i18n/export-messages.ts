// Words on the export form and the export job's page, in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  exportAll: '导出全部答卷',
  exportHint: '答卷较多时在后台生成文件，完成后在任务页下载。可按单位、战线和提交时间（区县时间）筛选。',
  from: '提交时间从',
  to: '提交时间至（不含）',
  includeInvalid: '包括无效答卷',
  start: '开始导出',
  job: '导出任务',
  status: { queued: '排队中', running: '正在导出', done: '已完成', failed: '导出失败' } as Record<string, string>,
  rowsLabel: '已写入行数：',
  progress: '导出进度',
  download: (bytes: number) => `下载文件（${(bytes / 1024 / 1024).toFixed(1)} MB）`,
  failed: '文件未能生成，没有留下不完整的文件。请重新导出。',
  again: '重新导出',
  refresh: '刷新',
  autoRefresh: '本页每 3 秒自动刷新。',
  back: '返回报告',
  filters: '筛选条件',
  everything: '全部答卷',
};

const en: typeof zh = {
  exportAll: 'Export all responses',
  exportHint: 'For many responses the file is made in the background; download it from the job page when it is done. Filter by unit, front and submission time (district time).',
  from: 'Submitted from',
  to: 'Submitted before',
  includeInvalid: 'Include invalid responses',
  start: 'Start export',
  job: 'Export job',
  status: { queued: 'Queued', running: 'Exporting', done: 'Done', failed: 'Failed' },
  rowsLabel: 'Rows written: ',
  progress: 'Export progress',
  download: (bytes) => `Download the file (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
  failed: 'The file could not be made; no partial file was kept. Please export again.',
  again: 'Export again',
  refresh: 'Refresh',
  autoRefresh: 'This page refreshes every 3 seconds.',
  back: 'Back to the report',
  filters: 'Filters',
  everything: 'All responses',
};

export function exportMessages(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}
