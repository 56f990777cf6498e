// Which language a page or message is in: Chinese by default, English on request.
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/**
 * Picks the locale from an explicit `lang` choice first, then from Accept-Language.
 * Chinese wins ties because the product's people read Chinese first.
 */
export function negotiateLocale(lang: string | undefined | null, acceptLanguage?: string | null): Locale {
  const explicit = lang?.trim().toLowerCase();
  if (explicit?.startsWith('en')) return 'en';
  if (explicit?.startsWith('zh')) return 'zh';
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag.startsWith('zh') || entry.tag.startsWith('en'))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.tag.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

/** Picks the English variant of a text when asked for English and one exists. */
export function localized(locale: Locale, zh: string, en: string | undefined): string {
  return locale === 'en' && en ? en : zh;
}
