// Words of the record (台账) on a lecture's page, the year's record book and the year's figures, in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  recordTitle: '台账',
  recordHelp: '活动结束后上传现场照片（最多 9 张，JPG/PNG/WebP，每张不超过 5 MB，位置等信息会自动去除）和材料（最多 3 个，PDF/PPT/Word/Excel，每个不超过 20 MB），并写一段小结。',
  photos: '现场照片',
  files: '材料',
  noPhotos: '还没有照片。',
  noFiles: '还没有材料。',
  count: (n: number, of: number) => `${n} / ${of}`,
  photoAlt: (name: string) => `现场照片：${name}`,
  addPhoto: '上传照片',
  addFile: '上传材料',
  choosePhoto: '选择照片',
  chooseFile: '选择文件',
  photosFull: '照片已满 9 张，删除一张后才能再上传。',
  filesFull: '材料已满 3 个，删除一个后才能再上传。',
  remove: (name: string) => `删除 ${name}`,
  delete: '删除',
  summary: '小结',
  summaryHelp: '这场活动的简要情况，最多 2000 字，打印在年度台账上。',
  saveSummary: '保存小结',
  added: '已加入台账。',
  removed: '已从台账删除。',
  summarySaved: '小结已保存。',
  yearBook: '年度台账',
  yearStats: '年度统计',
};

type RecordMessages = typeof zh;

const en: RecordMessages = {
  recordTitle: 'Record',
  recordHelp: 'After the lecture, upload photos (up to 9, JPG/PNG/WebP, 5 MB each; location data is removed) and documents (up to 3, PDF/PPTX/DOCX/XLSX, 20 MB each), and write a short summary.',
  photos: 'Photos',
  files: 'Documents',
  noPhotos: 'No photos yet.',
  noFiles: 'No documents yet.',
  count: (n, of) => `${n} / ${of}`,
  photoAlt: (name) => `Photo: ${name}`,
  addPhoto: 'Upload photo',
  addFile: 'Upload document',
  choosePhoto: 'Choose a photo',
  chooseFile: 'Choose a file',
  photosFull: 'Nine photos already: delete one to upload another.',
  filesFull: 'Three documents already: delete one to upload another.',
  remove: (name) => `Delete ${name}`,
  delete: 'Delete',
  summary: 'Summary',
  summaryHelp: 'What happened, in at most 2,000 characters; printed in the year’s record.',
  saveSummary: 'Save summary',
  added: 'Added to the record.',
  removed: 'Deleted from the record.',
  summarySaved: 'Summary saved.',
  yearBook: 'The year’s record',
  yearStats: 'Year figures',
};

export function recordMessages(locale: Locale): RecordMessages {
  return locale === 'en' ? en : zh;
}
