// The needs survey template (需求调查问卷): content, format, manner, timing and faculty.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Survey } from '../survey/survey-schema.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../catalogue/lecture-formats.js';
import { weeklySlots } from './weekly-slots.js';
import { expertOptions, frontList, themeOptions, topicOptions, unitOptions } from '../question-types/catalogue-options.js';

export interface TemplateMeta {
  id: string;
  createdAt: string;
  title?: string;
}

export function needsSurveyTemplate(catalogue: Catalogue, meta: TemplateMeta): Survey {
  return {
    id: meta.id,
    kind: 'needs',
    status: 'draft',
    title: meta.title ?? '理论宣讲需求调查问卷',
    titleEn: 'Lecture needs survey',
    intro:
      '为了让理论宣讲“量身定制、按需输送”，请各二级中心组根据本单位实际，告诉我们最想听的内容、喜欢的形式、合适的时间和希望的师资。问卷约需 3 分钟，答案仅用于安排宣讲。',
    introEn:
      'Tell us which lecture topics, formats, times and speakers suit your unit, so lectures can be tailor-made and delivered on demand. It takes about 3 minutes.',
    createdAt: meta.createdAt,
    fronts: frontList(catalogue),
    sections: [
      { id: 'about', title: '基本信息', titleEn: 'About you' },
      { id: 'content', title: '宣讲内容', titleEn: 'Content' },
      { id: 'format', title: '宣讲形式与方式', titleEn: 'Format and manner' },
      { id: 'timing', title: '宣讲时间', titleEn: 'Timing' },
      { id: 'faculty', title: '师资', titleEn: 'Faculty' },
    ],
    questions: [
      { id: 'unit', type: 'unit', required: true, sectionId: 'about', title: '您所在的单位（二级中心组）', titleEn: 'Your unit (study group)', options: unitOptions(catalogue) },
      {
        id: 'role',
        type: 'single_choice',
        required: true,
        sectionId: 'about',
        title: '您的身份',
        titleEn: 'Your role',
        allowOther: true,
        options: [
          { id: 'leader', label: '单位领导班子成员', labelEn: 'Unit leadership' },
          { id: 'cadre', label: '中层干部', labelEn: 'Middle-level cadre' },
          { id: 'member', label: '党员干部职工', labelEn: 'Party member or staff' },
          { id: 'resident', label: '社区居民', labelEn: 'Resident' },
        ],
      },
      {
        id: 'topics',
        aspect: 'content',
        type: 'ranking',
        required: true,
        sectionId: 'content',
        title: '您最希望听的宣讲课题（按优先顺序选 3 项）',
        titleEn: 'The lecture topics you want most (your top 3, in order)',
        pick: 3,
        options: topicOptions(catalogue),
      },
      {
        id: 'themes',
        aspect: 'content',
        type: 'multiple_choice',
        required: false,
        sectionId: 'content',
        title: '您最关注的年度学习专题',
        titleEn: 'The study themes you care about most',
        maxPicks: 2,
        options: themeOptions(catalogue),
      },
      {
        id: 'format',
        aspect: 'format',
        type: 'multiple_choice',
        required: true,
        sectionId: 'format',
        title: '您喜欢的宣讲形式',
        titleEn: 'Lecture formats you prefer',
        maxPicks: 3,
        allowOther: true,
        options: LECTURE_FORMATS.map((f) => ({ ...f })),
      },
      {
        id: 'manner',
        aspect: 'manner',
        type: 'single_choice',
        required: true,
        sectionId: 'format',
        title: '您希望的宣讲方式',
        titleEn: 'How the lecture should reach you',
        options: LECTURE_MANNERS.map((m) => ({ ...m })),
      },
      {
        id: 'audience',
        type: 'number',
        required: false,
        sectionId: 'format',
        title: '预计每场参加人数',
        titleEn: 'Expected audience per lecture',
        integer: true,
        min: 1,
        max: 2000,
      },
      {
        id: 'slots',
        aspect: 'timing',
        type: 'time_slots',
        required: true,
        sectionId: 'timing',
        title: '方便参加宣讲的时间（可多选）',
        titleEn: 'When you can attend (choose any)',
        ...weeklySlots(),
      },
      {
        id: 'months',
        aspect: 'timing',
        type: 'time_slots',
        required: false,
        sectionId: 'timing',
        title: '希望安排在哪些月份',
        titleEn: 'Preferred months',
        options: Array.from({ length: 12 }, (_, i) => ({ id: `m${i + 1}`, label: `${i + 1} 月`, labelEn: new Date(Date.UTC(2026, i, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) })),
      },
      {
        id: 'speaker-kind',
        aspect: 'faculty',
        type: 'single_choice',
        required: true,
        sectionId: 'faculty',
        title: '您希望的主讲人类型',
        titleEn: 'The kind of speaker you want',
        allowOther: true,
        options: [
          { id: 'party-school', label: '党校教师', labelEn: 'Party school teacher' },
          { id: 'scholar', label: '高校及科研院所专家', labelEn: 'University or institute expert' },
          { id: 'official', label: '区级领导干部', labelEn: 'District leader' },
          { id: 'model', label: '先进典型、劳动模范', labelEn: 'Model worker' },
          { id: 'grassroots', label: '基层宣讲员', labelEn: 'Grassroots speaker' },
        ],
      },
      {
        id: 'experts',
        aspect: 'faculty',
        type: 'multiple_choice',
        required: false,
        sectionId: 'faculty',
        title: '您希望邀请的专家（专家库，可选 3 位）',
        titleEn: 'Experts you would like to invite (up to 3)',
        maxPicks: 3,
        options: expertOptions(catalogue),
      },
      {
        id: 'past-rating',
        type: 'rating',
        required: false,
        sectionId: 'faculty',
        title: '您对往期理论宣讲的总体评价',
        titleEn: 'Your overall view of past lectures',
        scale: 5,
        lowLabel: '很不满意',
        lowLabelEn: 'Very poor',
        highLabel: '非常满意',
        highLabelEn: 'Excellent',
      },
      {
        id: 'suggestions',
        type: 'text',
        required: false,
        sectionId: 'faculty',
        title: '其他意见和建议',
        titleEn: 'Other suggestions',
        multiline: true,
        maxLength: 500,
      },
    ],
  };
}
