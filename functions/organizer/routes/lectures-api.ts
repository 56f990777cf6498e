// Lectures (宣讲场次) and the ledger (台账): schedule, deliver, cancel, list, CSV, QR code, suggestions.
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { InvalidReportFilterError } from '../../../shared/errors.js';
import { parseDateRange, rangeLabel } from '../../../shared/lectures/date-range.js';
import { ledgerCsv, ledgerRow, scoredLectures, type LedgerFilter } from '../../../shared/lectures/ledger.js';
import { lectureView } from '../../../shared/lectures/lecture-view.js';
import { CancelSchema, DeliveredSchema, LectureChangeSchema, NewLectureSchema } from '../../../shared/lectures/lecture-schema.js';
import { changeLecture } from '../../../shared/lectures/change-lecture.js';
import { cancelLecture, getLecture, markDelivered, scheduleLecture } from '../../../shared/lectures/schedule-lecture.js';
import { suggestionsPage } from '../../../shared/lectures/suggestions.js';
import { isId } from '../../../shared/survey/ids.js';
import { accountScope } from '../../../shared/accounts/scope.js';
import { lectureInReach } from '../../../shared/accounts/list-reach.js';
import type { Lecture } from '../../../shared/lectures/lecture-schema.js';
import type { OrganizerEnv } from '../access-guard.js';
import { ApiError } from '../../http/api-error.js';
import { requestLocale } from '../../http/error-handler.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerDeps } from '../deps.js';
import { feedbackUrl, lectureDeps } from '../lecture-deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse } from './csv-response.js';
import { noticeOf } from '../notify.js';

const STATUSES = ['scheduled', 'delivered', 'cancelled'] as const;

/** ?front=&unit=&topic=&expert=&status=, checked against the id alphabet (unknown ids simply match nothing). */
export function ledgerFilter(c: Context): LedgerFilter {
  const filter: LedgerFilter = {};
  const issues: { field: string; message: string }[] = [];
  for (const field of ['front', 'unit', 'topic', 'expert'] as const) {
    const value = c.req.query(field);
    if (value === undefined || value === '') continue;
    if (isId(value)) filter[field] = value;
    else issues.push({ field, message: `Not a valid ${field} id.` });
  }
  const status = c.req.query('status');
  if (status) {
    const known = STATUSES.find((s) => s === status);
    if (known) filter.status = known;
    else issues.push({ field: 'status', message: 'status must be scheduled, delivered or cancelled' });
  }
  if (issues.length > 0) throw new InvalidReportFilterError(issues);
  return filter;
}

/** The lectures the signed-in account may list: a front-limited one, its fronts' only. */
export function inReachOf(c: Context<OrganizerEnv>): (lecture: Lecture) => boolean {
  const scope = accountScope(c.get('session'));
  return (lecture) => lectureInReach(scope, lecture);
}

export function queryRange(c: Context, deps: OrganizerDeps) {
  return parseDateRange({ from: c.req.query('from'), to: c.req.query('to') }, deps.timeZone, deps.clock.now());
}

export function lecturesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = lectureDeps(deps);
  const viewDeps = { lectures: deps.store.lectures, feedbackForms: deps.store.feedbackForms, timeZone: deps.timeZone };

  register(app, deps, 'POST /api/lectures', async (c) => {
    const lecture = await scheduleLecture(domain, parseBody(NewLectureSchema, await readJson(c)));
    await audit(deps, c, 'lecture.schedule', lecture.id, { expert: lecture.expertId, topic: lecture.topicId });
    await noticeOf.scheduled(deps, c, lecture);
    return c.json({ lectureId: lecture.id, feedbackUrl: feedbackUrl(deps, c.req.url, lecture.id), lecture }, 201);
  });

  register(app, deps, 'GET /api/lectures', async (c) => {
    const range = queryRange(c, deps);
    const rows = await scoredLectures(deps.store.lectures, range, ledgerFilter(c), inReachOf(c));
    return c.json({ from: range.from, to: range.to, lectures: rows.map((r) => ({ ...ledgerRow(r, deps.timeZone), feedbackUrl: feedbackUrl(deps, c.req.url, r.lecture.id) })) });
  });

  register(app, deps, 'GET /api/lectures.csv', async (c) => {
    const range = queryRange(c, deps);
    const [rows, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, range, ledgerFilter(c), inReachOf(c)), deps.store.catalogue.load()]);
    const label = rangeLabel(range, deps.timeZone);
    return csvResponse(c, `宣讲台账-${label.from}-${label.to}.csv`, ledgerCsv(rows, catalogue, deps.timeZone, requestLocale(c)));
  });

  register(app, deps, 'GET /api/lectures/:lectureId', async (c) => {
    const view = await lectureView(viewDeps, pathId(c, 'lectureId', 'lecture'));
    return c.json({ ...view, feedbackUrl: feedbackUrl(deps, c.req.url, view.lecture.id) });
  });

  register(app, deps, 'PUT /api/lectures/:lectureId', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const result = await changeLecture(domain, lectureId, parseBody(LectureChangeSchema, await readJson(c)));
    if (result.changed.length > 0) await audit(deps, c, 'lecture.change', lectureId, { changed: result.changed.join(','), ...(result.reasked ? { reasked: true } : {}) });
    await noticeOf.changed(deps, c, result);
    return c.json({ lecture: result.after, changed: result.changed, reasked: result.reasked });
  });

  register(app, deps, 'POST /api/lectures/:lectureId/delivered', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const { attendance } = parseBody(DeliveredSchema, await readJson(c));
    const lecture = await markDelivered(domain, lectureId, attendance);
    await audit(deps, c, 'lecture.delivered', lectureId, { attendance });
    return c.json({ lecture });
  });

  register(app, deps, 'POST /api/lectures/:lectureId/cancel', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    // The body is optional: an empty POST cancels without a reason.
    const text = await c.req.text();
    let body: unknown = {};
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(400, 'malformed_body');
      }
    }
    const { reason } = parseBody(CancelSchema, body);
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
    return c.json(await suggestionsPage(deps.store, [lecture], { cursor: c.req.query('cursor'), limit: Number(c.req.query('limit') ?? 50) || 50 }));
  });
}
