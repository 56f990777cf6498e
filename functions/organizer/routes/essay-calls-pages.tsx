// 基层论谈's organizer pages and their plain forms: the calls and the new-call form, one call (next
// step, rankings, essays, meetings, the meeting form) and one exchange meeting. No step can be undone
// (opening, closing, publishing): each asks first. Refused forms come back with the input kept and each problem
// beside its field (thrown to onRefusal).
import type { Context } from 'hono';
import * as v from 'valibot';
import { createEssayCall, loadCall, stepEssayCall } from '../../../shared/essays/essay-calls.js';
import { NewEssayCallSchema, type EssayCallStep } from '../../../shared/essays/essay-schema.js';
import { ExchangeMeetingChangeSchema, MeetingCancelSchema, MeetingHeldSchema, NewExchangeMeetingSchema } from '../../../shared/essays/exchange-meeting-schema.js';
import { cancelExchangeMeeting, changeExchangeMeeting, holdExchangeMeeting, loadMeeting } from '../../../shared/essays/change-exchange-meeting.js';
import { scheduleExchangeMeeting } from '../../../shared/essays/exchange-meetings.js';
import { InvalidInputError } from '../../../shared/errors.js';
import { essayAdminMessages } from '../../../shared/i18n/essay-admin-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { onRefusal, type Refusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { callDetail, essayCallDeps } from '../essay-deps.js';
import { recordNotice } from '../lecture-page-view.js';
import { renderMeetingPage } from '../meeting-page-view.js';
import { noticeOf } from '../notify.js';
import { formFields, pageContext } from '../page-context.js';
import { href } from '../pages/dashboard-layout.js';
import { EssayCallPage, EssayCallsPage, type FormState } from '../pages/essay-calls-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';

/** A refusal's problems by top-level field (themeIds.1 → themeIds), for the boxes they belong beside. */
function byField(refusal: Refusal): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of refusal.issues) {
    const field = (issue.field ?? '').split('.')[0]!;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** A form's fields checked with the route's schema: a misfit is a field-by-field refusal (422), never a 500. */
function parsed<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new InvalidInputError(result.issues.slice(0, 20).map((i) => ({ field: v.getDotPath(i) ?? '', message: i.message })));
}


/** The schedule and change forms' fields as the API's body (an unreadable duration fails the schema's bound). */
function meetingFormInput(fields: URLSearchParams) {
  const duration = Number(fields.get('durationMinutes') ?? '');
  return {
    themeId: fields.get('themeId') ?? '',
    frontId: fields.get('frontId') ?? '',
    startsAt: fields.get('startsAt') ?? '',
    durationMinutes: Number.isFinite(duration) ? duration : -1,
    place: fields.get('place') ?? '',
    essayIds: fields.getAll('essayIds'),
    expertIds: fields.getAll('expertIds'),
  };
}
export function essayCallsPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = essayCallDeps(deps);
  const mayEdit = (c: Context<OrganizerEnv>) => c.get('session').role !== 'viewer';
  const zone = (c: Context<OrganizerEnv>) => zoneName(deps.timeZone, pageContext(c).locale);

  const listPage = async (c: Context<OrganizerEnv>, extra: { flash?: string; form?: FormState } = {}, status: 200 | 422 = 200) => {
    const [calls, catalogue] = await Promise.all([deps.store.essays.listCalls(), deps.store.catalogue.load()]);
    const lists = await Promise.all(calls.map((call) => deps.store.essays.essayList(call.id)));
    const counts = new Map(calls.map((call, i) => [call.id, lists[i]!.length]));
    return renderPage(c, <EssayCallsPage ctx={pageContext(c)} calls={calls} counts={counts} catalogue={catalogue} timeZone={deps.timeZone} zone={zone(c)} mayEdit={mayEdit(c)} {...extra} />, status);
  };

  register(app, deps, 'GET /admin/essay-calls', (c) => listPage(c, c.req.query('created') ? { flash: essayAdminMessages(pageContext(c).locale).created } : {}));

  register(app, deps, 'POST /admin/essay-calls', async (c) => {
    const fields = await formFields(c);
    onRefusal(c, (refusal) => listPage(c, { form: { values: fields, errors: byField(refusal), problems: refusal.lines } }, 422));
    const input = parsed(NewEssayCallSchema, { title: fields.get('title') ?? '', themeIds: fields.getAll('themeIds'), deadline: fields.get('deadline') ?? '', rules: fields.get('rules') ?? '' });
    const call = await createEssayCall(domain, input, c.get('session').email);
    await audit(deps, c, 'essay-call.create', call.id, { title: call.title });
    return c.redirect(href(pageContext(c), `/admin/essay-calls/${call.id}?created=1`), 303);
  });

  const callPage = async (c: Context<OrganizerEnv>, extra: { flash?: string; problems?: string[]; meetingForm?: FormState } = {}, status: 200 | 409 | 422 = 200) => {
    const call = await loadCall(deps.store.essays, pathId(c, 'callId', 'essay call'));
    const [detail, catalogue] = await Promise.all([callDetail(deps, call), deps.store.catalogue.load()]);
    return renderPage(c, <EssayCallPage ctx={pageContext(c)} detail={detail} catalogue={catalogue} timeZone={deps.timeZone} zone={zone(c)} mayEdit={mayEdit(c)} {...extra} />, status);
  };

  register(app, deps, 'GET /admin/essay-calls/:callId', (c) => {
    const t = essayAdminMessages(pageContext(c).locale);
    const stepped = c.req.query('stepped') as EssayCallStep | undefined;
    const flash = c.req.query('created') ? t.created : stepped && stepped in t.stepped ? t.stepped[stepped] : c.req.query('scheduled') ? t.scheduled : undefined;
    return callPage(c, flash ? { flash } : {});
  });

  register(app, deps, 'POST /admin/essay-calls/:callId/step', async (c) => {
    const callId = pathId(c, 'callId', 'essay call');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => callPage(c, { problems: refusal.lines }, 422));
    const step = parsed(v.picklist(['open', 'close', 'publish']), fields.get('step') ?? '');
    const call = await loadCall(deps.store.essays, callId);
    if (!isConfirmed(fields)) {
      return confirmationPage(c, fields, { kind: step === 'open' ? 'openEssayCall' : step === 'close' ? 'closeEssayCall' : 'publishEssayResults', who: call.title, when: districtMinute(call.deadline, deps.timeZone), action: `/admin/essay-calls/${callId}/step`, back: `/admin/essay-calls/${callId}` });
    }
    const { changed } = await stepEssayCall(domain, callId, step);
    if (changed) await audit(deps, c, `essay-call.${step}`, callId);
    return c.redirect(href(pageContext(c), `/admin/essay-calls/${callId}?stepped=${step}`), 303);
  });

  register(app, deps, 'POST /admin/essay-calls/:callId/meetings', async (c) => {
    const callId = pathId(c, 'callId', 'essay call');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => callPage(c, { meetingForm: { values: fields, errors: byField(refusal), problems: refusal.lines } }, 422));
    const input = parsed(NewExchangeMeetingSchema, meetingFormInput(fields));
    const meeting = await scheduleExchangeMeeting(domain, callId, input, c.get('session').email);
    await audit(deps, c, 'exchange-meeting.create', meeting.id, { callId });
    return c.redirect(href(pageContext(c), `/admin/exchange-meetings/${meeting.id}?scheduled=1`), 303);
  });

  register(app, deps, 'GET /admin/exchange-meetings/:eventId', (c) => {
    const t = essayAdminMessages(pageContext(c).locale);
    const done = c.req.query('done');
    const flash = c.req.query('scheduled') ? t.scheduled : done === 'saved' ? t.saved : done === 'held' ? t.held : done === 'cancelled' ? t.cancelledNotice : recordNotice(pageContext(c).locale, c.req.query('record'));
    return renderMeetingPage(deps, c, pathId(c, 'eventId', 'exchange meeting'), flash ? { flash } : {});
  });

  const meetingDone = (c: Context<OrganizerEnv>, eventId: string, done: 'saved' | 'held' | 'cancelled') => c.redirect(href(pageContext(c), `/admin/exchange-meetings/${eventId}?done=${done}`), 303);

  register(app, deps, 'POST /admin/exchange-meetings/:eventId', async (c) => {
    const eventId = pathId(c, 'eventId', 'exchange meeting');
    const fields = await formFields(c);
    // A change made on an older version is shown the meeting as it is now (the form on the stale version could never be saved).
    onRefusal(c, (refusal) =>
      refusal.code === 'meeting_edit_conflict' ? renderMeetingPage(deps, c, eventId, { problems: refusal.lines, status: 409 }) : renderMeetingPage(deps, c, eventId, { change: { values: fields, errors: byField(refusal), problems: refusal.lines }, status: refusal.status === 409 ? 409 : 422 }),
    );
    const version = Number(fields.get('version') ?? '');
    const input = parsed(ExchangeMeetingChangeSchema, { version: Number.isInteger(version) && version > 0 ? version : 1, ...meetingFormInput(fields) });
    const result = await changeExchangeMeeting(domain, eventId, input);
    if (result.changed.length > 0) {
      await audit(deps, c, 'exchange-meeting.change', eventId, { changed: result.changed.join(','), version: result.after.version });
      await noticeOf.meetingChanged(deps, c, result);
    }
    return meetingDone(c, eventId, 'saved');
  });

  const meetingWhen = (c: Context<OrganizerEnv>, startsAt: string) => `${districtMinute(startsAt, deps.timeZone)} ${zone(c)}`;

  register(app, deps, 'POST /admin/exchange-meetings/:eventId/held', async (c) => {
    const eventId = pathId(c, 'eventId', 'exchange meeting');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => renderMeetingPage(deps, c, eventId, { problems: refusal.lines, ...(refusal.issues[0]?.field === 'attendance' ? { attendanceError: refusal.issues[0].message } : {}), status: refusal.status === 409 ? 409 : 422 }));
    const raw = fields.get('attendance')?.trim() ?? '';
    const { attendance } = parsed(MeetingHeldSchema, { attendance: raw === '' ? Number.NaN : Number(raw) });
    if (!isConfirmed(fields)) {
      const meeting = await loadMeeting(deps.store.exchangeMeetings, eventId);
      return confirmationPage(c, fields, { kind: 'holdMeeting', who: `“${meeting.title}”`, when: meetingWhen(c, meeting.startsAt), action: `/admin/exchange-meetings/${eventId}/held`, back: `/admin/exchange-meetings/${eventId}` });
    }
    await holdExchangeMeeting(domain, eventId, attendance);
    await audit(deps, c, 'exchange-meeting.held', eventId, { attendance });
    return meetingDone(c, eventId, 'held');
  });

  register(app, deps, 'POST /admin/exchange-meetings/:eventId/cancel', async (c) => {
    const eventId = pathId(c, 'eventId', 'exchange meeting');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => renderMeetingPage(deps, c, eventId, { problems: refusal.lines, ...(refusal.issues[0]?.field === 'reason' ? { reasonError: refusal.issues[0].message } : {}), status: refusal.status === 409 ? 409 : 422 }));
    const reason = fields.get('reason')?.trim() ?? '';
    parsed(MeetingCancelSchema, reason ? { reason } : {});
    if (!isConfirmed(fields)) {
      const meeting = await loadMeeting(deps.store.exchangeMeetings, eventId);
      return confirmationPage(c, fields, { kind: 'cancelMeeting', who: `“${meeting.title}”`, when: meetingWhen(c, meeting.startsAt), action: `/admin/exchange-meetings/${eventId}/cancel`, back: `/admin/exchange-meetings/${eventId}` });
    }
    const meeting = await cancelExchangeMeeting(domain, eventId, reason || undefined);
    await audit(deps, c, 'exchange-meeting.cancel', eventId, reason ? { reason } : undefined);
    await noticeOf.meetingCancelled(deps, c, meeting);
    return meetingDone(c, eventId, 'cancelled');
  });
}
