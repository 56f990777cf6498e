// The expert's own page (/e/{key}): their lectures in district time, with place, units and topic, and
// for each one still waiting a form to accept it and one to decline it with a reason. Plain forms:
// it works without JavaScript, and it ships none.
import { expertMessages } from '../../../shared/i18n/expert-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import type { ExpertLecture } from '../../../shared/experts/expert-lectures.js';
import { Layout } from './layout.js';
import { ExpertEssaySection } from './essay-pages.js';
import type { ExpertEssayCall } from '../../../shared/essays/review-essay.js';

/** The page's own rules: answer forms side by side, the decline form folded away, state badges. */
export const expertStyle =
  '.ans{display:grid;grid-template-columns:1fr;gap:8px;margin:8px 0 0}.ans form{margin:0}.ans button{margin:4px 0}' +
  'details.no summary{display:flex;align-items:center;justify-content:center;min-height:48px;border:2px solid #a61b1b;border-radius:10px;color:#a61b1b;font-weight:700;cursor:pointer}' +
  'details.no[open] summary{margin-bottom:8px}.state{display:inline-block;padding:2px 10px;border-radius:12px;background:#eee;font-weight:700}' +
  '.state.pending{background:#fff3cd;color:#6b4f00}.state.accepted{background:#e3f4e8;color:#1b5e20}.state.declined,.state.cancelled{background:#f6e0e0;color:#8a1c1c}' +
  'ol.essays li{margin:0 0 4px}ol.essays a{display:inline-block;min-height:44px;padding:10px 0}' +
  '@media (min-width:480px){.ans{grid-template-columns:1fr 1fr}}';

export interface ExpertPageProps {
  locale: Locale;
  expertName: string;
  expertNameEn?: string;
  lectures: readonly ExpertLecture[];
  /** The page's own path (`/e/{key}`), for the forms and the language switch. */
  path: string;
  time: (iso: string) => string;
  zone: string;
  /** What was just done (after a form's redirect). */
  flash?: string;
  /** A refused decline: the lecture and what to fix, shown beside its reason box. */
  errors?: Record<string, string>;
  /** The reason typed, kept when the form comes back. */
  values?: Record<string, string>;
  /** The essay calls under review (征文评审), blind. */
  essayCalls?: readonly ExpertEssayCall[];
}

function Answer({ row, props }: { row: ExpertLecture; props: ExpertPageProps }) {
  const t = expertMessages(props.locale);
  const id = row.lecture.id;
  const base = `${props.path}/lectures/${id}`;
  const error = props.errors?.[id];
  return (
    <div class="ans">
      <form method="post" action={`${base}/accept?lang=${props.locale}`}>
        <button type="submit" aria-describedby={`acc-${id}`}>
          {t.accept}
        </button>
        <p class="help" id={`acc-${id}`}>
          {t.acceptHelp}
        </p>
      </form>
      <details class="no" open={error ? true : undefined}>
        <summary>{t.decline}</summary>
        <form method="post" action={`${base}/decline?lang=${props.locale}`}>
          <label class="qt" for={`why-${id}`}>
            {t.declineReason}
          </label>
          <p class="help" id={`whyh-${id}`}>
            {t.declineHelp}
          </p>
          <p class="err" id={`whye-${id}`} role={error ? 'alert' : undefined}>
            {error ?? ''}
          </p>
          <textarea id={`why-${id}`} name="reason" required maxlength={500} rows={3} aria-describedby={`whyh-${id} whye-${id}`} aria-invalid={error ? 'true' : undefined}>
            {props.values?.[id] ?? ''}
          </textarea>
          <button type="submit">{t.decline}</button>
        </form>
      </details>
    </div>
  );
}

function LectureCard({ row, props }: { row: ExpertLecture; props: ExpertPageProps }) {
  const t = expertMessages(props.locale);
  const { lecture } = row;
  const why = row.state === 'declined' && lecture.declineReason ? t.declinedBecause(lecture.declineReason) : row.state === 'cancelled' ? t.cancelledBecause(lecture.cancelReason) : '';
  return (
    <div class="q lecture" id={`lecture-${lecture.id}`}>
      <p class="qt">{localized(props.locale, lecture.topicTitle, lecture.topicTitleEn)}</p>
      <dl class="facts">
        <dt>{t.time}</dt>
        <dd>{`${props.time(lecture.startsAt)}（${props.zone}，${t.duration(lecture.durationMinutes)}）`}</dd>
        <dt>{t.place}</dt>
        <dd>{lecture.place}</dd>
        <dt>{t.units}</dt>
        <dd>{lecture.units.map((u) => localized(props.locale, u.name, u.nameEn)).join(props.locale === 'en' ? ', ' : '、')}</dd>
        {lecture.notes ? (
          <>
            <dt>{t.notes}</dt>
            <dd>{lecture.notes}</dd>
          </>
        ) : null}
        <dt>{t.status}</dt>
        <dd>
          <span class={`state ${row.state}`}>{t.states[row.state]}</span>
          {why ? ` ${why}` : ''}
        </dd>
      </dl>
      {row.answerable ? <Answer row={row} props={props} /> : null}
    </div>
  );
}

export function ExpertPage(props: ExpertPageProps) {
  const t = expertMessages(props.locale);
  const name = localized(props.locale, props.expertName, props.expertNameEn);
  const ahead = props.lectures.filter((r) => r.upcoming);
  const past = props.lectures.filter((r) => !r.upcoming);
  const other = props.locale === 'en' ? 'zh' : 'en';
  return (
    <Layout locale={props.locale} title={t.title(name)} appName={t.appName} switchHref={`${props.path}?lang=${other}`} extraStyle={expertStyle}>
      <h1>{t.title(name)}</h1>
      {props.flash ? (
        <p class="note" role="status">
          {props.flash}
        </p>
      ) : null}
      <p class="intro">{t.intro}</p>
      {props.lectures.length === 0 ? <p>{t.none}</p> : null}
      <ExpertEssaySection calls={props.essayCalls ?? []} path={props.path} w={{ locale: props.locale, time: props.time, zone: props.zone }} />
      {ahead.length > 0 ? (
        <section aria-labelledby="ahead">
          <h2 id="ahead">{t.upcoming}</h2>
          {ahead.map((row) => (
            <LectureCard row={row} props={props} />
          ))}
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="past">
          <h2 id="past">{t.past}</h2>
          {past.map((row) => (
            <LectureCard row={row} props={props} />
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
