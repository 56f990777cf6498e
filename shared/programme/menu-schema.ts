// A menu (菜单): the topics a period offers, who can teach each, the formats, the deadline and how many picks.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { LECTURE_FORMAT_IDS } from '../catalogue/lecture-formats.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** What organizers send: topics by id and the experts offered for each (the contract's POST /api/menus body). */
export const MenuInputSchema = v.object({
  title: text(200),
  intro: v.optional(text(2000)),
  /** District wall-clock time `YYYY-MM-DDTHH:mm`, or an ISO instant with an offset. */
  orderDeadline: v.pipe(v.string(), v.maxLength(40)),
  maxPicks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  formats: v.optional(v.pipe(v.array(v.picklist(LECTURE_FORMAT_IDS)), v.maxLength(LECTURE_FORMAT_IDS.length))),
  items: v.pipe(
    v.array(v.object({ topicId: IdSchema, expertIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50)), []) })),
    v.minLength(1),
    v.maxLength(200),
  ),
});
export type MenuInput = v.InferOutput<typeof MenuInputSchema>;

export const MenuExpertSchema = v.object({ id: IdSchema, name: v.string(), nameEn: v.optional(v.string()), title: v.optional(v.string()), organisation: v.optional(v.string()) });

/** A menu item as stored: the topic and its experts copied from the catalogue, so a published menu never changes under a unit. */
export const MenuItemSchema = v.object({
  topicId: IdSchema,
  title: v.string(),
  titleEn: v.optional(v.string()),
  summary: v.optional(v.string()),
  summaryEn: v.optional(v.string()),
  themeId: IdSchema,
  theme: v.string(),
  experts: v.array(MenuExpertSchema),
});

export const MenuStatusSchema = v.picklist(['draft', 'published', 'closed']);

export const MenuSchema = v.object({
  id: IdSchema,
  title: v.string(),
  intro: v.optional(v.string()),
  status: MenuStatusSchema,
  /** An ISO instant; shown and accepted in district time. */
  orderDeadline: v.pipe(v.string(), v.isoTimestamp()),
  maxPicks: v.number(),
  formats: v.array(v.picklist(LECTURE_FORMAT_IDS)),
  items: v.array(MenuItemSchema),
  createdAt: v.string(),
  publishedAt: v.optional(v.string()),
  closedAt: v.optional(v.string()),
});

export type Menu = v.InferOutput<typeof MenuSchema>;
export type MenuItem = v.InferOutput<typeof MenuItemSchema>;
export type MenuStatus = Menu['status'];
