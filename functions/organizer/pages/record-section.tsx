// 台账 on a lecture's page: the photos (shown), the documents (listed), the summary, and for an
// organizer the forms to add, delete and write them. Every form works without JavaScript: an upload is a
// plain multipart form (to this app locally, straight to S3 in AWS), a deletion asks first.
import { RECORD_LIMITS, SUMMARY_MAX, type EventRecord, type RecordItem, type RecordKind } from '../../../shared/records/record-schema.js';
import type { UploadTarget } from '../../../shared/records/record-store.js';
import { recordMessages } from '../../../shared/i18n/record-messages.js';
import { href, type PageContext } from './dashboard-layout.js';

/** Where each kind's form sends the file, when the record still has room for it. */
export type UploadForms = Partial<Record<RecordKind, UploadTarget>>;

const ACCEPT: Record<RecordKind, string> = {
  photo: 'image/jpeg,image/png,image/webp',
  file: '.pdf,.pptx,.docx,.xlsx,application/pdf',
};

/** The link a record item is shown or downloaded from (the API route serves it, or redirects to S3). */
export function recordItemUrl(item: Pick<RecordItem, 'eventId' | 'itemId'>): string {
  return `/api/lectures/${item.eventId}/record/items/${item.itemId}`;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function UploadForm({ ctx, eventId, kind, target }: { ctx: PageContext; eventId: string; kind: RecordKind; target: UploadTarget }) {
  const t = recordMessages(ctx.locale);
  const id = `f-record-${kind}`;
  const label = kind === 'photo' ? t.choosePhoto : t.chooseFile;
  const button = kind === 'photo' ? t.addPhoto : t.addFile;
  if (target.method === 'POST') {
    // Straight to S3: the presigned fields first, the file last (S3 reads fields up to the file).
    return (
      <form method="post" action={target.url} enctype="multipart/form-data" class="upload">
        {Object.entries(target.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for={id}>{label}</label>
        <input type="file" id={id} name="file" accept={ACCEPT[kind]} required />
        <button type="submit">{button}</button>
      </form>
    );
  }
  return (
    <form method="post" action={href(ctx, `/admin/lectures/${eventId}/record/upload`)} enctype="multipart/form-data" class="upload">
      <input type="hidden" name="kind" value={kind} />
      <label for={id}>{label}</label>
      <input type="file" id={id} name="file" accept={ACCEPT[kind]} required />
      <button type="submit">{button}</button>
    </form>
  );
}

function RemoveForm({ ctx, item }: { ctx: PageContext; item: RecordItem }) {
  const t = recordMessages(ctx.locale);
  return (
    <form method="post" action={href(ctx, `/admin/lectures/${item.eventId}/record/items/${item.itemId}/delete`)} class="inline-form">
      <button type="submit" class="secondary" aria-label={t.remove(item.name)}>
        {t.delete}
      </button>
    </form>
  );
}

export function RecordSection({ ctx, record, uploads, mayEdit }: { ctx: PageContext; record: EventRecord; uploads: UploadForms; mayEdit: boolean }) {
  const t = recordMessages(ctx.locale);
  const eventId = record.eventId;
  return (
    <section aria-labelledby="record-h" id="record">
      <h2 id="record-h">{t.recordTitle}</h2>
      {mayEdit ? <p class="help no-print">{t.recordHelp}</p> : null}
      <h3>
        {t.photos} <span class="muted">{t.count(record.photos.length, RECORD_LIMITS.photo.count)}</span>
      </h3>
      {record.photos.length === 0 ? (
        <p>{t.noPhotos}</p>
      ) : (
        <ul class="record-photos">
          {record.photos.map((photo) => (
            <li>
              <a href={href(ctx, recordItemUrl(photo))}>
                <img src={recordItemUrl(photo)} alt={t.photoAlt(photo.name)} loading="lazy" width={240} height={180} />
              </a>
              <span class="record-name">{photo.name}</span>
              {mayEdit ? <RemoveForm ctx={ctx} item={photo} /> : null}
            </li>
          ))}
        </ul>
      )}
      {mayEdit ? uploads.photo ? <UploadForm ctx={ctx} eventId={eventId} kind="photo" target={uploads.photo} /> : <p class="help">{t.photosFull}</p> : null}
      <h3>
        {t.files} <span class="muted">{t.count(record.files.length, RECORD_LIMITS.file.count)}</span>
      </h3>
      {record.files.length === 0 ? (
        <p>{t.noFiles}</p>
      ) : (
        <ul class="record-files">
          {record.files.map((file) => (
            <li>
              <a href={`${recordItemUrl(file)}?download`} download>
                {file.name}
              </a>{' '}
              <span class="muted">{size(file.bytes)}</span>
              {mayEdit ? <RemoveForm ctx={ctx} item={file} /> : null}
            </li>
          ))}
        </ul>
      )}
      {mayEdit ? uploads.file ? <UploadForm ctx={ctx} eventId={eventId} kind="file" target={uploads.file} /> : <p class="help">{t.filesFull}</p> : null}
      {mayEdit ? null : <h3>{t.summary}</h3>}
      {mayEdit ? (
        <form method="post" action={href(ctx, `/admin/lectures/${eventId}/record/summary`)} class="no-print">
          <label for="f-record-summary">
            <strong>{t.summary}</strong>
          </label>
          <p class="help" id="f-record-summary-help">
            {t.summaryHelp}
          </p>
          <textarea id="f-record-summary" name="summary" rows={5} maxlength={SUMMARY_MAX} aria-describedby="f-record-summary-help">
            {record.summary?.text ?? ''}
          </textarea>
          <button type="submit" class="secondary">
            {t.saveSummary}
          </button>
        </form>
      ) : (
        <p class="record-summary">{record.summary?.text ?? ''}</p>
      )}
    </section>
  );
}
