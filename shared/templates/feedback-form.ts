// The lecture feedback form template (授课信息反馈表): lecture, teacher, organization, suggestions.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Survey } from '../survey/survey-schema.js';
import { frontList, unitOptions } from '../question-types/catalogue-options.js';
import type { TemplateMeta } from './needs-survey.js';

const SCALE = { scale: 5, lowLabel: '很差', lowLabelEn: 'Very poor', highLabel: '很好', highLabelEn: 'Excellent' } as const;

const INTRO = {
  intro: '感谢您参加本次宣讲。请对授课内容、授课老师和讲座组织进行评价，您的意见将帮助我们改进今后的宣讲。',
  introEn: 'Thank you for attending. Please rate the lecture, the teacher and the organization.',
};

const SECTIONS: NonNullable<Survey['sections']> = [
  { id: 'lecture', title: '对授课的评价', titleEn: 'The lecture' },
  { id: 'teacher', title: '对授课老师的评价', titleEn: 'The teacher' },
  { id: 'organization', title: '对讲座组织的评价', titleEn: 'The organization' },
];

/** A free-standing feedback survey: the respondent names their unit, since no lecture does. */
export function feedbackFormTemplate(catalogue: Catalogue, meta: TemplateMeta): Survey {
  return {
    id: meta.id,
    kind: 'feedback',
    status: 'draft',
    title: meta.title ?? '授课信息反馈表',
    titleEn: 'Lecture feedback form',
    ...INTRO,
    createdAt: meta.createdAt,
    fronts: frontList(catalogue),
    sections: SECTIONS,
    questions: [
      { id: 'unit', type: 'unit', required: true, sectionId: 'lecture', title: '您所在的单位', titleEn: 'Your unit', options: unitOptions(catalogue) },
      ...RATED_QUESTIONS,
    ],
  };
}

/**
 * The district's per-lecture feedback form as first seeded: the lecture names topic, speaker and
 * unit, so attendees only rate and suggest. Organizers edit it once for the whole programme.
 */
export function lectureFeedbackFormTemplate(createdAt: string): Survey {
  return {
    id: 'lecture-feedback',
    kind: 'feedback',
    status: 'published',
    title: '授课信息反馈表',
    titleEn: 'Lecture feedback form',
    ...INTRO,
    createdAt,
    publishedAt: createdAt,
    sections: SECTIONS,
    questions: RATED_QUESTIONS,
  };
}

/** Each rating names the dimension it measures (授课内容、授课老师、讲座组织); the texts collect suggestions. */
const RATED_QUESTIONS: Survey['questions'] = [
      {
        id: 'lecture',
        type: 'matrix_rating',
        required: true,
        sectionId: 'lecture',
        title: '请对本次授课打分',
        titleEn: 'Rate the lecture',
        ...SCALE,
        dimension: 'lecture',
        rows: [
          { id: 'relevance', label: '内容针对性', labelEn: 'Relevance' },
          { id: 'depth', label: '理论深度', labelEn: 'Depth' },
          { id: 'practice', label: '联系实际', labelEn: 'Link to practice' },
          { id: 'effect', label: '总体效果', labelEn: 'Overall effect' },
        ],
      },
      { id: 'lecture-suggestion', type: 'text', required: false, sectionId: 'lecture', title: '对授课的建议', titleEn: 'Suggestions on the lecture', multiline: true, maxLength: 500 },
      {
        id: 'teacher',
        type: 'matrix_rating',
        required: true,
        sectionId: 'teacher',
        title: '请对授课老师打分',
        titleEn: 'Rate the teacher',
        ...SCALE,
        dimension: 'lecturer',
        rows: [
          { id: 'clarity', label: '讲解清晰', labelEn: 'Clarity' },
          { id: 'interaction', label: '互动交流', labelEn: 'Interaction' },
          { id: 'time', label: '时间把握', labelEn: 'Time keeping' },
        ],
      },
      { id: 'teacher-suggestion', type: 'text', required: false, sectionId: 'teacher', title: '对授课老师的建议', titleEn: 'Suggestions for the teacher', multiline: true, maxLength: 500 },
      { id: 'organization', type: 'rating', required: true, sectionId: 'organization', title: '对讲座组织的总体评价', titleEn: 'Overall, how well was it organized?', ...SCALE, dimension: 'organisation' },
      { id: 'organization-suggestion', type: 'text', required: false, sectionId: 'organization', title: '对讲座组织的建议', titleEn: 'Suggestions on the organization', multiline: true, maxLength: 500 },
];
