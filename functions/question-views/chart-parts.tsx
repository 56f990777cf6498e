// Report charts the types share: a bar per option with its count and share.
import { localized, type Locale } from '../../shared/kernel/locale.js';
import type { OptionFigure } from '../../shared/report/report-types.js';
import { BarChart, percent } from './report-charts.js';

export function OptionBars({ options, locale, title }: { options: readonly OptionFigure[]; locale: Locale; title: string }) {
  const bars = options.map((o) => ({ id: o.id, label: localized(locale, o.label, o.labelEn), value: o.count, note: `${o.count} (${percent(o.share)})` }));
  return <BarChart bars={bars} max={Math.max(0, ...bars.map((b) => b.value))} title={title} />;
}

/** A figure to two decimals, or a dash when there is none. */
export const fixed = (n: number | null) => (n === null ? '–' : (Math.round(n * 100) / 100).toString());
