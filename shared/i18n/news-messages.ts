// The words of the public briefing pages (学习动态, /news), in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  appName: '点菜 · 学习动态',
  title: '学习动态',
  intro: '区委理论学习中心组和基层宣讲的学习情况。',
  none: '还没有发布的学习动态。',
  back: '返回学习动态',
  word: '下载 Word 文件（.docx）',
  print: '打印（A4）',
  printHint: '也可以用浏览器的“打印”按 A4 纸打印本页。',
  photo: (title: string, n: number) => `${title}（照片 ${n}）`,
  switchLanguage: 'English',
  pages: '翻页',
  newer: '较新的学习动态',
  older: '更早的学习动态',
};

const en: typeof zh = {
  appName: 'Diancai · briefings',
  title: 'Briefings',
  intro: 'What the district’s study groups and lectures have been studying.',
  none: 'No briefing has been published yet.',
  back: 'All briefings',
  word: 'Download as Word (.docx)',
  print: 'Print (A4)',
  printHint: 'Your browser’s Print also prints this page on A4.',
  photo: (title: string, n: number) => `${title} (photo ${n})`,
  switchLanguage: '中文',
  pages: 'Pages',
  newer: 'Newer briefings',
  older: 'Older briefings',
};

export function newsMessages(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}
