// A score or a satisfaction share as a table cell shows it: two decimals, a percentage, or a dash.
import type { Locale } from '../../../shared/i18n/locale.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';

export function ScoreCell({ score, share, locale }: { score?: number; share?: number; locale: Locale }) {
  if (score !== undefined) return <>{score.toFixed(2)}</>;
  if (share !== undefined) return <>{`${(Math.round(share * 1000) / 10).toFixed(1)}%`}</>;
  return <span class="muted" title={lectureMessages(locale).noScores}>—</span>;
}
