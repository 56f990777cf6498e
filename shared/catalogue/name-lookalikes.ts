// Catalogue names people cannot tell apart must not be two records: imports and forms match by name, and
// a unit "东丰街道" beside a "东丰街道" with a zero-width space (or full-width letters, a decomposed form,
// 組 for 组) would split one unit's data in two. Names are cleaned before they are stored, and compared
// folded before uniqueness is decided.

/**
 * Characters that show nothing or only steer direction: zero-width spaces and joiners, the BOM, the word
 * joiner and invisible operators, bidi marks, embeddings, overrides and isolates, variation selectors,
 * soft hyphens, Hangul fillers.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/**
 * A name as stored: NFC (one form for "é", composed or not), no invisible or direction characters,
 * single spaces. Not NFKC: it would turn Chinese full-width punctuation （，） into ASCII.
 */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * How two names are compared for look-alikes: NFKC (full-width letters, digits and punctuation as
 * plain ones), no invisible characters, lower case (and, with `lookalikeFold`, traditional characters
 * as simplified).
 */
export type NameFold = (name: string) => string;

export const basicFold: NameFold = (name) => cleanName(name.normalize('NFKC')).toLowerCase();
