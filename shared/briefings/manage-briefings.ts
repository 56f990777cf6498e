// Writing, publishing and withdrawing briefings (学习动态). A draft names an event and photos of its
// record; publishing checks that it is complete, makes the display copies and freezes the public copy;
// withdrawing takes the public copy down (the briefing stays, and may be edited and published again).
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { BriefingNotFoundError, BriefingStatusError, InvalidInputError, type FieldIssue } from '../errors.js';
import type { EventReader } from '../events/event.js';
import type { RecordFiles, RecordRepository } from '../records/record-store.js';
import type { RecordItem } from '../records/record-schema.js';
import type { BriefingInput, DisplayPhoto, PublishedBriefing, StoredBriefing } from './briefing-schema.js';
import type { BriefingRepository } from './briefing-store.js';
import { displayCopy, UnreadablePhotoError } from './display-photos.js';

export interface BriefingDeps {
  briefings: BriefingRepository;
  events: EventReader;
  records: RecordRepository;
  files: Pick<RecordFiles, 'stream'>;
  clock: Clock;
  newId: IdGenerator;
}

/** The photos the input names, from its event's record, in the input's order; each problem as a field issue. */
async function pickedPhotos(deps: Pick<BriefingDeps, 'events' | 'records'>, input: Pick<BriefingInput, 'eventId' | 'photoIds'>): Promise<RecordItem[]> {
  if (input.photoIds.length === 0) return [];
  if (!input.eventId) throw new InvalidInputError([{ field: 'eventId', message: '选了照片，请同时选择照片所属的活动' }]);
  const event = await deps.events.getEvent(input.eventId);
  if (!event) throw new InvalidInputError([{ field: 'eventId', message: '找不到所选的活动' }]);
  const record = await deps.records.get(event.id);
  const issues: FieldIssue[] = [];
  const picked: RecordItem[] = [];
  for (const photoId of new Set(input.photoIds)) {
    const photo = record.photos.find((p) => p.itemId === photoId);
    if (!photo) issues.push({ field: 'photoIds', message: '所选照片已不在这场活动的台账里，请重新选择' });
    // jimp, which makes the display copies, reads JPEG and PNG but not WebP.
    else if (photo.format === 'webp') issues.push({ field: 'photoIds', message: `“${photo.name}”是 WebP 格式，暂不能用于学习动态，请在台账中换成 JPEG 或 PNG 照片` });
    else picked.push(photo);
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return picked;
}

/** The event a briefing names must exist (a problem beside the field, not a 404 of the page). */
async function checkEvent(deps: Pick<BriefingDeps, 'events'>, eventId: string | undefined): Promise<void> {
  if (eventId && !(await deps.events.getEvent(eventId))) throw new InvalidInputError([{ field: 'eventId', message: '找不到所选的活动' }]);
}

export async function loadBriefing(briefings: BriefingRepository, briefingId: string): Promise<StoredBriefing> {
  const briefing = await briefings.get(briefingId);
  if (!briefing) throw new BriefingNotFoundError(briefingId);
  return briefing;
}

function fields(input: BriefingInput): Pick<StoredBriefing, 'title' | 'date' | 'text' | 'photoIds'> & { eventId?: string } {
  // Photos without an event are refused in pickedPhotos; an event without photos is kept (to pick later).
  return { title: input.title, date: input.date, text: input.text, ...(input.eventId ? { eventId: input.eventId } : {}), photoIds: [...new Set(input.photoIds)] };
}

export async function createBriefing(deps: BriefingDeps, input: BriefingInput, by: string): Promise<StoredBriefing> {
  await checkEvent(deps, input.eventId);
  await pickedPhotos(deps, input);
  const at = deps.clock.now().toISOString();
  const briefing: StoredBriefing = { briefingId: deps.newId(), status: 'draft', version: 1, ...fields(input), createdAt: at, createdBy: by, updatedAt: at };
  await deps.briefings.create(briefing);
  return briefing;
}

/** Edits a draft or a withdrawn briefing; a published one is withdrawn first, so the public copy never changes under its readers. */
export async function updateBriefing(deps: BriefingDeps, briefingId: string, input: BriefingInput, expectedVersion: number): Promise<StoredBriefing> {
  const current = await loadBriefing(deps.briefings, briefingId);
  if (current.status === 'published') throw new BriefingStatusError(briefingId, current.status, 'edited');
  await checkEvent(deps, input.eventId);
  await pickedPhotos(deps, input);
  const { eventId: _dropped, ...rest } = current;
  const next: StoredBriefing = { ...rest, ...fields(input), version: expectedVersion + 1, updatedAt: deps.clock.now().toISOString() };
  await deps.briefings.update(next, expectedVersion);
  return next;
}

async function bytesOf(files: Pick<RecordFiles, 'stream'>, object: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await files.stream(object)) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Publishes a draft or a withdrawn briefing: complete, photos still in the record, display copies made. */
export async function publishBriefing(deps: BriefingDeps, briefingId: string, expectedVersion?: number): Promise<StoredBriefing> {
  const current = await loadBriefing(deps.briefings, briefingId);
  const version = expectedVersion ?? current.version;
  if (current.status === 'published') throw new BriefingStatusError(briefingId, current.status, 'published');
  if (!current.text.trim()) throw new InvalidInputError([{ field: 'text', message: '正文为空，请先写好正文再发布' }]);
  const photos = await pickedPhotos(deps, current);
  const copies: DisplayPhoto[] = [];
  // One at a time: each original may be 5 MB, decoded to several times that.
  for (const photo of photos) {
    const bytes = await bytesOf(deps.files, photo.object);
    // file-type accepted it by its first bytes; a photo whose body is broken still cannot be shown.
    const copy = await displayCopy(deps.newId(), bytes).catch((error: unknown) => {
      if (error instanceof UnreadablePhotoError) throw new InvalidInputError([{ field: 'photoIds', message: `照片“${photo.name}”无法读取，请在台账中换一张` }]);
      throw error;
    });
    copies.push(copy);
  }
  const at = deps.clock.now().toISOString();
  const copy: PublishedBriefing = {
    briefingId,
    title: current.title,
    date: current.date,
    text: current.text,
    photos: copies.map(({ photoId, width, height }) => ({ photoId, width, height })),
    publishedAt: at,
  };
  const next: StoredBriefing = { ...current, status: 'published', version: version + 1, updatedAt: at, publishedAt: at };
  await deps.briefings.publish(next, version, copy, copies);
  return next;
}

export async function withdrawBriefing(deps: BriefingDeps, briefingId: string, expectedVersion?: number): Promise<StoredBriefing> {
  const current = await loadBriefing(deps.briefings, briefingId);
  const version = expectedVersion ?? current.version;
  if (current.status !== 'published') throw new BriefingStatusError(briefingId, current.status, 'withdrawn');
  const at = deps.clock.now().toISOString();
  const next: StoredBriefing = { ...current, status: 'withdrawn', version: version + 1, updatedAt: at, withdrawnAt: at };
  await deps.briefings.withdraw(next, version);
  return next;
}
