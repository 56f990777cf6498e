// Last year's figures for one topic or expert, as a short read-only note: lectures delivered and the
// mean score (授课内容 for a topic, 授课老师 for an expert), or that there were none.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import type { RecentScore as Figures } from '../../../shared/lectures/recent-scores.js';

export function RecentScore({ figures, locale }: { figures?: Figures; locale: Locale }) {
  const t = lectureMessages(locale);
  return <span class="recent-score muted">{figures ? t.recent(figures.lectures, figures.score === undefined ? undefined : figures.score.toFixed(2)) : t.recentNone}</span>;
}
