// The year's study plan (年度学习计划): months planned against held, each month without a collective
// study flagged; the sessions; attendance by person and by unit; the plan-a-session form and the
// district's own study forms. The same content prints on A4 (print view, no forms).
import { studyPlanMessages } from '../../../shared/i18n/study-plan-messages.js';
import type { StudyPlanView, AttendanceRow, PlanMonth } from '../../../shared/study-plan/plan-view.js';
import { percentCell } from '../../../shared/kernel/csv.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FieldError } from './field-error.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { studyPlanStyle } from './study-plan-style.js';

export interface SessionFormChoices {
  themes: readonly { id: string; name: string }[];
  experts: readonly { id: string; name: string; title: string }[];
  forms: readonly string[];
  ownForms: readonly string[];
}

export interface StudyPlanPageProps {
  ctx: PageContext;
  view: StudyPlanView;
  choices: SessionFormChoices;
  mayPlan: boolean;
  isAdmin: boolean;
  members: number;
  values?: URLSearchParams;
  errors?: Record<string, string>;
  problems?: string[];
  print?: { at: string };
}

function MonthsTable({ ctx, view, linked }: { ctx: PageContext; view: StudyPlanView; linked: boolean }) {
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  return (
    <DataTable
      rows={view.months}
      rowAttrs={(m: PlanMonth) => ({ class: m.flag ? 'flagged' : undefined, 'data-month': String(m.month) })}
      columns={[
        { header: p.monthCol, key: true, cell: (m) => t.month(m.month) },
        { header: p.planned, num: true, cell: (m) => String(m.planned) },
        { header: p.held, num: true, cell: (m) => String(m.held) },
        {
          header: p.sessions,
          wide: true,
          cell: (m) =>
            m.sessions.length === 0 ? (
              p.none
            ) : (
              <ul>
                {m.sessions.map((s) => (
                  <li>
                    {linked ? <a href={href(ctx, `/admin/study-sessions/${s.id}`)}>{s.title}</a> : s.title}
                    {` · ${s.startsAt.slice(5)} · ${s.form} · ${s.speaker} · ${t.statuses[s.status]}`}
                    {s.signedIn !== undefined ? ` · ${p.signedIn} ${s.signedIn}/${s.attendees}` : ''}
                  </li>
                ))}
              </ul>
            ),
        },
        { header: p.note, cell: (m) => (m.flag ? <span class="flag">{t.flags[m.flag]}</span> : '') },
      ]}
    />
  );
}

function AttendanceTable({ ctx, rows, withPerson }: { ctx: PageContext; rows: readonly AttendanceRow[]; withPerson: boolean }) {
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  const counts = [
    { header: p.expected, num: true, cell: (r: AttendanceRow) => String(r.expected) },
    { header: p.attended, num: true, cell: (r: AttendanceRow) => String(r.attended) },
    { header: p.rate, num: true, cell: (r: AttendanceRow) => (r.rate !== undefined ? percentCell(r.rate) : '') },
  ];
  return (
    <DataTable
      rows={rows}
      empty={p.noAttendance}
      columns={
        withPerson
          ? [{ header: t.columns.name, key: true, cell: (r: AttendanceRow) => r.name }, { header: t.columns.post, cell: (r: AttendanceRow) => r.post ?? '' }, { header: t.columns.unit, cell: (r: AttendanceRow) => r.unit }, ...counts]
          : [{ header: t.columns.unit, key: true, cell: (r: AttendanceRow) => r.unit }, ...counts]
      }
    />
  );
}

function PlanContent({ ctx, view, linked }: { ctx: PageContext; view: StudyPlanView; linked: boolean }) {
  const p = studyPlanMessages(ctx.locale).page;
  return (
    <>
      <p>{p.summaryLine(view.planned, view.held, view.flaggedMonths.length)}</p>
      <section>
        <MonthsTable ctx={ctx} view={view} linked={linked} />
      </section>
      <section>
        <h2>{p.byPerson}</h2>
        <AttendanceTable ctx={ctx} rows={view.byPerson} withPerson />
      </section>
      <section>
        <h2>{p.byUnit}</h2>
        <AttendanceTable ctx={ctx} rows={view.byUnit} withPerson={false} />
      </section>
    </>
  );
}

export function SessionForm({ ctx, choices, values = new URLSearchParams(), errors = {}, year, action = '/admin/study-sessions', submit }: { ctx: PageContext; choices: SessionFormChoices; values?: URLSearchParams | undefined; errors?: Record<string, string> | undefined; year: number; action?: string; submit?: string }) {
  const p = studyPlanMessages(ctx.locale).page;
  const v = (name: string) => values.get(name) ?? '';
  const described = (name: string) => (errors[name] ? `e-${name}` : undefined);
  const invalid = (name: string) => (errors[name] ? 'true' : undefined);
  const speakerKind = v('speakerKind') || 'leader';
  return (
    <form method="post" action={href(ctx, action)}>
      <input type="hidden" name="year" value={String(year)} />
      <label for="f-themeId">{p.theme}</label>
      <select id="f-themeId" name="themeId" required aria-invalid={invalid('themeId')} aria-describedby={described('themeId')}>
        {choices.themes.map((th) => (
          <option value={th.id} selected={v('themeId') === th.id}>
            {th.name}
          </option>
        ))}
      </select>
      <FieldError id="e-themeId" message={errors.themeId} />
      <label for="f-title">{p.title}</label>
      <input id="f-title" name="title" type="text" maxlength={200} value={v('title')} aria-invalid={invalid('title')} aria-describedby={described('title')} />
      <FieldError id="e-title" message={errors.title} />
      <label for="f-form">{p.form}</label>
      <select id="f-form" name="form" required aria-invalid={invalid('form')} aria-describedby={described('form')}>
        {choices.forms.map((f) => (
          <option value={f} selected={v('form') === f}>
            {f}
          </option>
        ))}
      </select>
      <FieldError id="e-form" message={errors.form} />
      <label for="f-startsAt">{p.startsAt}</label>
      <input id="f-startsAt" name="startsAt" type="datetime-local" required value={v('startsAt')} aria-invalid={invalid('startsAt')} aria-describedby={described('startsAt')} />
      <FieldError id="e-startsAt" message={errors.startsAt} />
      <label for="f-durationMinutes">{p.duration}</label>
      <input id="f-durationMinutes" name="durationMinutes" type="number" min={15} max={720} required value={v('durationMinutes') || '120'} aria-invalid={invalid('durationMinutes')} aria-describedby={described('durationMinutes')} />
      <FieldError id="e-durationMinutes" message={errors.durationMinutes} />
      <label for="f-place">{p.place}</label>
      <input id="f-place" name="place" type="text" maxlength={200} required value={v('place')} aria-invalid={invalid('place')} aria-describedby={described('place')} />
      <FieldError id="e-place" message={errors.place} />
      <fieldset aria-describedby={errors.speaker ? 'e-speaker' : undefined}>
        <legend>{p.speaker}</legend>
        <label class="inline" for="f-sk-leader">
          <input type="radio" id="f-sk-leader" name="speakerKind" value="leader" checked={speakerKind === 'leader'} /> {studyPlanMessages(ctx.locale).speakerLeader}
        </label>
        <label for="f-leaderName">{p.leaderName}</label>
        <input id="f-leaderName" name="leaderName" type="text" maxlength={40} value={v('leaderName')} />
        <label for="f-leaderPost">{p.leaderPost}</label>
        <input id="f-leaderPost" name="leaderPost" type="text" maxlength={100} value={v('leaderPost')} />
        <label class="inline" for="f-sk-expert">
          <input type="radio" id="f-sk-expert" name="speakerKind" value="expert" checked={speakerKind === 'expert'} /> {p.expert}
        </label>
        <label for="f-expertId">{studyPlanMessages(ctx.locale).speakerExpert}</label>
        <select id="f-expertId" name="expertId">
          {choices.experts.map((e) => (
            <option value={e.id} selected={v('expertId') === e.id}>
              {`${e.name}（${e.title}）`}
            </option>
          ))}
        </select>
        <FieldError id="e-speaker" message={errors.speaker} />
      </fieldset>
      <label class="inline" for="f-widened">
        <input type="checkbox" id="f-widened" name="widened" value="1" checked={v('widened') === '1'} /> {studyPlanMessages(ctx.locale).widened}
      </label>
      <label for="f-notes">{p.notes}</label>
      <textarea id="f-notes" name="notes" rows={2} maxlength={2000}>
        {v('notes')}
      </textarea>
      <button type="submit">{submit ?? p.plan}</button>
    </form>
  );
}

export function StudyPlanPage(props: StudyPlanPageProps) {
  const { ctx, view } = props;
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  const title = t.planTitle(view.year);
  if (props.print) {
    return (
      <DashboardLayout ctx={ctx} title={title} extraStyle={studyPlanStyle} printable>
        <PrintFrame heading={`${title} · ${p.printedAt(props.print.at)}`}>
          <h1>{title}</h1>
          <p class="no-print">
            <a href={href(ctx, `/admin/study-plan?year=${view.year}`)}>{p.planLink}</a> <PrintButton label={p.print} />
          </p>
          <PlanContent ctx={ctx} view={view} linked={false} />
        </PrintFrame>
      </DashboardLayout>
    );
  }
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={studyPlanStyle}>
      <h1>{title}</h1>
      <Problems title={title} items={props.problems ?? []} />
      <form method="get" action={href(ctx, '/admin/study-plan')} class="filters no-print">
        {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <label for="f-year">{p.year}</label>
        <input id="f-year" name="year" type="number" min={2000} max={2099} value={String(view.year)} />
        <button type="submit" class="secondary">
          {p.show}
        </button>
      </form>
      <p class="links no-print">
        <a href={href(ctx, `/admin/study-plan/print?year=${view.year}`)}>{p.print}</a>{' '}
        <a href={href(ctx, `/api/study-plan.xlsx?year=${view.year}`)} download>
          {p.xlsx}
        </a>{' '}
        <a href={href(ctx, '/admin/people')}>{p.people}</a>
      </p>
      <PlanContent ctx={ctx} view={view} linked />
      {props.mayPlan ? (
        <section class="no-print">
          <h2 id="plan">{t.newSession}</h2>
          <p class="help">{p.newSessionHelp}</p>
          {props.members === 0 ? <p class="notice">{p.noMembers}</p> : null}
          <SessionForm ctx={ctx} choices={props.choices} values={props.values} errors={props.errors} year={view.year} />
        </section>
      ) : null}
      {props.isAdmin ? (
        <section class="no-print">
          <h2>{p.formsTitle}</h2>
          <p class="help" id="h-forms">
            {p.formsHelp}
          </p>
          <form method="post" action={href(ctx, `/admin/study-settings?year=${view.year}`)}>
            <label for="f-forms">{p.formsTitle}</label>
            <textarea id="f-forms" name="forms" rows={3} aria-describedby="h-forms">
              {props.choices.ownForms.join('\n')}
            </textarea>
            <button type="submit" class="secondary">
              {p.saveForms}
            </button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}
