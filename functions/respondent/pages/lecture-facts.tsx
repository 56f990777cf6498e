// What a lecture's feedback form says about the lecture, so attendees never type what they attended.
import { localized, type Locale } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import type { EventSummary } from '../../../shared/events/event.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';

export function LectureFacts({ lecture, locale, timeZone }: { lecture: EventSummary; locale: Locale; timeZone: string }) {
  const t = uiMessages(locale).feedback;
  return (
    <dl class="facts">
      <dt>{t.topic}</dt>
      <dd>{localized(locale, lecture.title, lecture.titleEn)}</dd>
      {lecture.speaker ? (
        <>
          <dt>{t.speaker}</dt>
          <dd>{localized(locale, lecture.speaker, lecture.speakerEn)}</dd>
        </>
      ) : null}
      <dt>{t.time}</dt>
      <dd>{formatDistrictTime(lecture.startsAt, timeZone).replace('T', ' ')}</dd>
      <dt>{t.units}</dt>
      <dd>{lecture.units.map((u) => localized(locale, u.name, u.nameEn)).join(locale === 'en' ? ', ' : '、')}</dd>
      <dt>{t.place}</dt>
      <dd>{lecture.place}</dd>
    </dl>
  );
}
