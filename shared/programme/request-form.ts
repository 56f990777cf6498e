// The request's fields besides the picks, as survey questions: the same validation, form fields and
// time-slot grid the survey form uses, so the request form is the survey form's machinery, not a copy.
import type { Survey } from '../survey/survey-schema.js';
import { weeklySlots } from '../templates/weekly-slots.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../catalogue/lecture-formats.js';
import type { Menu } from './menu-schema.js';

/** The form box (and issue `questionId`) of each body field. */
export const REQUEST_FIELDS = {
  picks: 'picks',
  format: 'format',
  manner: 'manner',
  preferredTimes: 'slots',
  audience: 'audience',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  note: 'note',
} as const;

/** Body paths of the contract's PUT for each form box, so API clients read issues by field. */
export const BODY_FIELD_OF: Record<string, string> = {
  format: 'format',
  manner: 'manner',
  slots: 'preferredTimes',
  audience: 'audience',
  contactName: 'contact.name',
  contactPhone: 'contact.phone',
  note: 'note',
};

export const AUDIENCE_MAX = 100_000;

/** A survey-shaped definition of the request's fields for one menu (never stored: built on demand). */
export function requestFieldsSurvey(menu: Menu): Survey {
  const formats = LECTURE_FORMATS.filter((f) => menu.formats.includes(f.id)).map((f) => ({ ...f }));
  return {
    id: `request-${menu.id}`.slice(0, 64),
    kind: 'custom',
    status: 'published',
    title: menu.title,
    createdAt: menu.createdAt,
    sections: [
      { id: 'how', title: '形式、方式与时间', titleEn: 'Format, manner and time' },
      { id: 'who', title: '参加人数与联系人', titleEn: 'Audience and contact' },
    ],
    questions: [
      ...(formats.length > 0
        ? [{ id: REQUEST_FIELDS.format, type: 'single_choice' as const, required: true, sectionId: 'how', title: '宣讲形式', titleEn: 'Format', options: formats }]
        : []),
      { id: REQUEST_FIELDS.manner, type: 'single_choice', required: false, sectionId: 'how', title: '宣讲方式', titleEn: 'Manner', options: LECTURE_MANNERS.map((m) => ({ ...m })) },
      {
        id: REQUEST_FIELDS.preferredTimes,
        type: 'time_slots',
        required: false,
        sectionId: 'how',
        title: '希望安排的时间（可多选）',
        titleEn: 'Preferred times (choose any)',
        ...weeklySlots(),
      },
      { id: REQUEST_FIELDS.audience, type: 'number', required: true, sectionId: 'who', title: '预计参加人数', titleEn: 'Expected audience', integer: true, min: 1, max: AUDIENCE_MAX },
      { id: REQUEST_FIELDS.contactName, type: 'text', required: true, sectionId: 'who', title: '联系人', titleEn: 'Contact person', maxLength: 50 },
      { id: REQUEST_FIELDS.contactPhone, type: 'text', required: true, sectionId: 'who', title: '联系电话', titleEn: 'Contact phone', maxLength: 30, phone: true },
      { id: REQUEST_FIELDS.note, type: 'text', required: false, sectionId: 'who', title: '备注', titleEn: 'Note', maxLength: 1000, multiline: true },
    ],
  };
}
