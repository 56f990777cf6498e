// Display-size copies of the record photos a briefing shows, made once when it is published: at most
// DISPLAY_EDGE pixels on the longer side, JPEG, and small enough to keep beside the public copy in the
// table (the respondent function then serves them with one GetItem and no access to the records
// bucket). The originals stay in the record, untouched.
import { loadJimp } from '../kernel/jimp.js';
import type { DisplayPhoto } from './briefing-schema.js';

/** Wide enough for a phone at 3x and a desktop column of about 720 CSS pixels. */
export const DISPLAY_EDGE = 1280;
/** Each copy stays under this, well inside DynamoDB's 400 KB item. */
export const DISPLAY_MAX_BYTES = 300 * 1024;
const QUALITIES = [80, 70, 60, 50] as const;

/** The bytes are not an image jimp can decode (a truncated or damaged file). */
export class UnreadablePhotoError extends Error {
  override name = 'UnreadablePhotoError';
}

/** A smaller copy of one photo (JPEG, PNG or WebP as the record holds it); a JPEG out. */
export async function displayCopy(photoId: string, original: Uint8Array): Promise<DisplayPhoto> {
  const { Jimp } = await loadJimp();
  const image = await Jimp.read(Buffer.from(original)).catch((error: unknown) => {
    throw new UnreadablePhotoError('The photo could not be decoded', { cause: error });
  });
  let edge = DISPLAY_EDGE;
  for (;;) {
    if (image.width > edge || image.height > edge) image.scaleToFit({ w: edge, h: edge });
    for (const quality of QUALITIES) {
      const bytes = new Uint8Array(await image.getBuffer('image/jpeg', { quality }));
      if (bytes.byteLength <= DISPLAY_MAX_BYTES) return { photoId, width: image.width, height: image.height, bytes };
    }
    // A photo so full of detail that even quality 50 is too big: smaller still.
    edge = Math.round(edge * 0.75);
  }
}
