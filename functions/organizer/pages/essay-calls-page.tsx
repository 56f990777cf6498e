// 基层论谈's organizer pages: the essay calls with the new-call form; one call with its next step, its
// rankings by theme and by front, every essay (with unit and authors: the organizers' view), its
// exchange meetings and the meeting form; one exchange meeting with its sign-in and feedback links.
import type { Child } from 'hono/jsx';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { STEP_TARGET, type EssayCall, type EssayCallStep } from '../../../shared/essays/essay-schema.js';
import type { ExchangeMeeting } from '../../../shared/essays/exchange-meeting-schema.js';
import type { RankedEssay } from '../../../shared/essays/rankings.js';
import { essayAdminMessages } from '../../../shared/i18n/essay-admin-messages.js';
import { essayMessages } from '../../../shared/i18n/essay-messages.js';
import { fileSize } from '../../../shared/essays/essay-file.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import type { CallDetail } from '../essay-deps.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { Field } from './lecture-change-form.js';
import { MeetingCancelForm, MeetingChangeForm, MeetingHeldForm, type MeetingChangeChoices } from './meeting-forms.js';
import { meetingStyle } from './meeting-style.js';
import { programmeStyle } from './programme-style.js';

export interface FormState {
  values?: URLSearchParams;
  errors?: Record<string, string>;
  problems?: string[];
}

export const described = (e: Record<string, string>, name: string, id: string) => (e[name] ? { 'aria-describedby': `${id}-err`, 'aria-invalid': 'true' as const } : {});

/** A box of checkboxes with its legend and its problem beside it (themes, presenting units, experts). */
export function Checkboxes({ id, legend, name, error, items, chosen }: { id: string; legend: string; name: string; error?: string; items: readonly { value: string; label: string }[]; chosen: ReadonlySet<string> }) {
  return (
    <fieldset class="box" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p class="field-err" id={`${id}-err`}>
          {error}
        </p>
      ) : null}
      {items.map((item) => (
        <label class="inline">
          <input type="checkbox" name={name} value={item.value} checked={chosen.has(item.value)} />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}

export function EssayCallsPage({ ctx, calls, counts, catalogue, timeZone, zone, mayEdit, flash, form = {} }: { ctx: PageContext; calls: readonly EssayCall[]; counts: ReadonlyMap<string, number>; catalogue: Catalogue; timeZone: string; zone: string; mayEdit: boolean; flash?: string; form?: FormState }) {
  const t = essayAdminMessages(ctx.locale);
  const states = essayMessages(ctx.locale).states;
  const e = form.errors ?? {};
  const v = form.values;
  const chosen = new Set(v?.getAll('themeIds') ?? []);
  return (
    <DashboardLayout ctx={ctx} title={t.title} extraStyle={programmeStyle}>
      <h1>{t.title}</h1>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <p class="help">{t.help}</p>
      <h2>{t.calls}</h2>
      <DataTable
        rows={calls}
        empty={t.none}
        columns={[
          { header: t.callTitle, key: true, cell: (c) => <a href={href(ctx, `/admin/essay-calls/${c.id}`)}>{c.title}</a> },
          { header: t.state, cell: (c) => states[c.state] },
          { header: `${t.deadline}（${zone}）`, cell: (c) => districtMinute(c.deadline, timeZone) },
          { header: t.essays, num: true, cell: (c) => String(counts.get(c.id) ?? 0) },
        ]}
      />
      {mayEdit ? (
        <section>
          <h2 id="new">{t.newCall}</h2>
          <Problems title={t.newCall} items={form.problems ?? []} />
          <form method="post" action={href(ctx, '/admin/essay-calls')}>
            <Field id="n-title" label={t.callTitle} error={e.title}>
              <input type="text" id="n-title" name="title" required maxlength={200} value={v?.get('title') ?? ''} {...described(e, 'title', 'n-title')} />
            </Field>
            <Checkboxes id="n-themes" legend={t.themes} name="themeIds" error={e.themeIds} chosen={chosen} items={catalogue.themes.filter((th) => !th.retired).map((th) => ({ value: th.id, label: th.name }))} />
            <Field id="n-deadline" label={`${t.deadline}（${t.deadlineHelp(zone)}）`} error={e.deadline}>
              <input type="datetime-local" id="n-deadline" name="deadline" required value={v?.get('deadline') ?? ''} {...described(e, 'deadline', 'n-deadline')} />
            </Field>
            <Field id="n-rules" label={`${t.rules}（${t.rulesHelp}）`} error={e.rules}>
              <textarea id="n-rules" name="rules" maxlength={4000} rows={4} {...described(e, 'rules', 'n-rules')}>
                {v?.get('rules') ?? ''}
              </textarea>
            </Field>
            <button type="submit">{t.create}</button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}

function RankTable({ ctx, rows, label }: { ctx: PageContext; rows: readonly RankedEssay[]; label: string }) {
  const t = essayAdminMessages(ctx.locale);
  return (
    <DataTable
      rows={rows}
      label={label}
      columns={[
        { header: t.rank, num: true, cell: (r) => (r.rank === undefined ? t.unranked : String(r.rank)) },
        { header: t.essay, key: true, cell: (r) => r.title },
        { header: t.unit, cell: (r) => r.unitName },
        { header: t.mean, num: true, cell: (r) => r.meanScore ?? t.unranked },
        { header: t.reviews, num: true, cell: (r) => String(r.reviews) },
      ]}
    />
  );
}

const NEXT_STEP: Partial<Record<EssayCall['state'], EssayCallStep>> = { draft: 'open', open: 'close', closed: 'publish' };

export interface EssayCallPageProps {
  ctx: PageContext;
  detail: CallDetail;
  catalogue: Catalogue;
  timeZone: string;
  zone: string;
  mayEdit: boolean;
  flash?: string;
  problems?: string[];
  meetingForm?: FormState;
}

export function EssayCallPage({ ctx, detail, catalogue, timeZone, zone, mayEdit, flash, problems = [], meetingForm = {} }: EssayCallPageProps) {
  const t = essayAdminMessages(ctx.locale);
  const states = essayMessages(ctx.locale).states;
  const { call, essays, rankings, meetings } = detail;
  const next = NEXT_STEP[call.state];
  const frontName = (id: string) => catalogue.fronts.find((f) => f.id === id)?.name ?? t.unranked;
  const e = meetingForm.errors ?? {};
  const v = meetingForm.values;
  const picked = new Set(v?.getAll('essayIds') ?? []);
  const pickedExperts = new Set(v?.getAll('expertIds') ?? []);
  return (
    <DashboardLayout ctx={ctx} title={call.title} extraStyle={programmeStyle}>
      <p>
        <a href={href(ctx, '/admin/essay-calls')}>{t.title}</a>
      </p>
      <h1>{call.title}</h1>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <Problems title={call.title} items={problems} />
      <dl class="facts">
        <dt>{t.state}</dt>
        <dd>{states[call.state]}</dd>
        <dt>{t.themes}</dt>
        <dd>{call.themes.map((th) => th.name).join('、')}</dd>
        <dt>{t.deadline}</dt>
        <dd>{`${districtMinute(call.deadline, timeZone)}（${zone}）`}</dd>
        {call.rules ? (
          <>
            <dt>{t.rules}</dt>
            <dd>{call.rules}</dd>
          </>
        ) : null}
      </dl>
      {mayEdit && next ? (
        <form method="post" action={href(ctx, `/admin/essay-calls/${call.id}/step`)}>
          <input type="hidden" name="step" value={next} />
          <p class="help">{t.stepHelp[call.state]}</p>
          <button type="submit" data-step={STEP_TARGET[next]}>
            {t.steps[next]}
          </button>
        </form>
      ) : null}

      <h2 id="rankings">{t.rankings}</h2>
      {essays.length === 0 ? <p>{t.noEssays}</p> : null}
      {rankings.byTheme.map((g) => (
        <section>
          <h3>{`${t.byTheme} · ${g.themeName}`}</h3>
          <RankTable ctx={ctx} rows={g.essays} label={g.themeName} />
        </section>
      ))}
      {rankings.byFront.map((g) => (
        <section>
          <h3>{`${t.byFront} · ${frontName(g.front)}`}</h3>
          <RankTable ctx={ctx} rows={g.essays} label={frontName(g.front)} />
        </section>
      ))}

      {essays.length > 0 ? (
        <section>
          <h2 id="essays">{t.allEssays}</h2>
          {essays.map((essay) => (
            <details>
              <summary>{`${essay.title} · ${essay.unitName}（${t.authors}：${essay.authors}，${t.version(essay.version)}）`}</summary>
              {essay.file ? (
                <p>
                  <a href={`/api/essay-calls/${essay.callId}/essays/${essay.id}/file`} download>
                    {t.downloadOriginal(essay.file.format.toUpperCase(), fileSize(essay.file.bytes))}
                  </a>
                </p>
              ) : null}
              {essay.text ? <p class="pre">{essay.text}</p> : null}
            </details>
          ))}
        </section>
      ) : null}

      <h2 id="meetings">{t.meetings}</h2>
      <DataTable
        rows={meetings}
        empty={t.noMeetings}
        columns={[
          { header: t.meetings, key: true, cell: (m) => <a href={href(ctx, `/admin/exchange-meetings/${m.id}`)}>{m.title}</a> },
          { header: `${t.time}（${zone}）`, cell: (m) => districtMinute(m.startsAt, timeZone) },
          { header: t.place, cell: (m) => m.place },
          { header: t.presenting, cell: (m) => m.units.map((u) => u.name).join('、') },
          { header: t.status, cell: (m) => t.statuses[m.status] },
        ]}
      />
      {mayEdit && call.state !== 'draft' && essays.length > 0 ? (
        <section>
          <h2 id="new-meeting">{t.newMeeting}</h2>
          <p class="help">{t.meetingHelp}</p>
          <Problems title={t.newMeeting} items={meetingForm.problems ?? []} />
          <form method="post" action={href(ctx, `/admin/essay-calls/${call.id}/meetings`)}>
            <div class="row">
              <Field id="m-themeId" label={t.theme} error={e.themeId}>
                <select id="m-themeId" name="themeId" {...described(e, 'themeId', 'm-themeId')}>
                  {call.themes.map((th) => (
                    <option value={th.id} selected={v?.get('themeId') === th.id}>
                      {th.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="m-frontId" label={t.front} error={e.frontId}>
                <select id="m-frontId" name="frontId" {...described(e, 'frontId', 'm-frontId')}>
                  {catalogue.fronts
                    .filter((f) => !f.retired)
                    .map((f) => (
                      <option value={f.id} selected={v?.get('frontId') === f.id}>
                        {f.name}
                      </option>
                    ))}
                </select>
              </Field>
              <Field id="m-startsAt" label={`${t.startsAt}（${zone}）`} error={e.startsAt}>
                <input type="datetime-local" id="m-startsAt" name="startsAt" required value={v?.get('startsAt') ?? ''} {...described(e, 'startsAt', 'm-startsAt')} />
              </Field>
              <Field id="m-durationMinutes" label={t.duration} error={e.durationMinutes}>
                <input type="number" id="m-durationMinutes" name="durationMinutes" min={5} max={720} required value={v?.get('durationMinutes') ?? '120'} {...described(e, 'durationMinutes', 'm-durationMinutes')} />
              </Field>
              <Field id="m-place" label={t.place} error={e.place}>
                <input type="text" id="m-place" name="place" required maxlength={200} value={v?.get('place') ?? ''} {...described(e, 'place', 'm-place')} />
              </Field>
            </div>
            <Checkboxes id="m-essays" legend={t.presenters} name="essayIds" error={e.essayIds} chosen={picked} items={essays.map((essay) => ({ value: essay.id, label: `${essay.unitName}：${essay.title}` }))} />
            <Checkboxes id="m-experts" legend={t.experts} name="expertIds" error={e.expertIds} chosen={pickedExperts} items={catalogue.experts.filter((x) => !x.retired).map((x) => ({ value: x.id, label: x.name }))} />
            <button type="submit">{t.schedule}</button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}

export interface ExchangeMeetingPageProps {
  ctx: PageContext;
  meeting: ExchangeMeeting;
  timeZone: string;
  zone: string;
  signInUrl: string;
  feedbackUrl: string;
  signInQr: string;
  feedbackQr: string;
  flash?: string;
  problems?: string[];
  /** The change form (a scheduled meeting, for an organizer): its choices and values, refused fields beside them. */
  change?: { choices: MeetingChangeChoices; form: FormState & { values: URLSearchParams } };
  /** The held and cancel forms, for an organizer; a refused field's problem beside it. */
  actions?: { attendanceError?: string; reasonError?: string };
  /** The record section (台账), drawn by the lecture page's record module. */
  record?: Child;
}

export function ExchangeMeetingPage({ ctx, meeting, timeZone, zone, signInUrl, feedbackUrl, signInQr, feedbackQr, flash, problems = [], change, actions, record }: ExchangeMeetingPageProps) {
  const t = essayAdminMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={meeting.title} extraStyle={meetingStyle}>
      <p>
        <a href={href(ctx, `/admin/essay-calls/${meeting.callId}`)}>{t.backToCall}</a>
      </p>
      <h1>{meeting.title}</h1>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <Problems title={meeting.title} items={problems} />
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>{meeting.status === 'cancelled' ? t.cancelledBecause(meeting.cancelReason) : t.statuses[meeting.status]}</dd>
        {meeting.attendance !== undefined ? (
          <>
            <dt>{t.attendance}</dt>
            <dd>{String(meeting.attendance)}</dd>
          </>
        ) : null}
        <dt>{t.time}</dt>
        <dd>{`${districtMinute(meeting.startsAt, timeZone)}–${districtMinute(meeting.endsAt, timeZone).slice(11)}（${zone}）`}</dd>
        <dt>{t.place}</dt>
        <dd>{meeting.place}</dd>
        <dt>{t.theme}</dt>
        <dd>{meeting.themeName}</dd>
        <dt>{t.front}</dt>
        <dd>{meeting.frontName}</dd>
        <dt>{t.commenting}</dt>
        <dd>{meeting.experts.length > 0 ? meeting.experts.map((x) => x.name).join('、') : t.noExperts}</dd>
      </dl>
      <h2>{t.presenting}</h2>
      <ol>
        {meeting.presentations.map((p) => (
          <li>{`${p.unitName}：${p.title}`}</li>
        ))}
      </ol>
      <p class="help">{t.signInHelp}</p>
      <div class="row">
        <figure>
          <div class="qr" role="img" aria-label={t.qr(t.signIn)} dangerouslySetInnerHTML={{ __html: signInQr }} />
          <figcaption>
            {t.signIn}：<a href={signInUrl}>{signInUrl}</a>
          </figcaption>
        </figure>
        <figure>
          <div class="qr" role="img" aria-label={t.qr(t.feedback)} dangerouslySetInnerHTML={{ __html: feedbackQr }} />
          <figcaption>
            {t.feedback}：<a href={feedbackUrl}>{feedbackUrl}</a>
          </figcaption>
        </figure>
      </div>
      {record ?? null}
      {actions && meeting.status !== 'cancelled' ? <MeetingHeldForm ctx={ctx} meeting={meeting} {...(actions.attendanceError ? { error: actions.attendanceError } : {})} /> : null}
      {change && meeting.status === 'scheduled' ? <MeetingChangeForm ctx={ctx} meeting={meeting} choices={change.choices} zone={zone} form={change.form} /> : null}
      {actions && meeting.status === 'scheduled' ? <MeetingCancelForm ctx={ctx} meeting={meeting} {...(actions.reasonError ? { error: actions.reasonError } : {})} /> : null}
    </DashboardLayout>
  );
}
