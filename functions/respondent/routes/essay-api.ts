// Essay calls (征文) over the public API: a unit's calls and its essay (sent and changed until the
// deadline) through its unit link; an expert's calls under review, each essay blind, and the review
// (exactly once per expert and essay) through the expert's link. Never cached: the keys are secrets.
import { Hono } from 'hono';
import { EssayInputSchema, ReviewInputSchema } from '../../../shared/essays/essay-schema.js';
import { blindEssayView, expertEssayCallView, reviewView, unitEssayCallView } from '../../../shared/essays/essay-views.js';
import { blindEssay, expertEssayCalls, reviewEssay } from '../../../shared/essays/review-essay.js';
import { submitEssay, unitEssayCalls } from '../../../shared/essays/submit-essay.js';
import { resolveExpertLink } from '../../../shared/experts/expert-links.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { RespondentDeps } from '../deps.js';
import { bodyChunks, essayDeps, essayPathId } from '../essay-deps.js';
import { requestEssayUpload } from '../../../shared/essays/essay-uploads.js';
import { ESSAY_FILE_MAX_BYTES, pendingEssayUpload } from '../../../shared/essays/essay-file.js';
import { publicCall, takesEssays } from '../../../shared/essays/submit-essay.js';
import { EssayFileError, EssaySubmissionClosedError } from '../../../shared/errors.js';
import { isId } from '../../../shared/kernel/ids.js';
import { ApiError } from '../../http/api-error.js';
import { LocalRecordFiles } from '../../http/local-record-files.js';

export function essayApiRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const domain = essayDeps(deps);
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');

  for (const path of ['/units/:unitKey/essay-calls', '/units/:unitKey/essay-calls/*', '/experts/:expertKey/essay-calls', '/experts/:expertKey/essay-calls/*'])
    app.use(path, async function privateAnswers(c, next) {
      await next();
      c.header('Cache-Control', 'no-store');
    });

  app.get('/units/:unitKey/essay-calls', async (c) => {
    const { unit } = await resolveUnitLink(deps.programme, c.req.param('unitKey'));
    return c.json({ calls: (await unitEssayCalls(domain, unit.id)).map((row) => unitEssayCallView(row, time)) });
  });

  app.put('/units/:unitKey/essay-calls/:callId/essay', async (c) => {
    const resolved = await resolveUnitLink(deps.programme, c.req.param('unitKey'));
    const callId = essayPathId(c, 'callId');
    const input = parseBody(EssayInputSchema, await readJson(c));
    const { essay, created } = await submitEssay(domain, resolved, callId, input);
    await domain.audit.record({ id: `essay-${essay.id}-v${essay.version}`, at: essay.updatedAt, actor: `unit:${essay.unitId}`, action: 'essay.submit', target: callId, details: { essayId: essay.id, version: essay.version } });
    return c.json({ essayId: essay.id, version: essay.version, updatedAt: time(essay.updatedAt) }, created ? 201 : 200);
  });

  // Where the unit's file goes: S3's presigned POST in AWS; locally a PUT of the bytes to the app itself.
  app.post('/units/:unitKey/essay-calls/:callId/uploads', async (c) => {
    const key = c.req.param('unitKey');
    await resolveUnitLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const files = deps.essayFiles;
    if (!files) throw new ApiError(404, 'not_found');
    const ticket = await requestEssayUpload({ ...domain, files }, callId);
    const upload = files instanceof LocalRecordFiles ? { method: 'PUT' as const, url: `/api/public/units/${key}/essay-calls/${callId}/uploads/${ticket.uploadId}` } : ticket.upload;
    return c.json({ ...ticket, upload }, 201);
  });

  app.put('/units/:unitKey/essay-calls/:callId/uploads/:uploadId', async (c) => {
    // Only the local run takes the bytes itself; in AWS they go straight to the records bucket.
    const files = deps.essayFiles;
    if (!(files instanceof LocalRecordFiles)) throw new ApiError(404, 'not_found');
    await resolveUnitLink(deps.programme, c.req.param('unitKey'));
    const call = await publicCall(deps.programme.essays, essayPathId(c, 'callId'));
    if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
    const uploadId = c.req.param('uploadId');
    if (!isId(uploadId)) throw new EssayFileError('missing');
    if (!(await files.writePending(pendingEssayUpload(call.id, uploadId), bodyChunks(c.req.raw.body), ESSAY_FILE_MAX_BYTES))) throw new EssayFileError('too_large');
    return c.json({ uploadId });
  });

  app.get('/experts/:expertKey/essay-calls', async (c) => {
    const { expert } = await resolveExpertLink(deps.programme, c.req.param('expertKey'));
    return c.json({ calls: (await expertEssayCalls(domain, expert.id)).map((row) => expertEssayCallView(row, time)) });
  });

  app.get('/experts/:expertKey/essay-calls/:callId/essays/:essayId', async (c) => {
    const { expert } = await resolveExpertLink(deps.programme, c.req.param('expertKey'));
    const { essay, review } = await blindEssay(domain, expert.id, essayPathId(c, 'callId'), essayPathId(c, 'essayId'));
    return c.json({ essay: blindEssayView(essay), ...(review ? { review: reviewView(review, time) } : {}) });
  });

  app.post('/experts/:expertKey/essay-calls/:callId/essays/:essayId/review', async (c) => {
    const { expert } = await resolveExpertLink(deps.programme, c.req.param('expertKey'));
    const callId = essayPathId(c, 'callId');
    const essayId = essayPathId(c, 'essayId');
    const input = parseBody(ReviewInputSchema, await readJson(c));
    const { review, created } = await reviewEssay(domain, expert.id, callId, essayId, input);
    return c.json({ review: reviewView(review, time) }, created ? 201 : 200);
  });

  return app;
}
