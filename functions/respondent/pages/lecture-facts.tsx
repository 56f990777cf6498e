// What a lecture's feedback form says about the lecture, so attendees never type what they attended.
import type { Locale } from '../../../shared/i18n/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import type { Lecture } from '../../../shared/lectures/lecture-schema.js';
import { formatDistrictTime } from '../../../shared/survey-admin/zoned-time.js';

export function LectureFacts({ lecture, locale, timeZone }: { lecture: Lecture; locale: Locale; timeZone: string }) {
  const t = uiMessages(locale).feedback;
  return (
    <dl class="facts">
      <dt>{t.topic}</dt>
      <dd>{lecture.topicTitle}</dd>
      <dt>{t.speaker}</dt>
      <dd>{lecture.expertName}</dd>
      <dt>{t.time}</dt>
      <dd>{formatDistrictTime(lecture.startsAt, timeZone).replace('T', ' ')}</dd>
      <dt>{t.units}</dt>
      <dd>{lecture.units.map((u) => u.name).join('、')}</dd>
      <dt>{t.place}</dt>
      <dd>{lecture.place}</dd>
    </dl>
  );
}
