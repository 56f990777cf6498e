// One study session of the centre group: its facts, the sign-in QR code and link, who of the attendee
// list signed in (and guests), the record (台账: summary, photos, files), and the held and cancel forms.
import type { Child } from 'hono/jsx';
import { studyPlanMessages } from '../../../shared/i18n/study-plan-messages.js';
import type { Attendee, StudySession } from '../../../shared/study-plan/study-session-schema.js';
import type { SignInSettings } from '../../../shared/sign-in/sign-in-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { lectureStyle } from './lecture-style.js';
import { studyPlanStyle } from './study-plan-style.js';

/** The plan pages' look and the lecture page's record section (photo grid, upload forms). */
export const studySessionStyle = `${studyPlanStyle}${lectureStyle}`;
import { SessionForm, type SessionFormChoices } from './study-plan-page.js';

export interface StudySessionPageProps {
  ctx: PageContext;
  session: StudySession;
  startsAtLocal: string;
  signIn: { url: string; qrSvg: string; settings: SignInSettings };
  /** Listed attendees who signed in, by person id; guests counted. */
  signedIn: ReadonlySet<string>;
  guests: number;
  /** The record section (台账: summary, photos, files), drawn by the lecture page's record module. */
  record: Child;
  mayEdit: boolean;
  isAdmin: boolean;
  notice?: string;
  problems?: string[];
  /** The change form's choices, and its values and problems when a change was refused. */
  change?: { choices: SessionFormChoices; values: URLSearchParams; errors?: Record<string, string> };
}

export function StudySessionPage(props: StudySessionPageProps) {
  const { ctx, session } = props;
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  const year = session.planYear;
  const speaker = session.speaker.kind === 'leader' ? `${session.speaker.name}（${session.speaker.post}）` : `${session.speaker.name}${session.speaker.title ? `（${session.speaker.title}）` : ''}`;
  return (
    <DashboardLayout ctx={ctx} title={session.title} extraStyle={studySessionStyle}>
      <p class="no-print">
        <a href={href(ctx, `/admin/study-plan?year=${year}`)}>{t.planTitle(year)}</a>
      </p>
      <h1>{session.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <Problems title={session.title} items={props.problems ?? []} />
      <section>
        <dl class="facts">
          <dt>{p.status}</dt>
          <dd>{t.statuses[session.status]}</dd>
          <dt>{p.theme}</dt>
          <dd>{session.themeName}</dd>
          <dt>{p.form}</dt>
          <dd>{session.form}</dd>
          <dt>{p.time}</dt>
          <dd>{`${props.startsAtLocal}（${session.durationMinutes}′）`}</dd>
          <dt>{p.place}</dt>
          <dd>{session.place}</dd>
          <dt>{p.speaker}</dt>
          <dd>{speaker}</dd>
          <dt>{p.attendees}</dt>
          <dd>{`${p.attendeeCount(session.attendees.length)}${session.widened ? ` · ${t.widened}` : ''}`}</dd>
          {session.attendance !== undefined ? (
            <>
              <dt>{p.attendance}</dt>
              <dd>{String(session.attendance)}</dd>
            </>
          ) : null}
          {session.notes ? (
            <>
              <dt>{p.notes}</dt>
              <dd>{session.notes}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section>
        <h2 id="sign-in-h">{p.signIn}</h2>
        <p class="help">{p.signInHelp}</p>
        {session.status === 'cancelled' ? null : (
          <>
            <div class="bigqr" role="img" aria-label={`${p.qr}: ${props.signIn.url}`} dangerouslySetInnerHTML={{ __html: props.signIn.qrSvg }} />
            <p class="share-url">
              <a href={props.signIn.url}>{props.signIn.url}</a>
            </p>
          </>
        )}
        <p>{`${p.signedIn} ${props.signedIn.size} / ${session.attendees.length} · ${p.guests} ${props.guests}`}</p>
        <DataTable
          rows={session.attendees}
          columns={[
            { header: t.columns.name, key: true, cell: (a: Attendee) => a.name },
            { header: t.columns.post, cell: (a: Attendee) => a.post },
            { header: t.columns.unit, cell: (a: Attendee) => a.unit },
            { header: p.signIn, cell: (a: Attendee) => (props.signedIn.has(a.id) ? p.signedIn : p.notSignedIn) },
          ]}
        />
        <p class="links no-print">
          <a href={href(ctx, `/api/lectures/${session.id}/sign-ins.xlsx`)} download>
            {p.signInSheetXlsx}
          </a>{' '}
          <a href={href(ctx, `/api/lectures/${session.id}/sign-ins.csv`)} download>
            {p.signInSheetCsv}
          </a>
        </p>
        {props.isAdmin ? (
          <form method="post" action={href(ctx, `/admin/study-sessions/${session.id}/unlisted`)} class="no-print">
            <fieldset>
              <legend>{p.unlisted}</legend>
              {(['refuse', 'guest'] as const).map((mode) => (
                <label class="inline" for={`f-unlisted-${mode}`}>
                  <input type="radio" id={`f-unlisted-${mode}`} name="unlisted" value={mode} checked={props.signIn.settings.unlisted === mode} /> {p.unlistedModes[mode]}
                </label>
              ))}
            </fieldset>
            <button type="submit" class="secondary">
              {p.saveUnlisted}
            </button>
          </form>
        ) : null}
      </section>
      {props.record}
      {props.mayEdit && session.status !== 'cancelled' ? (
        <section class="no-print">
          <h2>{p.markHeld}</h2>
          <p class="help">{p.markHeldHelp}</p>
          <form method="post" action={href(ctx, `/admin/study-sessions/${session.id}/held`)}>
            <label for="f-attendance">{p.attendance}</label>
            <input type="number" id="f-attendance" name="attendance" min={0} max={100000} value={session.attendance !== undefined ? String(session.attendance) : ''} />
            <button type="submit">{p.markHeld}</button>
          </form>
        </section>
      ) : null}
      {props.mayEdit && session.status === 'scheduled' && props.change ? (
        <section class="no-print">
          <h2 id="change">{p.change}</h2>
          <p class="help">{p.changeHelp}</p>
          <SessionForm ctx={ctx} choices={props.change.choices} values={props.change.values} errors={props.change.errors} year={year} action={`/admin/study-sessions/${session.id}`} submit={p.save} />
        </section>
      ) : null}
      {props.mayEdit && session.status === 'scheduled' ? (
        <section class="no-print">
          <h2>{p.cancel}</h2>
          <form method="post" action={href(ctx, `/admin/study-sessions/${session.id}/cancel`)}>
            <label for="f-reason">{p.cancelReason}</label>
            <input type="text" id="f-reason" name="reason" maxlength={500} />
            <button type="submit" class="secondary">
              {p.cancel}
            </button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}
