// One lecture's dashboard page as every route that shows it draws it (the lecture routes, the record's
// forms shown again with their problems): feedback QR, the feedback reminder (催办反馈), sign-in, the
// change form, the record (台账).
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { recordMessages } from '../../shared/i18n/record-messages.js';
import { lectureView } from '../../shared/lectures/lecture-view.js';
import { requestName } from '../../shared/lectures/request-link.js';
import { suggestionsPage } from '../../shared/lectures/suggestions.js';
import { feedbackWindowError } from '../../shared/lectures/submit-feedback.js';
import type { ReminderRun } from '../../shared/reminders/remind-units.js';
import { RECORD_KINDS, RECORD_LIMITS } from '../../shared/records/record-schema.js';
import { requestUpload } from '../../shared/records/manage-records.js';
import { renderPage } from '../http/render.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { feedbackUrl, signInUrl } from './lecture-deps.js';
import { pageContext } from './page-context.js';
import type { ChangeFormState } from './pages/lecture-change-form.js';
import { LecturePage } from './pages/lecture-page.js';
import { RecordSection, type UploadForms } from './pages/record-section.js';
import { recordDeps } from './records/record-deps.js';

/** The record section of a lecture's page: its items, and for an organizer a form per kind with room left. */
export async function recordSection(deps: OrganizerDeps, c: Context<OrganizerEnv>, eventId: string) {
  const ctx = pageContext(c);
  const record = await deps.store.records.get(eventId);
  const mayEdit = ctx.account?.role === 'admin' || ctx.account?.role === 'organizer';
  const uploads: UploadForms = {};
  if (mayEdit) {
    const origin = new URL(c.req.url).origin;
    for (const kind of RECORD_KINDS) {
      const held = kind === 'photo' ? record.photos.length : record.files.length;
      if (held >= RECORD_LIMITS[kind].count) continue;
      // In AWS the form posts to S3, which sends the browser back here to have the upload checked.
      const back = (uploadId: string) => `${origin}/admin/lectures/${eventId}/record/confirm?kind=${kind}&upload=${uploadId}`;
      uploads[kind] = (await requestUpload(recordDeps(deps), eventId, kind, back)).upload;
    }
  }
  return <RecordSection ctx={ctx} record={record} uploads={uploads} mayEdit={mayEdit} />;
}

/** The line a lecture's page shows after a record form (?record=added|removed|summarySaved). */
export const recordNotice = (locale: Parameters<typeof recordMessages>[0], notice: string | undefined) => {
  const t = recordMessages(locale);
  return notice === 'added' ? t.added : notice === 'removed' ? t.removed : notice === 'summarySaved' ? t.summarySaved : undefined;
};

/** One lecture's page; a refused form on it (deliver, cancel, the record's forms) shows it again with its problems. */
export async function renderLecturePage(deps: OrganizerDeps, c: Context<OrganizerEnv>, lectureId: string, extra: { problems?: string[]; notice?: string; change?: ChangeFormState; run?: ReminderRun } = {}): Promise<Response> {
  const view = await lectureView({ lectures: deps.store.lectures, feedbackForms: deps.store.feedbackForms, timeZone: deps.timeZone }, lectureId);
  const url = feedbackUrl(deps, c.req.url, lectureId);
  const mayChange = c.get('session').role !== 'viewer' && view.lecture.status === 'scheduled';
  const [qrSvg, suggestions, request, signInSettings, record, catalogue, feedbackState] = await Promise.all([
    QRCode.toString(url, { type: 'svg', margin: 2 }),
    suggestionsPage(deps.store, [view.lecture], { limit: 20 }),
    view.lecture.requestId ? requestName(deps.store, view.lecture.requestId) : undefined,
    deps.store.signInSettings.get(),
    recordSection(deps, c, view.lecture.id),
    mayChange ? deps.store.catalogue.load() : undefined,
    deps.store.feedbackForms.state(),
  ]);
  // 催办反馈 while the window is open and nothing has come in (or to show the run just made), for those who may send it.
  const mayRemind = c.get('session').role !== 'viewer' && feedbackWindowError(view.lecture, feedbackState.windowDays, deps.clock.now()) === undefined && (view.feedback === 0 || extra.run !== undefined);
  const { change, ...rest } = extra;
  return renderPage(
    c,
    <LecturePage
      ctx={pageContext(c)}
      view={view}
      feedbackUrl={url}
      qrSvg={qrSvg}
      {...(request ? { requestName: request } : {})}
      suggestions={suggestions.suggestions}
      signIn={{ url: signInUrl(deps, c.req.url, lectureId), ask: signInSettings.ask }}
      moreSuggestions={suggestions.cursor ? `/api/lectures/${lectureId}/suggestions?cursor=${suggestions.cursor}` : undefined}
      record={record}
      remind={mayRemind}
      {...(catalogue ? { change: { catalogue, timeZone: deps.timeZone, ...(change ? { state: change } : {}) } } : {})}
      {...rest}
    />,
  );
}
