// The organizers' briefing pages (学习动态): the list with the write-a-briefing form, one briefing's edit
// form (photos picked from an event's record), and its preview. Publishing and withdrawing ask first
// (confirm-first.tsx); every form works without JavaScript.
import type { StoredBriefing } from '../../../shared/briefings/briefing-schema.js';
import { dayInWords, paragraphsOf } from '../../../shared/briefings/briefing-schema.js';
import { briefingMessages } from '../../../shared/i18n/briefing-messages.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { RecordItem } from '../../../shared/records/record-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';

export const briefingStyle = `
.field-err{background:#fdecec;border:1px solid #b00020;color:#7a0014;border-radius:6px;padding:4px 8px;margin:6px 0}
.b-form label{display:block;font-weight:700;margin:12px 0 2px}
.b-form input[type=text],.b-form input[type=date],.b-form select,.b-form textarea{width:100%;max-width:40em;font:inherit;min-height:44px;padding:6px 8px}
.b-form textarea{min-height:12em}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px;border:1px solid #d9d2c5;border-radius:8px;padding:10px;min-width:0}
.photos label{display:flex;flex-direction:column;gap:4px;font-weight:400;margin:0;min-height:44px}
.photos input{width:24px;height:24px}
.photos img{width:100%;height:110px;object-fit:cover;border-radius:6px;background:#eee}
.full{grid-column:1/-1}
.acts{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.acts form{margin:0}
.preview article{background:#fff;border:1px solid #d9d2c5;border-radius:10px;padding:14px 16px;max-width:680px}
.preview article p{text-indent:2em}
.preview article p.day{text-indent:0;color:#444}
.preview figure{margin:12px 0}
.preview figure img{max-width:100%;height:auto}
`;

type Problems = Record<string, string[]>;

function FieldErrors({ id, items }: { id: string; items: readonly string[] | undefined }) {
  return !items || items.length === 0 ? null : (
    <ul class="field-err" id={id}>
      {items.map((m) => (
        <li>{m}</li>
      ))}
    </ul>
  );
}

/** An input's aria for its errors and its help. */
const described = (id: string, problems: Problems, field: string) => ({
  'aria-invalid': problems[field]?.length ? ('true' as const) : undefined,
  'aria-describedby': [problems[field]?.length ? `${id}-err` : '', `${id}-help`].filter(Boolean).join(' '),
});

export interface BriefingValues {
  title: string;
  date: string;
  text: string;
  eventId?: string;
  photoIds: string[];
}

function CoreFields({ ctx, values, problems, prefix }: { ctx: PageContext; values: BriefingValues; problems: Problems; prefix: string }) {
  const t = briefingMessages(ctx.locale);
  return (
    <>
      <label for={`${prefix}-title`}>{t.fields.title}</label>
      <p class="help" id={`${prefix}-title-help`}>
        {t.help.title}
      </p>
      <FieldErrors id={`${prefix}-title-err`} items={problems.title} />
      <input id={`${prefix}-title`} name="title" type="text" required maxlength={60} value={values.title} {...described(`${prefix}-title`, problems, 'title')} />
      <label for={`${prefix}-date`}>{t.fields.date}</label>
      <p class="help" id={`${prefix}-date-help`}>
        {t.help.date}
      </p>
      <FieldErrors id={`${prefix}-date-err`} items={problems.date} />
      <input id={`${prefix}-date`} name="date" type="date" required value={values.date} {...described(`${prefix}-date`, problems, 'date')} />
      <label for={`${prefix}-text`}>{t.fields.text}</label>
      <p class="help" id={`${prefix}-text-help`}>
        {t.help.text}
      </p>
      <FieldErrors id={`${prefix}-text-err`} items={problems.text} />
      <textarea id={`${prefix}-text`} name="text" maxlength={5000} {...described(`${prefix}-text`, problems, 'text')}>
        {values.text}
      </textarea>
    </>
  );
}

export function BriefingsPage({ ctx, briefings, values, problems, problemLines }: { ctx: PageContext; briefings: readonly Omit<StoredBriefing, 'text'>[]; values: BriefingValues; problems: Problems; problemLines: string[] }) {
  const t = briefingMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.title} extraStyle={briefingStyle}>
      <h1>{t.title}</h1>
      <p class="help">{t.intro}</p>
      <p>
        <a href="/news">{t.publicPage}</a>
      </p>
      <Problems title={d.problems} items={problemLines} />
      <DataTable
        columns={[
          { header: t.columns.title, key: true, cell: (b) => <a href={href(ctx, `/admin/briefings/${b.briefingId}`)}>{b.title}</a> },
          { header: t.columns.date, cell: (b) => dayInWords(b.date, ctx.locale) },
          { header: t.columns.status, cell: (b) => t.status[b.status] },
        ]}
        rows={briefings}
        empty={<p>{t.none}</p>}
      />
      {ctx.account?.role === 'viewer' ? null : (
        <section aria-labelledby="b-new">
          <h2 id="b-new">{t.newTitle}</h2>
          <form method="post" action={href(ctx, '/admin/briefings')} class="b-form">
            <CoreFields ctx={ctx} values={values} problems={problems} prefix="new" />
            <button type="submit">{t.create}</button>
          </form>
        </section>
      )}
    </DashboardLayout>
  );
}

export interface EventChoice {
  id: string;
  label: string;
}

export function BriefingEditPage(props: {
  ctx: PageContext;
  briefing: StoredBriefing;
  values: BriefingValues;
  events: readonly EventChoice[];
  photos: readonly RecordItem[];
  problems: Problems;
  problemLines: string[];
  notice?: string;
  publishedAt?: string;
  zone: string;
}) {
  const { ctx, briefing, values, events, photos, problems, problemLines, notice } = props;
  const t = briefingMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  const mayChange = ctx.account?.role !== 'viewer';
  const editable = mayChange && briefing.status !== 'published';
  const picked = new Set(values.photoIds);
  return (
    <DashboardLayout ctx={ctx} title={`${briefing.title} · ${t.title}`} extraStyle={briefingStyle}>
      <p>
        <a href={href(ctx, '/admin/briefings')}>{t.back}</a>
      </p>
      <h1>{briefing.title}</h1>
      <p>
        {t.columns.status}：<strong>{t.status[briefing.status]}</strong>
        {props.publishedAt && briefing.status === 'published' ? `　${t.publishedAt(props.publishedAt, props.zone)}` : null}
      </p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <Problems title={d.problems} items={problemLines} />
      <div class="acts">
        <a class="button secondary" href={href(ctx, `/admin/briefings/${briefing.briefingId}/preview`)}>
          {t.preview}
        </a>
        {briefing.status === 'published' ? (
          <>
            <a class="button secondary" href={`/news/${briefing.briefingId}`}>
              {t.publicPage}
            </a>
            <a class="button secondary" href={`/news/${briefing.briefingId}/briefing.docx`}>
              {t.word}
            </a>
          </>
        ) : null}
        {mayChange && briefing.status !== 'published' ? (
          <form method="post" action={href(ctx, `/admin/briefings/${briefing.briefingId}/publish`)}>
            <input type="hidden" name="version" value={String(briefing.version)} />
            <button type="submit">{t.publish}</button>
          </form>
        ) : null}
        {mayChange && briefing.status === 'published' ? (
          <form method="post" action={href(ctx, `/admin/briefings/${briefing.briefingId}/withdraw`)}>
            <input type="hidden" name="version" value={String(briefing.version)} />
            <button type="submit" class="secondary">
              {t.withdraw}
            </button>
          </form>
        ) : null}
      </div>
      {briefing.status === 'published' && mayChange ? <p class="help">{t.editWhilePublished}</p> : null}
      {editable ? (
        <section aria-labelledby="b-edit">
          <h2 id="b-edit">{t.edit}</h2>
          <form method="post" action={href(ctx, `/admin/briefings/${briefing.briefingId}`)} class="b-form">
            <input type="hidden" name="version" value={String(briefing.version)} />
            <CoreFields ctx={ctx} values={values} problems={problems} prefix="b" />
            <label for="b-event">{t.fields.eventId}</label>
            <p class="help" id="b-event-help">
              {t.help.eventId}
            </p>
            <FieldErrors id="b-event-err" items={problems.eventId} />
            <select id="b-event" name="eventId" {...described('b-event', problems, 'eventId')}>
              <option value="">{t.noEvent}</option>
              {events.map((e) => (
                <option value={e.id} selected={e.id === values.eventId}>
                  {e.label}
                </option>
              ))}
            </select>
            {values.eventId ? (
              <fieldset class="photos" aria-describedby={['b-photos-help', problems.photoIds?.length ? 'b-photos-err' : ''].filter(Boolean).join(' ')}>
                <legend>{t.fields.photoIds}</legend>
                <p class="help full" id="b-photos-help">
                  {t.help.photoIds}
                </p>
                <FieldErrors id="b-photos-err" items={problems.photoIds} />
                {photos.length === 0 ? <p class="full">{t.noPhotos}</p> : null}
                {photos.map((photo, i) => (
                  <label for={`b-photo-${i}`}>
                    <img src={`/api/lectures/${photo.eventId}/record/items/${photo.itemId}`} alt={photo.name} loading="lazy" width={140} height={110} />
                    <span>
                      <input type="checkbox" id={`b-photo-${i}`} name="photoIds" value={photo.itemId} checked={picked.has(photo.itemId)} disabled={photo.format === 'webp'} /> {photo.name}
                      {photo.format === 'webp' ? t.webp : ''}
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            <button type="submit">{t.save}</button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  );
}

export function BriefingPreviewPage({ ctx, briefing, photos }: { ctx: PageContext; briefing: StoredBriefing; photos: readonly RecordItem[] }) {
  const t = briefingMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={`${t.preview} · ${briefing.title}`} extraStyle={briefingStyle}>
      <p>
        <a href={href(ctx, `/admin/briefings/${briefing.briefingId}`)}>{t.back}</a>
      </p>
      <p class="notice">{t.previewNote}</p>
      <div class="preview">
        <article>
          <h1>{briefing.title}</h1>
          <p class="day">{dayInWords(briefing.date, ctx.locale)}</p>
          {paragraphsOf(briefing.text).map((p) => (
            <p>{p}</p>
          ))}
          {photos.map((photo) => (
            <figure>
              <img src={`/api/lectures/${photo.eventId}/record/items/${photo.itemId}`} alt={photo.name} loading="lazy" />
            </figure>
          ))}
        </article>
      </div>
    </DashboardLayout>
  );
}
