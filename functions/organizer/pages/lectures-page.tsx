// The lectures page (宣讲场次): filters, the list or a month calendar, the ledger download and the
// schedule form. Readable on a phone (the calendar becomes a list of days) and printable.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../../../shared/catalogue/lecture-formats.js';
import { lectureStatusText, type LedgerFilter, type LedgerRow } from '../../../shared/lectures/ledger.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm, type Choice } from './filter-form.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { lectureStyle } from './lecture-style.js';
import { ScoreCell } from './score-cell.js';
import { UnitChoices } from './lecture-change-form.js';

export interface LecturesPageProps {
  ctx: PageContext;
  catalogue: Catalogue;
  rows: LedgerRow[];
  filter: LedgerFilter;
  /** District dates of the range shown (to inclusive). */
  range: { from: string; to: string };
  view: 'list' | 'calendar';
  /** "YYYY-MM" when the calendar is shown. */
  month?: string;
  printedAt: string;
  problems?: string[];
  /** The schedule form's values after a rejected submission. */
  values?: URLSearchParams;
  notice?: string;
  /** Set when the form was opened from a request (排期): what was filled in from it. */
  fromRequest?: string;
  /** False for a front-limited reader: scheduling is the district's (no form, no district-wide links). */
  maySchedule?: boolean;
}

function query(props: LecturesPageProps, extra: Record<string, string>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(props.filter)) if (v) q.set(k, v);
  if (props.view === 'calendar' && props.month) q.set('month', props.month);
  else {
    q.set('from', props.range.from);
    q.set('to', props.range.to);
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

function Select({ name, label, options, value }: { name: string; label: string; options: { id: string; name: string }[]; value?: string }) {
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">—</option>
        {options.map((o) => (
          <option value={o.id} selected={o.id === value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const named = (items: readonly { id: string; name: string }[]): Choice[] => items.map((x) => ({ id: x.id, label: x.name }));

function Calendar({ props }: { props: LecturesPageProps }) {
  const month = props.month ?? props.range.from.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // weeks start on Monday
  const byDay = new Map<number, LedgerRow[]>();
  for (const row of props.rows) {
    const day = Number(row.startsAtLocal.slice(8, 10));
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
  }
  const dows = props.ctx.locale === 'en' ? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] : ['一', '二', '三', '四', '五', '六', '日'];
  return (
    <div class="cal">
      {dows.map((d) => (
        <div class="dow" aria-hidden="true">
          {d}
        </div>
      ))}
      {Array.from({ length: lead }, () => (
        <div class="day out" />
      ))}
      {Array.from({ length: days }, (_, i) => {
        const lectures = byDay.get(i + 1) ?? [];
        return (
          <div class={lectures.length ? 'day' : 'day empty'}>
            <b>{`${month}-${String(i + 1).padStart(2, '0')}`}</b>
            {lectures.map((l) => (
              <a href={href(props.ctx, `/admin/lectures/${l.id}`)} class={l.status === 'cancelled' ? 'cancelled' : undefined}>
                {`${l.startsAtLocal.slice(11, 16)} ${l.topicTitle}（${l.expertName}）`}
              </a>
            ))}
          </div>
        );
      })}
    </div>
  );
}

function LectureTable({ props }: { props: LecturesPageProps }) {
  const t = lectureMessages(props.ctx.locale);
  return (
    <DataTable
      rows={props.rows}
      empty={t.noLectures}
      rowAttrs={(l) => ({ 'data-lecture': l.id })}
      columns={[
        { header: t.time, cell: (l) => l.startsAtLocal.replace('T', ' ') },
        { header: t.topic, key: true, cell: (l) => <a href={href(props.ctx, `/admin/lectures/${l.id}`)}>{l.topicTitle}</a> },
        { header: t.expert, cell: (l) => l.expertName },
        { header: t.units, cell: (l) => l.units.map((u) => u.name).join('、') },
        { header: t.status, cell: (l) => lectureStatusText(l, props.ctx.locale) },
        { header: t.attendance, num: true, cell: (l) => l.attendance ?? '' },
        { header: t.signIns, num: true, cell: (l) => l.signIns },
        { header: t.feedback, num: true, cell: (l) => l.feedback },
        { header: t.satisfaction, num: true, cell: (l) => <ScoreCell share={l.satisfaction} locale={props.ctx.locale} /> },
      ]}
    />
  );
}

function ScheduleForm({ props }: { props: LecturesPageProps }) {
  const t = lectureMessages(props.ctx.locale);
  const v = props.values;
  const active = <T extends { retired?: boolean }>(items: T[]) => items.filter((i) => !i.retired);
  const chosenUnits = new Set(v?.getAll('unitIds') ?? []);
  return (
    <section class="no-print">
      <h2 id="schedule">{t.schedule}</h2>
      <p class="help">{t.scheduleHelp}</p>
      {props.fromRequest ? (
        <p class="notice" role="status">
          {props.fromRequest}
        </p>
      ) : null}
      <Problems title={t.schedule} items={props.problems ?? []} />
      <form method="post" action={href(props.ctx, '/admin/lectures')}>
        <div class="row">
          <Select name="topicId" label={t.topic} options={active(props.catalogue.topics).map((x) => ({ id: x.id, name: x.title }))} value={v?.get('topicId') ?? undefined} />
          <Select name="expertId" label={t.expert} options={active(props.catalogue.experts).map((x) => ({ id: x.id, name: `${x.name}（${x.organisation}）` }))} value={v?.get('expertId') ?? undefined} />
          <div>
            <label for="f-startsAt">{t.startsAt}</label>
            <input type="datetime-local" id="f-startsAt" name="startsAt" required value={v?.get('startsAt') ?? ''} />
          </div>
          <div>
            <label for="f-duration">{t.duration}</label>
            <input type="number" id="f-duration" name="durationMinutes" min={5} max={720} required value={v?.get('durationMinutes') ?? '90'} />
          </div>
          <div>
            <label for="f-place">{t.place}</label>
            <input type="text" id="f-place" name="place" required maxlength={200} value={v?.get('place') ?? ''} />
          </div>
          <Select name="format" label={t.format} options={LECTURE_FORMATS.map((f) => ({ id: f.id, name: props.ctx.locale === 'en' ? f.labelEn : f.label }))} value={v?.get('format') ?? undefined} />
          <Select name="manner" label={t.manner} options={LECTURE_MANNERS.map((f) => ({ id: f.id, name: props.ctx.locale === 'en' ? f.labelEn : f.label }))} value={v?.get('manner') ?? undefined} />
          <div>
            <label for="f-planned">{t.plannedAudience}</label>
            <input type="number" id="f-planned" name="plannedAudience" min={0} value={v?.get('plannedAudience') ?? ''} />
          </div>
          {/* Scheduled from a unit's request (the board's 排期 link): carried along, named above, never typed. */}
          {v?.get('requestId') ? <input type="hidden" name="requestId" value={v.get('requestId') ?? ''} /> : null}
        </div>
        <UnitChoices catalogue={props.catalogue} chosen={chosenUnits} legend={t.units} />
        <label for="f-notes">{t.notes}</label>
        <input type="text" id="f-notes" name="notes" maxlength={2000} value={v?.get('notes') ?? ''} />
        <button type="submit">{t.schedule}</button>
      </form>
    </section>
  );
}

export function LecturesPage(props: LecturesPageProps) {
  const t = lectureMessages(props.ctx.locale);
  const { ctx, filter } = props;
  const district = props.maySchedule !== false;
  const title = t.ledger;
  const heading = `${title} · ${t.range(props.range.from, props.range.to)} · ${t.printed(props.printedAt)}`;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={lectureStyle} printable>
      <PrintFrame heading={heading}>
        <h1>{title}</h1>
        <p>{t.range(props.range.from, props.range.to)}</p>
        {props.notice ? (
          <p class="notice" role="status">
            {props.notice}
          </p>
        ) : null}
        <nav class="tabs" aria-label={t.lectures}>
          <a href={href(ctx, `/admin/lectures?${query({ ...props, view: 'list' }, { view: 'list' })}`)} aria-current={props.view === 'list' ? 'page' : undefined}>
            {t.list}
          </a>
          <a href={href(ctx, `/admin/lectures?${query({ ...props, view: 'calendar', month: props.month ?? props.range.from.slice(0, 7) }, { view: 'calendar' })}`)} aria-current={props.view === 'calendar' ? 'page' : undefined}>
            {t.calendar}
          </a>
        </nav>
        <FilterForm
          ctx={ctx}
          action="/admin/lectures"
          legend={t.filter}
          submit={t.filter}
          keep={{ view: props.view }}
          fields={[
            props.view === 'calendar' ? { kind: 'month', name: 'month', label: t.month, value: props.month } : { kind: 'dates', from: props.range.from, to: props.range.to, labels: { from: t.from, to: t.to } },
            { kind: 'select', name: 'front', label: t.front, any: '—', value: filter.front, choices: named(props.catalogue.fronts) },
            { kind: 'select', name: 'unit', label: t.unit, any: '—', value: filter.unit, choices: named(props.catalogue.units) },
            { kind: 'select', name: 'topic', label: t.topic, any: '—', value: filter.topic, choices: props.catalogue.topics.map((x) => ({ id: x.id, label: x.title })) },
            { kind: 'select', name: 'expert', label: t.expert, any: '—', value: filter.expert, choices: named(props.catalogue.experts) },
          ]}
        />
        <p class="links no-print">
          <PrintButton label={workbenchMessages(ctx.locale).print} />
          <a href={`/api/lectures.csv?${query(props, {})}`}>{t.csv}</a>
          {district ? (
            <>
              <a href={href(ctx, '/admin/scorecards')}>{t.scorecards}</a>
              <a href={href(ctx, '/admin/programme')}>{t.programme}</a>
              <a href="#schedule">{t.schedule}</a>
            </>
          ) : null}
        </p>
        <section>{props.view === 'calendar' ? <Calendar props={props} /> : <LectureTable props={props} />}</section>
        {district ? <ScheduleForm props={props} /> : null}
      </PrintFrame>
    </DashboardLayout>
  );
}
