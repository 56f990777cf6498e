// 年度台账 on A4: every lecture delivered in the year, one a page: its facts (topic, expert, unit, time,
// place, people, sign-ins, scores), its summary and its photos. Printed from the browser.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { yearMessages } from '../../../shared/i18n/record-messages.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import { bookFacts, type BookEntry } from '../../../shared/records/year-book.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { lectureStyle } from './lecture-style.js';
import { PrintButton } from './print-frame.js';
import { recordItemUrl } from './record-section.js';

const bookOnly =
  '.book-page{background:#fff;border:1px solid #d9d2c5;border-radius:10px;padding:14px;margin:0 0 16px}' +
  '.book-page h2{margin:0 0 8px}.book-photos{display:grid;grid-template-columns:repeat(3,1fr);gap:6px;margin:8px 0 0}' +
  '.book-photos img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;display:block}' +
  '@media (max-width:480px){.book-photos{grid-template-columns:repeat(2,1fr)}}' +
  '@page{size:A4;margin:14mm 12mm 16mm}' +
  '@media print{.book-page{break-after:page;border:0;border-radius:0;padding:0;margin:0}.book-page:last-child{break-after:auto}.book-photos img{max-height:60mm}}';

/** The lecture pages' styles and the book's, as one stylesheet (its hash is in the CSP). */
export const bookStyle = lectureStyle + bookOnly;

export function YearBookPage({ ctx, year, entries, catalogue, timeZone, printedAt }: { ctx: PageContext; year: number; entries: readonly BookEntry[]; catalogue: Catalogue; timeZone: string; printedAt: string }) {
  const t = yearMessages(ctx.locale);
  const l = lectureMessages(ctx.locale);
  const title = t.bookTitle(year);
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={bookStyle} printable>
      <h1>{title}</h1>
      <p class="links no-print">
        <PrintButton label={workbenchMessages(ctx.locale).print} />
        <a href={href(ctx, `/admin/year?year=${year}`)}>{t.title(year)}</a>
      </p>
      <p class="help">{`${l.printed(printedAt)} · ${entries.length} ${t.lectures}`}</p>
      {entries.length === 0 ? <p>{t.noLectures}</p> : null}
      {entries.map((entry, i) => (
        <article class="book-page" aria-labelledby={`book-${i}`} data-lecture={entry.lecture.id}>
          <h2 id={`book-${i}`}>{`${i + 1}. ${entry.lecture.topicTitle}`}</h2>
          <dl class="facts">
            {bookFacts(entry, catalogue, timeZone, ctx.locale)
              .slice(1)
              .map(([label, value]) => (
                <>
                  <dt>{label}</dt>
                  <dd>{value || '—'}</dd>
                </>
              ))}
          </dl>
          {entry.record.summary ? (
            <>
              <h3>{t.summary}</h3>
              <p class="record-summary">{entry.record.summary.text}</p>
            </>
          ) : null}
          {entry.record.photos.length > 0 ? (
            <div class="book-photos">
              {entry.record.photos.map((photo) => (
                <img src={recordItemUrl(photo)} alt={`${t.photos}：${photo.name}`} loading="lazy" width={240} height={180} />
              ))}
            </div>
          ) : null}
          {entry.record.files.length > 0 ? <p class="help">{`${t.files}：${entry.record.files.map((f) => f.name).join('、')}`}</p> : null}
        </article>
      ))}
    </DashboardLayout>
  );
}
