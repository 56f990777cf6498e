// Words on the report page, in both languages.
import type { Locale } from './locale.js';

const zh = {
  report: '需求报告',
  responses: (n: number) => `共收到 ${n} 份答卷`,
  latest: (at: string) => `最新一份提交于 ${at}`,
  none: '还没有答卷。',
  refresh: '刷新',
  filter: '筛选',
  allUnits: '全部单位',
  allFronts: '全部战线',
  unit: '单位',
  front: '战线',
  apply: '查看',
  downloads: '下载 CSV',
  reportCsv: '汇总表（每题每选项）',
  responsesCsv: '原始答卷（每份一行）',
  crossUnit: '按单位交叉表',
  crossFront: '按战线交叉表',
  summary: '需求概要',
  answered: (n: number) => `${n} 人作答`,
  mean: (m: string) => `平均 ${m} 分`,
  rankedFirst: (n: number) => `排第一 ${n} 次`,
  ranked: (n: number) => `入选 ${n} 次`,
  borda: (n: number) => `得分 ${n}`,
  numberFigures: (mean: string, min: string, max: string) => `平均 ${mean}，最小 ${min}，最大 ${max}`,
  average: (mean: string) => `平均 ${mean}`,
  score: (n: number) => `${n} 分`,
  textAnswers: '最近的文字回答',
  matrix: (q: string) => `各单位 × ${q}`,
  print: '打印本页（A4）',
  back: '返回问卷',
};

type ReportMessages = typeof zh;

const en: ReportMessages = {
  report: 'Demand report',
  responses: (n) => `${n} responses`,
  latest: (at) => `latest at ${at}`,
  none: 'No responses yet.',
  refresh: 'Refresh',
  filter: 'Filter',
  allUnits: 'All units',
  allFronts: 'All fronts',
  unit: 'Unit',
  front: 'Front',
  apply: 'Show',
  downloads: 'Download CSV',
  reportCsv: 'Summary (each question and option)',
  responsesCsv: 'Raw responses (one per row)',
  crossUnit: 'Cross-tab by unit',
  crossFront: 'Cross-tab by front',
  summary: 'Demand summary',
  answered: (n) => `${n} answered`,
  mean: (m) => `mean ${m}`,
  rankedFirst: (n) => `first ${n}×`,
  ranked: (n) => `ranked ${n}×`,
  borda: (n) => `score ${n}`,
  numberFigures: (mean, min, max) => `mean ${mean}, min ${min}, max ${max}`,
  average: (mean) => `mean ${mean}`,
  score: (n) => `Rated ${n}`,
  textAnswers: 'Latest written answers',
  matrix: (q) => `Units × ${q}`,
  print: 'Print this page (A4)',
  back: 'Back to the survey',
};

export function reportMessages(locale: Locale): ReportMessages {
  return locale === 'en' ? en : zh;
}
