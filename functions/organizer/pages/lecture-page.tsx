// One lecture: its facts, the large feedback QR code and link for the screen, its scores and
// suggestions, the reminder to pass the feedback link on (催办反馈), and the forms to mark it delivered or
// cancel it. Also the full-screen QR page.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { formatName, lectureStatusText } from '../../../shared/lectures/ledger.js';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { lectureChangeMessages } from '../../../shared/i18n/lecture-change-messages.js';
import { assignmentOf } from '../../../shared/lectures/lecture-schema.js';
import { LectureChangeForm, type ChangeFormState } from './lecture-change-form.js';
import type { LectureView } from '../../../shared/lectures/lecture-view.js';
import type { SuggestionRow } from '../../../shared/lectures/suggestions.js';
import { DIMENSIONS } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { lectureStyle } from './lecture-style.js';
import { ScoreCell } from './score-cell.js';
import type { Child } from 'hono/jsx';
import { SIGN_IN_ASKS, type SignInAsk } from '../../../shared/sign-in/sign-in-schema.js';
import type { ReminderRun } from '../../../shared/reminders/remind-units.js';
import { copyScript, lectureReminderStyle, ReminderPanel } from './reminder-panel.js';

export interface LecturePageProps {
  /** The unit request this lecture answers, as people name it (unit · menu). */
  requestName?: string;
  ctx: PageContext;
  view: LectureView;
  feedbackUrl: string;
  qrSvg: string;
  suggestions: SuggestionRow[];
  moreSuggestions?: string;
  problems?: string[];
  notice?: string;
  /** The sign-in link and the district's setting (what the page asks). */
  signIn?: { url: string; ask: SignInAsk };
  /** What a record section adds below (台账), rendered by its own module. */
  record?: Child;
  /** The 催办反馈 panel: shown while the feedback window is open with no feedback yet, to accounts that may send it. */
  remind?: boolean;
  /** The reminder run just made: each host unit's message to copy. */
  run?: ReminderRun;
  /** The change form (修改安排), for accounts that may change the lecture while it is scheduled. */
  change?: { catalogue: Catalogue; timeZone: string; state?: ChangeFormState };
}

export function Suggestions({ rows, locale }: { rows: SuggestionRow[]; locale: PageContext['locale'] }) {
  const t = lectureMessages(locale);
  if (rows.length === 0) return <p>{t.noSuggestions}</p>;
  return (
    <div>
      {rows.map((s) => (
        <div class="suggestion">
          {s.texts.map((x) => (
            <p>
              <span class="muted">{`${x.title}：`}</span>
              {x.text}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

/** 签到: how many signed in (beside the organizer's head count), the link, the sheet, and the district's setting for admins. */
function SignInSection({ ctx, view, signIn }: { ctx: PageContext; view: LectureView; signIn: NonNullable<LecturePageProps['signIn']> }) {
  const t = lectureMessages(ctx.locale);
  const { lecture } = view;
  return (
    <section aria-labelledby="sign-in-h">
      <h2 id="sign-in-h">{t.signInTitle}</h2>
      <dl class="facts">
        <dt>{t.signIns}</dt>
        <dd data-sign-ins>{view.signIns}</dd>
        <dt>{t.attendance}</dt>
        <dd>{lecture.attendance ?? t.notRecorded}</dd>
      </dl>
      <p class="help">{t.signInHelp}</p>
      {lecture.status === 'cancelled' ? null : (
        <p class="share-url">
          <a href={signIn.url}>{signIn.url}</a>
        </p>
      )}
      <p class="links no-print">
        <a href={href(ctx, `/api/lectures/${lecture.id}/sign-ins.xlsx`)} download>
          {t.signInSheetXlsx}
        </a>
        <a href={href(ctx, `/api/lectures/${lecture.id}/sign-ins.csv`)} download>
          {t.signInSheetCsv}
        </a>
      </p>
      {ctx.account?.role === 'admin' ? (
        <form method="post" action={href(ctx, `/admin/sign-in-settings?back=${lecture.id}`)} class="no-print">
          <fieldset>
            <legend>{t.signInAsk}</legend>
            {SIGN_IN_ASKS.map((ask) => (
              <label class="inline" for={`ask-${ask}`}>
                <input type="radio" id={`ask-${ask}`} name="ask" value={ask} checked={signIn.ask === ask} /> {t.signInAsks[ask]}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="secondary">
            {t.saveSignInAsk}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function LecturePage(props: LecturePageProps) {
  const { ctx, view } = props;
  const { lecture } = view;
  const t = lectureMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={lecture.topicTitle} extraStyle={props.remind ? lectureReminderStyle : lectureStyle} {...(props.run?.messages.length ? { script: copyScript } : {})}>
      <p class="no-print">
        <a href={href(ctx, '/admin/lectures')}>{t.lectures}</a>
      </p>
      <h1>{lecture.topicTitle}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <Problems title={lecture.topicTitle} items={props.problems ?? []} />
      {lecture.status === 'scheduled' && assignmentOf(lecture) === 'declined' ? (
        // 待派单: the expert's reason, and the way to reassign, before anything else.
        <p class="notice assignment declined" data-assignment="declined">
          {lectureChangeMessages(ctx.locale).declined(lecture.declineReason ?? '')}
          {props.change ? (
            <>
              {' '}
              <a href="#change">{lectureChangeMessages(ctx.locale).change}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <section>
        <dl class="facts">
          <dt>{t.status}</dt>
          <dd>{lecture.status === 'cancelled' ? t.cancelled(lecture.cancelReason) : lectureStatusText(lecture, ctx.locale)}</dd>
          <dt>{t.expert}</dt>
          <dd>{lecture.expertName}</dd>
          <dt>{t.time}</dt>
          <dd>{`${view.startsAtLocal.replace('T', ' ')}（${lecture.durationMinutes}′）`}</dd>
          <dt>{t.units}</dt>
          <dd>{lecture.units.map((u) => u.name).join('、')}</dd>
          <dt>{t.place}</dt>
          <dd>{lecture.place}</dd>
          {lecture.format ? (
            <>
              <dt>{t.format}</dt>
              <dd>{formatName(lecture.format, ctx.locale)}</dd>
            </>
          ) : null}
          {lecture.manner ? (
            <>
              <dt>{t.manner}</dt>
              <dd>{formatName(lecture.manner, ctx.locale)}</dd>
            </>
          ) : null}
          {lecture.plannedAudience !== undefined ? (
            <>
              <dt>{t.plannedAudience}</dt>
              <dd>{lecture.plannedAudience}</dd>
            </>
          ) : null}
          {lecture.attendance !== undefined ? (
            <>
              <dt>{t.attendance}</dt>
              <dd>{lecture.attendance}</dd>
            </>
          ) : null}
          {lecture.requestId ? (
            <>
              <dt>{t.request}</dt>
              <dd>
                <a href={href(ctx, `/admin/menus/${lecture.requestId.split('~')[0]}`)}>{props.requestName ?? t.requestGoneShort}</a>
              </dd>
            </>
          ) : null}
          {lecture.notes ? (
            <>
              <dt>{t.notes}</dt>
              <dd>{lecture.notes}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {lecture.status === 'cancelled' ? null : (
        <section>
          <h2>{t.feedbackLink}</h2>
          <p class="help">{t.feedbackHelp}</p>
          <div class="bigqr" role="img" aria-label={`${t.feedbackLink}: ${props.feedbackUrl}`} dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
          <p class="share-url">
            <a href={props.feedbackUrl}>{props.feedbackUrl}</a>
          </p>
          <p>{t.feedbackWindow(view.feedbackOpensAt.replace('T', ' '), view.feedbackClosesAt.replace('T', ' '))}</p>
          <p class="links no-print">
            <a href={href(ctx, `/admin/lectures/${lecture.id}/screen`)}>{t.screen}</a>
          </p>
        </section>
      )}
      {props.remind ? <ReminderPanel ctx={ctx} action={`/admin/lectures/${lecture.id}/reminders`} run={props.run} about="feedback" /> : null}
      {props.signIn ? <SignInSection ctx={ctx} view={view} signIn={props.signIn} /> : null}
      {props.record ?? null}
      <section>
        <h2>{t.scores}</h2>
        <dl class="facts scores">
          <dt>{t.feedback}</dt>
          <dd>{view.feedback}</dd>
          {DIMENSIONS.map((d) => (
            <>
              <dt>{t.dimension[d]}</dt>
              <dd>
                <ScoreCell score={view.scores[d]} byScale={view.scoresByScale?.[d]} locale={ctx.locale} />
              </dd>
            </>
          ))}
          <dt>{t.satisfaction}</dt>
          <dd>
            <ScoreCell share={view.satisfaction} locale={ctx.locale} />
          </dd>
        </dl>
        <p class="help">{t.satisfactionHelp}</p>
      </section>
      <section>
        <h2>{t.suggestions}</h2>
        <Suggestions rows={props.suggestions} locale={ctx.locale} />
        {props.moreSuggestions ? (
          <p class="links no-print">
            <a href={props.moreSuggestions}>{t.more}</a>
          </p>
        ) : null}
      </section>
      {lecture.status === 'cancelled' ? null : (
        <section class="no-print">
          <h2 id="attendance">{t.markDelivered}</h2>
          <p class="help">{t.markDeliveredHelp}</p>
          <form method="post" action={href(ctx, `/admin/lectures/${lecture.id}/delivered`)}>
            <label for="f-attendance">{t.attendance}</label>
            <input type="number" id="f-attendance" name="attendance" min={0} required value={lecture.attendance !== undefined ? String(lecture.attendance) : ''} />
            <button type="submit">{t.markDelivered}</button>
          </form>
        </section>
      )}
      {lecture.status === 'scheduled' && props.change ? <LectureChangeForm ctx={ctx} lecture={lecture} catalogue={props.change.catalogue} timeZone={props.change.timeZone} state={props.change.state} /> : null}
      {lecture.status === 'scheduled' ? (
        <section class="no-print">
          <h2>{t.cancel}</h2>
          <p class="help">{t.cancelHelp}</p>
          <form method="post" action={href(ctx, `/admin/lectures/${lecture.id}/cancel`)}>
            <label for="f-reason">{t.cancelReason}</label>
            <input type="text" id="f-reason" name="reason" maxlength={500} />
            <button type="submit" class="secondary">
              {t.cancel}
            </button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}

/**
 * The QR code alone, as large as the screen allows, for the projector at the end of the lecture: no menu
 * bar, no account, nothing to scroll; the title, the code and the link fit a 1024x768 projector as well
 * as a 1920x1080 screen.
 */
export function LectureScreenPage({ ctx, view, feedbackUrl, qrSvg, signIn }: Pick<LecturePageProps, 'ctx' | 'view' | 'feedbackUrl' | 'qrSvg'> & { signIn: { url: string; qrSvg: string } }) {
  const t = lectureMessages(ctx.locale);
  const code = (label: string, url: string, svg: string, scan: string, kind: string) => (
    <figure class="code" data-code={kind}>
      <figcaption class="scan">{scan}</figcaption>
      <div class="bigqr" role="img" aria-label={`${label}: ${url}`} dangerouslySetInnerHTML={{ __html: svg }} />
      <p class="share-url">{url}</p>
    </figure>
  );
  // Sign-in as people come in, feedback at the end: both codes side by side, each saying what it is for.
  return (
    <DashboardLayout ctx={ctx} title={view.lecture.topicTitle} extraStyle={lectureStyle} bare>
      <div class="screen two">
        <h1>{view.lecture.topicTitle}</h1>
        <p class="who">{`${view.lecture.expertName} · ${view.startsAtLocal.replace('T', ' ')}`}</p>
        <div class="pair">
          {code(t.signInLink, signIn.url, signIn.qrSvg, t.scanToSignIn, 'sign-in')}
          {code(t.feedbackLink, feedbackUrl, qrSvg, t.scanToRate, 'feedback')}
        </div>
      </div>
    </DashboardLayout>
  );
}
