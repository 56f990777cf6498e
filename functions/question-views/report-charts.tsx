// Server-rendered SVG charts: bars per option and a heat map for time slots. SVG presentation
// attributes (fill, width) are not CSS, so the strict CSP needs no inline styles for them.
import type { Locale } from '../../shared/kernel/locale.js';
import { localized } from '../../shared/kernel/locale.js';
import type { QuestionOf } from '../../shared/survey/survey-schema.js';

const BAR = '#a61b1b';
const TRACK = '#efe9e0';
const percent = (share: number) => `${Math.round(share * 100)}%`;

export interface Bar {
  /** The option (or row, or score) the bar stands for; tests and readers of the markup find it by this. */
  id: string;
  label: string;
  value: number;
  /** Short figures after the bar, e.g. "12 (40%)". */
  note: string;
  /** Longer figures on their own line under the bar, where a phone has room for them. */
  detail?: string;
}

/*
 * No viewBox: user units are CSS pixels, so chart text keeps its stylesheet size on a 390px phone
 * and on A4 alike, while x and width in percent let the bars stretch with the column.
 */
const ROW = 40;
const DETAIL = 17;
/** Share of the width a full bar takes; the rest keeps the note beside the longest bar readable. */
const SPAN = 72;

/** One bar per item, label above its bar so long Chinese labels never overlap on a narrow screen. */
export function BarChart({ bars, max, title }: { bars: Bar[]; max: number; title: string }) {
  const tops = bars.reduce<number[]>((acc, bar, i) => [...acc, (acc[i] ?? 0) + ROW + (bar.detail ? DETAIL : 0)], [0]);
  const height = (tops.at(-1) ?? 0) + 4;
  return (
    <svg class="chart" width="100%" height={height} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = tops[i] ?? 0;
        const span = max > 0 ? (bar.value / max) * SPAN : 0;
        const w = bar.value > 0 ? Math.max(span, 0.6) : 0;
        return (
          <g data-option={bar.id}>
            <text x="0" y={y + 14}>
              {bar.label}
            </text>
            <rect x="0" y={y + 20} width={`${SPAN}%`} height="16" rx="3" fill={TRACK} />
            {w > 0 ? <rect x="0" y={y + 20} width={`${w.toFixed(2)}%`} height="16" rx="3" fill={BAR} /> : null}
            {bar.detail ? (
              <text class="detail" x="0" y={y + ROW + 11}>
                {bar.detail}
              </text>
            ) : null}
            <text class={bar.value > 0 ? 'note' : 'note zero'} x={`${w.toFixed(2)}%`} dx="6" y={y + 33}>
              {bar.note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function heat(share: number): { fill: string; on: boolean } {
  const levels = ['#ffffff', '#fbe4e4', '#f3b9b9', '#e07f7f', '#b52a2a'];
  const level = share <= 0 ? 0 : Math.min(4, 1 + Math.floor(share * 4));
  return { fill: levels[level] ?? '#ffffff', on: level === 4 };
}

/** Weekday x time-of-day grid, each cell shaded by its share of respondents. */
export function SlotHeatMap(props: { q: QuestionOf<'time_slots'>; counts: Map<string, { count: number; share: number }>; locale: Locale; title: string }) {
  const { q, counts, locale, title } = props;
  const grid = q.grid;
  if (!grid) return null;
  // Percent across, pixels down: the grid fills the column at any width with text at its own size.
  const left = 16;
  const cellW = (100 - left) / Math.max(1, grid.columns.length);
  const cellH = 38;
  const top = 28;
  const height = top + grid.rows.length * cellH + 4;
  const pc = (n: number) => `${n.toFixed(2)}%`;
  return (
    <svg class="chart heatmap" width="100%" height={height} role="img" aria-label={title}>
      <title>{title}</title>
      {grid.columns.map((col, ci) => (
        <text class="head" x={pc(left + ci * cellW + cellW / 2)} y="18" text-anchor="middle">
          {localized(locale, col.label, col.labelEn)}
        </text>
      ))}
      {grid.rows.map((row, ri) => (
        <g>
          <text class="head" x="0" y={top + ri * cellH + 24}>
            {localized(locale, row.label, row.labelEn)}
          </text>
          {grid.columns.map((col, ci) => {
            const option = q.options.find((o) => o.row === row.id && o.column === col.id);
            const figure = option ? counts.get(option.id) : undefined;
            const shade = heat(figure?.share ?? 0);
            return (
              <g data-option={option?.id}>
                <rect x={pc(left + ci * cellW)} y={top + ri * cellH} width={pc(cellW - 0.6)} height={cellH - 3} fill={shade.fill} stroke="#d9d2c5" />
                <text class={shade.on ? 'on' : undefined} x={pc(left + ci * cellW + cellW / 2)} y={top + ri * cellH + 23} text-anchor="middle">
                  {figure ? `${figure.count} (${percent(figure.share)})` : ''}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

export { percent };
