// 学习动态 (briefings): a short piece the organizers publish about a study session or a lecture: a title,
// a day, a few paragraphs and up to 9 photos picked from one event's record (台账). A draft is the
// organizers' own; publishing freezes a copy (the snapshot) with display-size photos into partitions
// the public /news pages read, so a draft is never where a public page could reach it.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { DISTRICT_YEARS } from '../kernel/zoned-time.js';

export const BRIEFING_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];

export const BRIEFING_LIMITS = { title: 60, text: 5000, photos: 9 } as const;

/** A district day, YYYY-MM-DD, that exists in the calendar and the years the district uses. */
export const DistrictDaySchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, '请按“年-月-日”填写日期，例如 2026-12-06'),
  v.check((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return y >= DISTRICT_YEARS.first && y <= DISTRICT_YEARS.last && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, '这一天不存在，请检查日期'),
);

/** What an organizer writes (the API body and the edit form alike). */
export const BriefingInputSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, '请填写标题'), v.maxLength(BRIEFING_LIMITS.title, `标题最多 ${BRIEFING_LIMITS.title} 个字`)),
  date: DistrictDaySchema,
  text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(BRIEFING_LIMITS.text, `正文最多 ${BRIEFING_LIMITS.text} 个字`)), ''),
  /** The event whose record (台账) the photos come from; none: a briefing without photos. */
  eventId: v.optional(IdSchema),
  /** Record photo ids of that event, in the order shown. */
  photoIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(BRIEFING_LIMITS.photos, `最多选 ${BRIEFING_LIMITS.photos} 张照片`)), []),
});
export type BriefingInput = v.InferOutput<typeof BriefingInputSchema>;

/** An edit names the version it was made on, so a stale form cannot undo another edit. */
export const BriefingUpdateSchema = v.object({ ...BriefingInputSchema.entries, version: v.pipe(v.number(), v.integer(), v.minValue(1)) });
/** Publishing and withdrawing may name the version the organizer saw (the page's confirmation does). */
export const BriefingVersionSchema = v.object({ version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) });

const Instant = v.pipe(v.string(), v.isoTimestamp());

export const StoredBriefingSchema = v.object({
  briefingId: IdSchema,
  status: v.picklist(BRIEFING_STATUSES),
  version: v.number(),
  title: v.string(),
  date: v.string(),
  text: v.string(),
  eventId: v.optional(IdSchema),
  photoIds: v.array(IdSchema),
  createdAt: Instant,
  createdBy: v.string(),
  updatedAt: Instant,
  publishedAt: v.optional(Instant),
  withdrawnAt: v.optional(Instant),
});
export type StoredBriefing = v.InferOutput<typeof StoredBriefingSchema>;

/** A display-size copy of a record photo, made when the briefing is published. */
export interface DisplayPhoto {
  photoId: string;
  width: number;
  height: number;
  /** JPEG bytes. */
  bytes: Uint8Array;
}

/** What the public pages show of a published briefing: the frozen copy, photos by id and size. */
export const PublishedBriefingSchema = v.object({
  briefingId: IdSchema,
  title: v.string(),
  date: v.string(),
  text: v.string(),
  photos: v.array(v.object({ photoId: IdSchema, width: v.number(), height: v.number() })),
  publishedAt: Instant,
});
export type PublishedBriefing = v.InferOutput<typeof PublishedBriefingSchema>;

/** One line of the public list. */
export type NewsEntry = Pick<PublishedBriefing, 'briefingId' | 'title' | 'date' | 'publishedAt'>;

/** Newest day first; on one day, the later publication first. */
export function byNewest(a: NewsEntry, b: NewsEntry): number {
  return b.date.localeCompare(a.date) || b.publishedAt.localeCompare(a.publishedAt) || a.briefingId.localeCompare(b.briefingId);
}

/** The paragraphs of a briefing's text: one per non-empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A district day in words: 2026年12月6日 (or December 6, 2026). */
export function dayInWords(day: string, locale: 'zh' | 'en' = 'zh'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (locale === 'en') return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `${y}年${m}月${d}日`;
}
