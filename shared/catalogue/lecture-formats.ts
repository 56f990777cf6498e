// The lecture formats (形式) and manners (方式): a menu may offer them, a request and the needs
// survey ask for them, lectures record them, the ledger reports them.
export const LECTURE_FORMATS = [
  { id: 'lecture', label: '专题讲座', labelEn: 'Lecture' },
  { id: 'seminar', label: '座谈研讨', labelEn: 'Seminar' },
  { id: 'site-visit', label: '现场教学', labelEn: 'Site visit' },
  { id: 'forum', label: '论坛沙龙', labelEn: 'Forum' },
  { id: 'online', label: '网络直播', labelEn: 'Online live' },
  { id: 'micro', label: '微宣讲（15 分钟以内）', labelEn: 'Micro-lecture (under 15 min)' },
] as const;

export const LECTURE_MANNERS = [
  { id: 'central', label: '全区集中宣讲', labelEn: 'District-wide session' },
  { id: 'by-front', label: '按战线分片宣讲', labelEn: 'By front' },
  { id: 'at-unit', label: '送课上门到本单位', labelEn: 'At our unit' },
  { id: 'blended', label: '线上线下结合', labelEn: 'Blended' },
] as const;

export type LectureFormat = (typeof LECTURE_FORMATS)[number]['id'];
export type LectureManner = (typeof LECTURE_MANNERS)[number]['id'];
export const LECTURE_FORMAT_IDS = LECTURE_FORMATS.map((f) => f.id) as [LectureFormat, ...LectureFormat[]];
export const LECTURE_MANNER_IDS = LECTURE_MANNERS.map((m) => m.id) as [LectureManner, ...LectureManner[]];
