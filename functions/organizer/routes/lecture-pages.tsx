// The programme's dashboard pages and the plain form posts behind them (no JavaScript needed):
// lectures (list, calendar, schedule), one lecture (QR code, deliver, cancel), scorecards, summary.
import type { Context } from 'hono';
import QRCode from 'qrcode';
import * as v from 'valibot';
import { ExpertBusyError, InvalidInputError, RecordNotFoundError, schemaMisfits } from '../../../shared/errors.js';
import { changeLecture } from '../../../shared/lectures/change-lecture.js';
import { lectureChangeMessages } from '../../../shared/i18n/lecture-change-messages.js';
import type { ChangeFormState } from '../pages/lecture-change-form.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { requestLocale } from '../../http/error-handler.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { parseDateRange, rangeLabel } from '../../../shared/lectures/date-range.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseQuery } from '../../http/valid-input.js';
import { ledgerRow, scoredLectures } from '../../../shared/lectures/ledger.js';
import { lectureView } from '../../../shared/lectures/lecture-view.js';
import { LectureChangeSchema, NewLectureSchema, type LectureChange } from '../../../shared/lectures/lecture-schema.js';
import { SIGN_IN_ASKS } from '../../../shared/sign-in/sign-in-schema.js';
import { lectureDraftFromRequest, requestName } from '../../../shared/lectures/request-link.js';
import { cancelLecture, markDelivered, scheduleLecture } from '../../../shared/lectures/schedule-lecture.js';
import { programmeSummary } from '../../../shared/lectures/programme-summary.js';
import { quarterTrend } from '../../../shared/lectures/scorecards.js';
import { districtDateTime, districtMinute } from '../../../shared/kernel/zoned-time.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { feedbackUrl, lectureDeps, signInUrl } from '../lecture-deps.js';
import { href } from '../pages/dashboard-layout.js';
import { LectureScreenPage } from '../pages/lecture-page.js';
import { LecturesPage } from '../pages/lectures-page.js';
import { recordNotice, renderLecturePage } from '../lecture-page-view.js';
import { ProgrammePage } from '../pages/programme-page.js';
import { ScorecardsPage } from '../pages/scorecards-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';
import { inReachOf } from '../account-reach.js';
import { ledgerFilter, queryRange } from '../query-filters.js';
import { LedgerQuery, RangeQuery, ScorecardQuery } from '../query-schemas.js';
import { scorecards } from '../scorecard-rows.js';
import { accountScope } from '../../../shared/accounts/scope.js';
import { unitInReach } from '../../../shared/lectures/list-reach.js';
import { noticeOf } from '../notify.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The change form's fields as the API's change body: every field sent, the domain finds what differs. */
function changeInput(fields: URLSearchParams): LectureChange {
  const body = {
    startsAt: fields.get('startsAt')?.trim() ?? '',
    durationMinutes: Number(fields.get('durationMinutes') ?? ''),
    place: fields.get('place') ?? '',
    expertId: fields.get('expertId') ?? '',
    unitIds: fields.getAll('unitIds').slice(0, 60),
    notes: fields.get('notes') ?? '',
  };
  const parsed = v.safeParse(LectureChangeSchema, body);
  if (parsed.success) return parsed.output;
  throw new InvalidInputError(schemaMisfits(parsed.issues, 20, (path) => path.split('.')[0] ?? ''));
}

/** Each refused field's problem in the page's words, beside the field (a clash says which lecture is in the way). */
function changeErrors(error: unknown, locale: 'zh' | 'en'): Record<string, string> {
  const words = lectureChangeMessages(locale).fields;
  const errors: Record<string, string> = {};
  if (error instanceof ExpertBusyError) for (const issue of error.issuesIn(locale)) errors[issue.field ?? 'startsAt'] = issue.message;
  else if (error instanceof InvalidInputError) for (const issue of error.issues) errors[issue.field.split('.')[0]!] ??= words[issue.field.split('.')[0]!] ?? issue.message;
  return errors;
}

/** The schedule form's fields as the API body; empty optional fields are left out. */
function newLectureInput(fields: URLSearchParams): unknown {
  const text = (name: string) => fields.get(name)?.trim() || undefined;
  const number = (name: string) => (text(name) === undefined ? undefined : Number(text(name)));
  const body: Record<string, unknown> = {
    topicId: text('topicId') ?? '',
    expertId: text('expertId') ?? '',
    unitIds: fields.getAll('unitIds'),
    startsAt: text('startsAt') ?? '',
    durationMinutes: number('durationMinutes'),
    place: text('place') ?? '',
  };
  for (const name of ['format', 'manner', 'notes', 'requestId']) if (text(name)) body[name] = text(name);
  if (number('plannedAudience') !== undefined) body.plannedAudience = number('plannedAudience');
  return body;
}


export function lecturePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = lectureDeps(deps);
  const printedAt = () => districtDateTime(deps.clock.now().toISOString(), deps.timeZone).slice(0, 16);

  const lecturesPage = async (c: Context<OrganizerEnv>, extra: { problems?: string[]; values?: URLSearchParams; fromRequest?: string } = {}) => {
    // A refused form from a request still says which request it schedules.
    const carried = extra.values?.get('requestId');
    if (carried && !extra.fromRequest) {
      const name = await requestName(deps.store, carried);
      if (name) extra = { ...extra, fromRequest: lectureMessages(pageContext(c).locale).scheduling(name) };
    }
    const view = c.req.query('view') === 'calendar' ? 'calendar' : 'list';
    const monthParam = c.req.query('month');
    const today = districtDateTime(deps.clock.now().toISOString(), deps.timeZone);
    const month = view === 'calendar' ? (monthParam && MONTH.test(monthParam) ? monthParam : today.slice(0, 7)) : undefined;
    const range = month
      ? { from: `${month}-01`, to: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10) }
      : undefined;
    const query = parseQuery(LedgerQuery, c);
    const parsed = range ? parseDateRange(range, deps.timeZone, deps.clock.now()) : queryRange(query, deps);
    const filter = ledgerFilter(query);
    const scope = accountScope(c.get('session'));
    const [rows, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, parsed, filter, inReachOf(c)), deps.store.catalogue.load()]);
    return renderPage(
      c,
      <LecturesPage
        ctx={pageContext(c)}
        // A front-limited reader filters by its own fronts and units, and schedules nothing (the district does).
        catalogue={scope ? { ...catalogue, fronts: catalogue.fronts.filter((f) => scope.fronts.has(f.id)), units: catalogue.units.filter((u) => unitInReach(scope, u)) } : catalogue}
        maySchedule={!scope}
        rows={rows.map((r) => ledgerRow(r, deps.timeZone))}
        filter={filter}
        range={rangeLabel(parsed, deps.timeZone)}
        view={view}
        month={month}
        printedAt={printedAt()}
        {...extra}
      />,
    );
  };

  const lecturePage = (c: Context<OrganizerEnv>, lectureId: string, extra: { problems?: string[]; notice?: string; change?: ChangeFormState } = {}) => renderLecturePage(deps, c, lectureId, extra);

  register(app, deps, 'GET /admin/lectures', async (c) => {
    // 排期 from the request board: ?request={menuId}~{unitId}&pick=N fills the form from that pick.
    const requestId = c.req.query('request');
    if (!requestId || accountScope(c.get('session'))) return lecturesPage(c);
    const t = lectureMessages(pageContext(c).locale);
    const draft = await lectureDraftFromRequest({ requests: deps.store.requests, menus: deps.store.menus }, requestId.slice(0, 129), Math.trunc(Number(c.req.query('pick') ?? 1)) || 1);
    if (!draft) {
      // The request is gone: the schedule form, empty, says so.
      onRefusal(c, () => lecturesPage(c, { problems: [t.requestGone] }));
      throw new RecordNotFoundError('request', requestId.slice(0, 64));
    }
    const values = new URLSearchParams();
    for (const [name, value] of Object.entries(draft.values)) for (const one of Array.isArray(value) ? value : [value]) values.append(name, String(one));
    const unit = (await deps.store.catalogue.load()).units.find((u) => u.id === draft.request.unitId)?.name ?? draft.request.unitId;
    return lecturesPage(c, { values, fromRequest: t.fromRequest(unit, draft.menuTitle) });
  });

  register(app, deps, 'POST /admin/lectures', async (c) => {
    const fields = await formFields(c);
    onRefusal(c, (refusal) => lecturesPage(c, { problems: refusal.lines, values: fields }));
    const parsed = v.safeParse(NewLectureSchema, newLectureInput(fields));
    if (!parsed.success) throw new InvalidInputError(schemaMisfits(parsed.issues, 20));
    const lecture = await scheduleLecture(domain, parsed.output);
    await audit(deps, c, 'lecture.schedule', lecture.id, { expert: lecture.expertId, topic: lecture.topicId });
    await noticeOf.scheduled(deps, c, lecture);
    return c.redirect(href(pageContext(c), `/admin/lectures/${lecture.id}?scheduled=1`), 303);
  });

  register(app, deps, 'GET /admin/lectures/:lectureId', (c) => {
    const t = lectureMessages(pageContext(c).locale);
    const w = lectureChangeMessages(pageContext(c).locale);
    const changed = Number(c.req.query('changed'));
    const notice = c.req.query('scheduled')
      ? t.scheduled
      : c.req.query('signInSaved')
        ? t.signInAskSaved
        : Number.isInteger(changed) && changed > 0
          ? `${w.saved(changed)}${c.req.query('reasked') ? w.reasked : ''}`
          : c.req.query('changed') === '0'
            ? w.nothing
            : recordNotice(pageContext(c).locale, c.req.query('record'));
    return lecturePage(c, pathId(c, 'lectureId', 'lecture'), notice ? { notice } : {});
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/change', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const fields = await formFields(c);
    onRefusal(c, (refusal) =>
      refusal.status === 404 ? undefined : lecturePage(c, lectureId, { change: { values: fields, problems: refusal.lines, errors: changeErrors(refusal.error, pageContext(c).locale) } }),
    );
    const result = await changeLecture(domain, lectureId, changeInput(fields));
    if (result.changed.length > 0) await audit(deps, c, 'lecture.change', lectureId, { changed: result.changed.join(','), ...(result.reasked ? { reasked: true } : {}) });
    await noticeOf.changed(deps, c, result);
    return c.redirect(href(pageContext(c), `/admin/lectures/${lectureId}?changed=${result.changed.length}${result.reasked ? '&reasked=1' : ''}#change`), 303);
  });

  register(app, deps, 'POST /admin/sign-in-settings', async (c) => {
    const fields = await formFields(c);
    const ask = SIGN_IN_ASKS.find((a) => a === fields.get('ask'));
    if (!ask) throw new InvalidInputError([{ field: 'ask', message: 'Choose what the sign-in page asks.', zh: '请选择签到页要填写的内容。' }]);
    const settings = { ...(await deps.store.signInSettings.get()), ask };
    await deps.store.signInSettings.put(settings);
    await audit(deps, c, 'sign-in.settings', 'sign-in', { ask: settings.ask, unlisted: settings.unlisted });
    const back = c.req.query('back');
    return c.redirect(href(pageContext(c), back && /^[A-Za-z0-9_-]{1,64}$/.test(back) ? `/admin/lectures/${back}?signInSaved=1#sign-in-h` : '/admin/lectures'), 303);
  });

  register(app, deps, 'GET /admin/lectures/:lectureId/screen', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const view = await lectureView({ lectures: deps.store.lectures, feedbackForms: deps.store.feedbackForms, timeZone: deps.timeZone }, lectureId);
    const url = feedbackUrl(deps, c.req.url, lectureId);
    const signIn = signInUrl(deps, c.req.url, lectureId);
    const [qrSvg, signInQr] = await Promise.all([QRCode.toString(url, { type: 'svg', margin: 2 }), QRCode.toString(signIn, { type: 'svg', margin: 2 })]);
    return renderPage(c, <LectureScreenPage ctx={pageContext(c)} view={view} feedbackUrl={url} qrSvg={qrSvg} signIn={{ url: signIn, qrSvg: signInQr }} />);
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/delivered', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => lecturePage(c, lectureId, { problems: refusal.lines }));
    const attendance = Number(fields.get('attendance') ?? '');
    if (!Number.isInteger(attendance) || attendance < 0 || attendance > 1_000_000) throw new InvalidInputError([{ field: 'attendance', message: 'Expected a whole number of people.', zh: '请填写人数（整数）。' }]);
    await markDelivered(domain, lectureId, attendance);
    await audit(deps, c, 'lecture.delivered', lectureId, { attendance });
    return c.redirect(href(pageContext(c), `/admin/lectures/${lectureId}`), 303);
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/cancel', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const lecture = await deps.store.lectures.get(lectureId);
      if (!lecture) throw new RecordNotFoundError('lecture', lectureId);
      const en = requestLocale(c) === 'en';
      const who = en ? `“${lecture.topicTitle}” (${lecture.units.map((u) => u.name).join(', ')}, ${lecture.expertName})` : `“${lecture.topicTitle}”（${lecture.units.map((u) => u.name).join('、')}，${lecture.expertName}）`;
      return confirmationPage(c, fields, { kind: 'cancelLecture', who, when: `${districtMinute(lecture.startsAt, deps.timeZone)} ${zoneName(deps.timeZone, requestLocale(c))}`, action: `/admin/lectures/${lectureId}/cancel`, back: `/admin/lectures/${lectureId}` });
    }
    onRefusal(c, (refusal) => lecturePage(c, lectureId, { problems: refusal.lines }));
    const reason = fields.get('reason')?.trim().slice(0, 500) || undefined;
    const cancelled = await cancelLecture(domain, lectureId, reason);
    await audit(deps, c, 'lecture.cancel', lectureId);
    await noticeOf.cancelled(deps, c, cancelled);
    return c.redirect(href(pageContext(c), `/admin/lectures/${lectureId}`), 303);
  });

  register(app, deps, 'GET /admin/scorecards', async (c) => {
    const { by, range, rows } = await scorecards(deps, parseQuery(ScorecardQuery, c));
    return renderPage(c, <ScorecardsPage ctx={pageContext(c)} by={by} rows={rows} range={rangeLabel(range, deps.timeZone)} printedAt={printedAt()} />);
  });

  register(app, deps, 'GET /admin/programme', async (c) => {
    const range = queryRange(parseQuery(RangeQuery, c), deps);
    const [lectures, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, range, { status: 'delivered' }), deps.store.catalogue.load()]);
    const summary = programmeSummary(
      lectures.map((l) => l.lecture),
      catalogue,
      deps.timeZone,
      new Map(lectures.map((l) => [l.lecture.id, l.counters])),
    );
    return renderPage(c, <ProgrammePage ctx={pageContext(c)} summary={summary} trend={quarterTrend(lectures, deps.timeZone)} range={rangeLabel(range, deps.timeZone)} printedAt={printedAt()} />);
  });
}
