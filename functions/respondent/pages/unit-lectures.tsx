// The unit page's lectures: date (district time), topic, speaker, place and status, and the feedback
// link while feedback is open, so the unit's contact can pass it on after the lecture.
import { localized, type Locale } from '../../../shared/kernel/locale.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import type { UnitLecture } from '../../../shared/lectures/unit-lectures.js';
import { assignmentOf } from '../../../shared/lectures/lecture-schema.js';
import { expertMessages } from '../../../shared/i18n/expert-messages.js';

export function UnitLectures({ lectures, locale, time, empty }: { lectures: readonly UnitLecture[]; locale: Locale; time: (iso: string) => string; empty: string }) {
  if (lectures.length === 0) return <p>{empty}</p>;
  const t = lectureMessages(locale);
  const f = uiMessages(locale).feedback;
  return (
    <>
      {lectures.map(({ lecture, feedbackOpen, feedbackClosesAt }) => (
        <div class="q lecture" id={`lecture-${lecture.id}`}>
          <p class="qt">{localized(locale, lecture.topicTitle, lecture.topicTitleEn)}</p>
          <dl class="facts">
            <dt>{f.time}</dt>
            <dd>{`${time(lecture.startsAt)}（${lecture.durationMinutes}′）`}</dd>
            <dt>{f.speaker}</dt>
            <dd>{localized(locale, lecture.expertName, lecture.expertNameEn)}</dd>
            <dt>{f.place}</dt>
            <dd>{lecture.place}</dd>
            <dt>{t.status}</dt>
            <dd>
              {lecture.status === 'cancelled' ? t.cancelled(lecture.cancelReason) : t.statuses[lecture.status]}
              {/* The unit sees whether the speaker has confirmed (已接单); a decline is the organizers' to solve. */}
              {lecture.status === 'scheduled' && assignmentOf(lecture) === 'accepted' ? `（${expertMessages(locale).states.accepted}）` : ''}
              {lecture.attendance !== undefined ? `（${t.attendance} ${lecture.attendance}）` : ''}
            </dd>
          </dl>
          {feedbackOpen ? (
            <p>
              <a class="go" href={`/f/${lecture.id}?lang=${locale}`}>
                {t.giveFeedback}
              </a>{' '}
              <span class="help">{t.feedbackUntil(time(feedbackClosesAt))}</span>
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}
