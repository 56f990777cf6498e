// Lectures (宣讲场次) and the ledger (台账): schedule, deliver, cancel, list, CSV, QR code, suggestions.
import QRCode from 'qrcode';
import { rangeLabel } from '../../../shared/lectures/date-range.js';
import { ledgerCsv, ledgerRow, scoredLectures } from '../../../shared/lectures/ledger.js';
import { lectureView } from '../../../shared/lectures/lecture-view.js';
import { changeLecture } from '../../../shared/lectures/change-lecture.js';
import { cancelLecture, getLecture, markDelivered, scheduleLecture } from '../../../shared/lectures/schedule-lecture.js';
import { suggestionsPage } from '../../../shared/lectures/suggestions.js';
import { requestLocale } from '../../http/error-handler.js';
import { inReachOf } from '../account-reach.js';
import type { OrganizerDeps } from '../deps.js';
import { ledgerFilter, pageOf, queryRange } from '../query-filters.js';
import { feedbackUrl, lectureDeps } from '../lecture-deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse } from '../csv-response.js';
import { noticeOf } from '../notify.js';

export function lecturesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = lectureDeps(deps);
  const viewDeps = { lectures: deps.store.lectures, feedbackForms: deps.store.feedbackForms, timeZone: deps.timeZone };

  register(app, deps, 'POST /api/lectures', async (c) => {
    const lecture = await scheduleLecture(domain, c.req.valid('json'));
    await audit(deps, c, 'lecture.schedule', lecture.id, { expert: lecture.expertId, topic: lecture.topicId });
    await noticeOf.scheduled(deps, c, lecture);
    return c.json({ lectureId: lecture.id, feedbackUrl: feedbackUrl(deps, c.req.url, lecture.id), lecture }, 201);
  });

  register(app, deps, 'GET /api/lectures', async (c) => {
    const range = queryRange(c.req.valid('query'), deps);
    const rows = await scoredLectures(deps.store.lectures, range, ledgerFilter(c.req.valid('query')), inReachOf(c));
    return c.json({ from: range.from, to: range.to, lectures: rows.map((r) => ({ ...ledgerRow(r, deps.timeZone), feedbackUrl: feedbackUrl(deps, c.req.url, r.lecture.id) })) });
  });

  register(app, deps, 'GET /api/lectures.csv', async (c) => {
    const range = queryRange(c.req.valid('query'), deps);
    const [rows, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, range, ledgerFilter(c.req.valid('query')), inReachOf(c)), deps.store.catalogue.load()]);
    const label = rangeLabel(range, deps.timeZone);
    return csvResponse(c, `宣讲台账-${label.from}-${label.to}.csv`, ledgerCsv(rows, catalogue, deps.timeZone, requestLocale(c)));
  });

  register(app, deps, 'GET /api/lectures/:lectureId', async (c) => {
    const view = await lectureView(viewDeps, pathId(c, 'lectureId', 'lecture'));
    return c.json({ ...view, feedbackUrl: feedbackUrl(deps, c.req.url, view.lecture.id) });
  });

  register(app, deps, 'PUT /api/lectures/:lectureId', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const result = await changeLecture(domain, lectureId, c.req.valid('json'));
    if (result.changed.length > 0) await audit(deps, c, 'lecture.change', lectureId, { changed: result.changed.join(','), ...(result.reasked ? { reasked: true } : {}) });
    await noticeOf.changed(deps, c, result);
    return c.json({ lecture: result.after, changed: result.changed, reasked: result.reasked });
  });

  register(app, deps, 'POST /api/lectures/:lectureId/delivered', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const { attendance } = c.req.valid('json');
    const lecture = await markDelivered(domain, lectureId, attendance);
    await audit(deps, c, 'lecture.delivered', lectureId, { attendance });
    return c.json({ lecture });
  });

  register(app, deps, 'POST /api/lectures/:lectureId/cancel', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    // The body is optional: an empty POST cancels without a reason.
    const { reason } = c.req.valid('json');
    const lecture = await cancelLecture(domain, lectureId, reason);
    await audit(deps, c, 'lecture.cancel', lectureId);
    await noticeOf.cancelled(deps, c, lecture);
    return c.json({ lecture });
  });

  register(app, deps, 'GET /api/lectures/:lectureId/qr.svg', async (c) => {
    const lecture = await getLecture(deps.store.lectures, pathId(c, 'lectureId', 'lecture'));
    const svg = await QRCode.toString(feedbackUrl(deps, c.req.url, lecture.id), { type: 'svg', margin: 2 });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' });
  });

  register(app, deps, 'GET /api/lectures/:lectureId/suggestions', async (c) => {
    const lecture = await getLecture(deps.store.lectures, pathId(c, 'lectureId', 'lecture'));
    return c.json(await suggestionsPage(deps.store, [lecture], pageOf(c.req.valid('query'), 50)));
  });
}
