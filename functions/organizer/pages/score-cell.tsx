// A score or a satisfaction share as a table cell shows it: two decimals, a percentage, or a dash.
import type { Locale } from '../../../shared/kernel/locale.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import type { ScaleScore } from '../../../shared/lectures/scorecards.js';

/** `byScale`: a dimension rated on more than one scale (the form changed) shows each scale's mean, named. */
export function ScoreCell({ score, share, byScale, locale }: { score?: number; share?: number; byScale?: readonly ScaleScore[] | undefined; locale: Locale }) {
  // One line per scale, so a narrow column stays narrow.
  if (byScale && byScale.length > 0) {
    return (
      <>
        {byScale.map((s, i) => (
          <>
            {i > 0 ? <br /> : ''}
            {locale === 'en' ? `${s.score.toFixed(2)} (of ${s.scale})` : `${s.score.toFixed(2)}（${s.scale} 分制）`}
          </>
        ))}
      </>
    );
  }
  if (score !== undefined) return <>{score.toFixed(2)}</>;
  if (share !== undefined) return <>{`${(Math.round(share * 1000) / 10).toFixed(1)}%`}</>;
  return <span class="muted" title={lectureMessages(locale).noScores}>—</span>;
}
