// The district's time zone named in words (北京时间), never as an IANA id: pages and files say which
// clock their times are on the way people say it.
import type { Locale } from '../kernel/locale.js';

/** Zones a Chinese district may be configured with, as people name them. */
const NAMED: Record<string, { zh: string; en: string }> = {
  'Asia/Shanghai': { zh: '北京时间', en: 'Beijing time' },
  'Asia/Chongqing': { zh: '北京时间', en: 'Beijing time' },
  'Asia/Harbin': { zh: '北京时间', en: 'Beijing time' },
  'PRC': { zh: '北京时间', en: 'Beijing time' },
  'Asia/Urumqi': { zh: '新疆时间', en: 'Xinjiang time' },
  'Asia/Hong_Kong': { zh: '香港时间', en: 'Hong Kong time' },
  'Asia/Macau': { zh: '澳门时间', en: 'Macau time' },
  'Asia/Taipei': { zh: '台北时间', en: 'Taipei time' },
  'UTC': { zh: '协调世界时', en: 'UTC' },
};

/** The zone's offset now, as "UTC+8" or "UTC+5:30": the fallback for a zone without a name here. */
function offsetText(timeZone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return (part?.value ?? 'GMT').replace('GMT', 'UTC').replace(/^UTC$/, 'UTC+0');
  } catch {
    return 'UTC+8';
  }
}

/** "北京时间" for Asia/Shanghai; "本区时间（UTC+5:30）" for a zone without a common name. */
export function zoneName(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const named = NAMED[timeZone];
  if (named) return named[locale];
  return locale === 'en' ? `district time (${offsetText(timeZone, at)})` : `本区时间（${offsetText(timeZone, at)}）`;
}
