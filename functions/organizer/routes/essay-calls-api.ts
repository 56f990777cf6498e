// Essay calls (征文) and exchange meetings (交流会) over the organizers' API: thin handlers over
// shared/essays; every change audited.
import { createEssayCall, loadCall, stepEssayCall } from '../../../shared/essays/essay-calls.js';
import type { EssayCallStep } from '../../../shared/essays/essay-schema.js';
import { scheduleExchangeMeeting } from '../../../shared/essays/exchange-meetings.js';
import { cancelExchangeMeeting, changeExchangeMeeting, holdExchangeMeeting, loadMeeting } from '../../../shared/essays/change-exchange-meeting.js';
import { EssayNotFoundError, LectureNotFoundError } from '../../../shared/errors.js';
import { ESSAY_FILE_CONTENT_TYPES, originalObject } from '../../../shared/essays/essay-file.js';
import { disposition } from '../../http/content-disposition.js';
import { Readable } from 'node:stream';
import type { OrganizerDeps } from '../deps.js';
import { callDetail, callDetailView, callView, essayCallDeps, frontNames, meetingView } from '../essay-deps.js';
import { noticeOf } from '../notify.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';

export function essayCallsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = essayCallDeps(deps);

  register(app, deps, 'GET /api/essay-calls', async (c) => {
    const calls = await deps.store.essays.listCalls();
    const counts = await Promise.all(calls.map((call) => deps.store.essays.essayList(call.id)));
    return c.json({ calls: calls.map((call, i) => ({ ...callView(call, deps.timeZone), essays: counts[i]!.length })) });
  });

  register(app, deps, 'POST /api/essay-calls', async (c) => {
    const call = await createEssayCall(domain, c.req.valid('json'), c.get('session').email);
    await audit(deps, c, 'essay-call.create', call.id, { title: call.title });
    return c.json({ call: callView(call, deps.timeZone) }, 201);
  });

  register(app, deps, 'GET /api/essay-calls/:callId', async (c) => {
    const call = await loadCall(deps.store.essays, pathId(c, 'callId', 'essay call'));
    const [detail, catalogue] = await Promise.all([callDetail(deps, call), deps.store.catalogue.load()]);
    return c.json(callDetailView(detail, deps.timeZone, frontNames(catalogue)));
  });

  // The unit's original file (organizers only; experts get the blind copy through their link).
  register(app, deps, 'GET /api/essay-calls/:callId/essays/:essayId/file', async (c) => {
    const call = await loadCall(deps.store.essays, pathId(c, 'callId', 'essay call'));
    const essay = await deps.store.essays.getEssay(call.id, pathId(c, 'essayId', 'essay'));
    if (!essay?.file) throw new EssayNotFoundError('essay', c.req.param('essayId') ?? '');
    const object = originalObject(call.id, essay.id);
    const name = essay.file.name ?? `${essay.title}.${essay.file.format}`;
    const link = await deps.recordFiles.link(object, name, false);
    if (link) return c.redirect(link, 302);
    c.header('Content-Type', ESSAY_FILE_CONTENT_TYPES[essay.file.format]);
    c.header('Content-Disposition', disposition(name, `essay-${essay.id.slice(0, 8)}.${essay.file.format}`));
    c.header('Cache-Control', 'private, no-store');
    return c.body(Readable.toWeb(await deps.recordFiles.stream(object)) as ReadableStream);
  });

  for (const step of ['open', 'close', 'publish'] as const satisfies readonly EssayCallStep[]) {
    register(app, deps, `POST /api/essay-calls/:callId/${step}`, async (c) => {
      const { call, changed } = await stepEssayCall(domain, pathId(c, 'callId', 'essay call'), step);
      if (changed) await audit(deps, c, `essay-call.${step}`, call.id);
      return c.json({ call: callView(call, deps.timeZone) });
    });
  }

  register(app, deps, 'POST /api/essay-calls/:callId/meetings', async (c) => {
    const meeting = await scheduleExchangeMeeting(domain, pathId(c, 'callId', 'essay call'), c.req.valid('json'), c.get('session').email);
    await audit(deps, c, 'exchange-meeting.create', meeting.id, { callId: meeting.callId });
    return c.json(meetingView(deps, c.req.url, meeting), 201);
  });

  register(app, deps, 'GET /api/exchange-meetings/:eventId', async (c) => {
    const meeting = await loadMeeting(deps.store.exchangeMeetings, pathId(c, 'eventId', 'exchange meeting'));
    return c.json(meetingView(deps, c.req.url, meeting));
  });

  register(app, deps, 'PUT /api/exchange-meetings/:eventId', async (c) => {
    const result = await changeExchangeMeeting(domain, pathId(c, 'eventId', 'exchange meeting'), c.req.valid('json'));
    if (result.changed.length > 0) {
      await audit(deps, c, 'exchange-meeting.change', result.after.id, { changed: result.changed.join(','), version: result.after.version });
      await noticeOf.meetingChanged(deps, c, result);
    }
    return c.json(meetingView(deps, c.req.url, result.after));
  });

  register(app, deps, 'POST /api/exchange-meetings/:eventId/held', async (c) => {
    const { attendance } = c.req.valid('json');
    const meeting = await holdExchangeMeeting(domain, pathId(c, 'eventId', 'exchange meeting'), attendance);
    await audit(deps, c, 'exchange-meeting.held', meeting.id, { attendance });
    return c.json(meetingView(deps, c.req.url, meeting));
  });

  register(app, deps, 'POST /api/exchange-meetings/:eventId/cancel', async (c) => {
    const { reason } = c.req.valid('json');
    const meeting = await cancelExchangeMeeting(domain, pathId(c, 'eventId', 'exchange meeting'), reason);
    await audit(deps, c, 'exchange-meeting.cancel', meeting.id, reason ? { reason } : undefined);
    await noticeOf.meetingCancelled(deps, c, meeting);
    return c.json(meetingView(deps, c.req.url, meeting));
  });
}
