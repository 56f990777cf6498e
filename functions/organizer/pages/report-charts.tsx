// Server-rendered SVG charts: bars per option and a heat map for time slots. SVG presentation
// attributes (fill, width) are not CSS, so the strict CSP needs no inline styles for them.
import type { Locale } from '../../../shared/i18n/locale.js';
import { localized } from '../../../shared/i18n/locale.js';
import type { QuestionOf } from '../../../shared/survey/survey-schema.js';

const BAR = '#a61b1b';
const TRACK = '#efe9e0';
const percent = (share: number) => `${Math.round(share * 100)}%`;

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar, e.g. "12 (40%)". */
  note: string;
}

/** One bar per item, label above its bar so long Chinese labels never overlap a narrow screen. */
export function BarChart({ bars, max, title }: { bars: Bar[]; max: number; title: string }) {
  const width = 640;
  const row = 44;
  const height = bars.length * row + 6;
  const scale = max > 0 ? (width - 150) / max : 0;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * row;
        const w = Math.max(bar.value * scale, bar.value > 0 ? 2 : 0);
        return (
          <g>
            <text x="0" y={y + 14}>
              {bar.label}
            </text>
            <rect x="0" y={y + 20} width={width - 150} height="16" rx="3" fill={TRACK} />
            <rect x="0" y={y + 20} width={w.toFixed(1)} height="16" rx="3" fill={BAR} />
            <text x={(w + 6).toFixed(1)} y={y + 33}>
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
  const cellW = 120;
  const cellH = 34;
  const left = 70;
  const top = 26;
  const width = left + grid.columns.length * cellW;
  const height = top + grid.rows.length * cellH + 4;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {grid.columns.map((col, ci) => (
        <text x={left + ci * cellW + cellW / 2} y="18" text-anchor="middle">
          {localized(locale, col.label, col.labelEn)}
        </text>
      ))}
      {grid.rows.map((row, ri) => (
        <g>
          <text x="0" y={top + ri * cellH + 22}>
            {localized(locale, row.label, row.labelEn)}
          </text>
          {grid.columns.map((col, ci) => {
            const option = q.options.find((o) => o.row === row.id && o.column === col.id);
            const figure = option ? counts.get(option.id) : undefined;
            const shade = heat(figure?.share ?? 0);
            return (
              <g>
                <rect x={left + ci * cellW} y={top + ri * cellH} width={cellW - 2} height={cellH - 2} fill={shade.fill} stroke="#d9d2c5" />
                <text class={shade.on ? 'on' : undefined} x={left + ci * cellW + cellW / 2} y={top + ri * cellH + 21} text-anchor="middle">
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
