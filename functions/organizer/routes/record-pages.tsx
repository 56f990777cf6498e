// The record (台账) on an event's page (a lecture's, a study session's, an exchange meeting's) and its plain form posts (no JavaScript needed): the local run's
// upload form, the page S3 sends a browser back to after a form upload, the summary, and deletion after
// a confirmation page. The work itself is shared/records/manage-records.ts, as for the API.
import type { Context } from 'hono';
import { RecordFileError } from '../../../shared/errors.js';
import { loadEvent } from '../../../shared/events/event.js';
import { confirmUpload, removeRecordItem } from '../../../shared/records/manage-records.js';
import { RECORD_LIMITS, RecordSummarySchema, type RecordKind } from '../../../shared/records/record-schema.js';
import { pendingName } from '../../../shared/records/record-store.js';
import { isId } from '../../../shared/kernel/ids.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseBody } from '../../http/json-body.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { formFields, pageContext } from '../page-context.js';
import { href } from '../pages/dashboard-layout.js';
import { LocalRecordFiles } from '../../http/local-record-files.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { kindOf, recordDeps } from '../records/record-deps.js';
import { renderLecturePage } from '../lecture-page-view.js';
import { renderMeetingPage } from '../meeting-page-view.js';
import { renderSessionPage } from '../session-page-view.js';
import { eventPagePath } from '../event-page-path.js';


/** The multipart form's kind and file (the local run's upload form). */
async function postedUpload(c: Context<OrganizerEnv>): Promise<{ kind: RecordKind; file: File }> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new RecordFileError('missing');
  }
  const kind = kindOf(String(form.get('kind') ?? ''));
  const file = form.get('file');
  if (!file || typeof file === 'string' || file.size === 0) throw new RecordFileError('missing');
  return { kind, file };
}

export function recordPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = recordDeps(deps);
  // The record's forms sit on the event's own page (a lecture's, an exchange meeting's): they return there.
  const back = async (c: Context<OrganizerEnv>, eventId: string, notice: 'added' | 'removed' | 'summarySaved') =>
    c.redirect(href(pageContext(c), `${eventPagePath((await deps.store.events.getEvent(eventId))?.kind, eventId)}?record=${notice}#record`), 303);
  const refusedOnPage = (c: Context<OrganizerEnv>, eventId: string) =>
    onRefusal(c, async (refusal) => {
      const kind = (await deps.store.events.getEvent(eventId))?.kind;
      const shown = { problems: refusal.lines, status: refusal.status };
      if (kind === 'exchange-meeting') return renderMeetingPage(deps, c, eventId, shown);
      if (kind === 'study-session') return renderSessionPage(deps, c, eventId, shown);
      return renderLecturePage(deps, c, eventId, { problems: refusal.lines });
    });

  register(app, deps, 'POST /admin/lectures/:lectureId/record/upload', async (c) => {
    // Only the local run takes the bytes itself; in AWS the form posts straight to S3.
    if (!(deps.recordFiles instanceof LocalRecordFiles)) throw new RecordFileError('missing');
    const lectureId = pathId(c, 'lectureId', 'lecture');
    refusedOnPage(c, lectureId);
    const event = await loadEvent(deps.store.events, lectureId);
    const { kind, file } = await postedUpload(c);
    const { maxBytes } = RECORD_LIMITS[kind];
    if (file.size > maxBytes) throw new RecordFileError('too_large', maxBytes);
    const uploadId = deps.newId();
    const chunks = (async function* () {
      for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) yield chunk;
    })();
    if (!(await deps.recordFiles.writePending(pendingName(event.id, kind, uploadId), chunks, maxBytes))) throw new RecordFileError('too_large', maxBytes);
    const item = await confirmUpload(domain, event.id, kind, uploadId, file.name, c.get('session').email);
    await audit(deps, c, 'record.add', event.id, { kind, name: item.name, bytes: item.bytes });
    return back(c, event.id, 'added');
  });

  register(app, deps, 'GET /admin/lectures/:lectureId/record/confirm', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    refusedOnPage(c, lectureId);
    const kind = kindOf(c.req.query('kind'));
    const uploadId = c.req.query('upload') ?? '';
    if (!isId(uploadId)) throw new RecordFileError('missing');
    const item = await confirmUpload(domain, lectureId, kind, uploadId, undefined, c.get('session').email);
    await audit(deps, c, 'record.add', lectureId, { kind, name: item.name, bytes: item.bytes });
    return back(c, lectureId, 'added');
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/record/summary', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const fields = await formFields(c);
    refusedOnPage(c, lectureId);
    const event = await loadEvent(deps.store.events, lectureId);
    const { summary } = parseBody(RecordSummarySchema, { summary: fields.get('summary') ?? '' });
    await deps.store.records.setSummary(event.id, summary, deps.clock.now().toISOString());
    await audit(deps, c, 'record.summary', event.id, { length: summary.length });
    return back(c, event.id, 'summarySaved');
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/record/items/:itemId/delete', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const itemId = pathId(c, 'itemId', 'record item');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const record = await deps.store.records.get(lectureId);
      const item = [...record.photos, ...record.files].find((i) => i.itemId === itemId);
      if (!item) throw new RecordFileError('missing');
      const kind = (await deps.store.events.getEvent(lectureId))?.kind;
      return confirmationPage(c, fields, { kind: 'removeRecordItem', who: item.name, action: `/admin/lectures/${lectureId}/record/items/${itemId}/delete`, back: `${eventPagePath(kind, lectureId)}#record` });
    }
    refusedOnPage(c, lectureId);
    const removed = await removeRecordItem(domain, lectureId, itemId);
    if (!removed) throw new RecordFileError('missing');
    await audit(deps, c, 'record.remove', lectureId, { kind: removed.kind, name: removed.name });
    return back(c, lectureId, 'removed');
  });
}

