// Published briefings written straight through the production adapter, for the page weight and
// browser tests: Chinese text that does not repeat (repeats would gzip far better than real text).
import { randomUUID } from 'node:crypto';
import type { DisplayPhoto, PublishedBriefing, StoredBriefing } from '../../shared/briefings/briefing-schema.js';
import type { Store } from '../../shared/store.js';

const COMMON = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';

/** `length` characters of Chinese from a fixed seed: the same text each run, no repeats to speak of. */
export function chineseText(length: number, seed = 7): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += i % 60 === 59 ? '\n' : i % 17 === 16 ? '，' : COMMON[state % COMMON.length];
  }
  return text;
}

/** A published briefing (its display photos tiny stand-ins of the stated size). */
export async function publishedBriefing(store: Pick<Store, 'briefings'>, fields: { title: string; date: string; text: string; photos?: number; photo?: Uint8Array }): Promise<PublishedBriefing> {
  const briefingId = randomUUID();
  const at = new Date().toISOString();
  const draft: StoredBriefing = { briefingId, status: 'draft', version: 1, title: fields.title, date: fields.date, text: fields.text, photoIds: [], createdAt: at, createdBy: 'test@district.cn', updatedAt: at };
  await store.briefings.create(draft);
  const photos: DisplayPhoto[] = Array.from({ length: fields.photos ?? 0 }, () => ({ photoId: randomUUID(), width: 1280, height: 853, bytes: fields.photo ?? new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) }));
  const copy: PublishedBriefing = { briefingId, title: fields.title, date: fields.date, text: fields.text, photos: photos.map(({ photoId, width, height }) => ({ photoId, width, height })), publishedAt: at };
  await store.briefings.publish({ ...draft, status: 'published', version: 2, publishedAt: at }, 1, copy, photos);
  return copy;
}
