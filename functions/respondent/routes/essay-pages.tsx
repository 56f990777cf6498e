// The essay call's page routes: the unit's essay form (/u/{key}/essay-calls/{callId}) and its plain
// POST, the expert's blind essay (/e/{key}/essay-calls/{callId}/essays/{essayId}) and the review's
// POST. Fields that do not fit come back beside their boxes (422); a closed call, a repeated review
// and a gone link are thrown for the error handler to word as a page.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { EssayInputSchema, ReviewInputSchema } from '../../../shared/essays/essay-schema.js';
import { blindEssay, reviewEssay } from '../../../shared/essays/review-essay.js';
import { publicCall, submitEssay, takesEssays } from '../../../shared/essays/submit-essay.js';
import { resolveExpertLink } from '../../../shared/experts/expert-links.js';
import { EssayFileError, EssayNotFoundError, EssaySubmissionClosedError, InvalidInputError } from '../../../shared/errors.js';
import { essayMessages } from '../../../shared/i18n/essay-messages.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { expertMessages } from '../../../shared/i18n/expert-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { EssayFormPage, ExpertEssayPage, type EssayFormProps } from '../pages/essay-pages.js';
import { bodyChunks, essayDeps, essayPathId } from '../essay-deps.js';
import { checkedUpload, requestEssayUpload } from '../../../shared/essays/essay-uploads.js';
import { blindObject, ESSAY_FILE_CONTENT_TYPES, ESSAY_FILE_MAX_BYTES, pendingEssayUpload } from '../../../shared/essays/essay-file.js';
import type { Essay } from '../../../shared/essays/essay-schema.js';
import { isId } from '../../../shared/kernel/ids.js';
import { ApiError } from '../../http/api-error.js';
import { disposition } from '../../http/content-disposition.js';
import { LocalRecordFiles } from '../../http/local-record-files.js';
import { Readable } from 'node:stream';

/** A schema's problems as words beside each field (the first problem of each). */
function fieldErrors(issues: readonly v.BaseIssue<unknown>[], words: (field: string, issue: v.BaseIssue<unknown>) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? '';
    if (field && !errors[field]) errors[field] = words(field, issue);
  }
  return errors;
}

function formValues(fields: URLSearchParams, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, (fields.get(n) ?? '').slice(0, 40_000)]));
}

export function essayPageRoutes(deps: RespondentDeps) {
  const domain = essayDeps(deps);
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');
  const words = (locale: Locale) => ({ locale, time, zone: zoneName(deps.timeZone, locale) });
  const switchHref = (c: Context, locale: Locale) => `${c.req.path}?lang=${locale === 'en' ? 'zh' : 'en'}`;

  const units = new Hono();
  units.use('*', async function privatePages(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  type Attached = NonNullable<EssayFormProps['attached']>;
  type FormStatus = 200 | 413 | 415 | 422;

  /** Where the page's file form posts: the app itself locally; in AWS straight to S3, which sends the browser back here with the upload's id. */
  const uploadForm = async (c: Context, key: string, callId: string, locale: Locale): Promise<EssayFormProps['upload']> => {
    const files = deps.essayFiles;
    if (!files) return undefined;
    if (files instanceof LocalRecordFiles) return { action: `/u/${key}/essay-calls/${callId}/upload?lang=${locale}`, fields: {} };
    const origin = new URL(c.req.url).origin;
    const ticket = await requestEssayUpload({ ...domain, files }, callId, (uploadId) => `${origin}/u/${key}/essay-calls/${callId}?lang=${locale}&upload=${uploadId}`);
    return ticket.upload.method === 'POST' ? { action: ticket.upload.url, fields: ticket.upload.fields } : undefined;
  };

  /** The file a form carries: the essay's own (kept by its upload id), or a new upload as checked now. */
  const attachedFile = async (callId: string, uploadId: string, name: string | undefined, current: Essay | undefined): Promise<Attached> => {
    if (current?.file && current.file.uploadId === uploadId) return current.file;
    if (!deps.essayFiles || !isId(uploadId)) throw new EssayFileError('missing');
    const { format, original } = await checkedUpload(deps.essayFiles, callId, uploadId);
    return { uploadId, format, bytes: original.byteLength, ...(name ? { name: name.slice(0, 200) } : {}) };
  };

  const essayForm = async (c: Context, values: Record<string, string> | undefined, errors: Record<string, string> = {}, status: FormStatus = 200) => {
    const locale = requestLocale(c);
    const key = c.req.param('unitKey')!;
    const resolved = await resolveUnitLink(deps.programme, key);
    const call = await publicCall(deps.programme.essays, essayPathId(c, 'callId'));
    // A closed call has no form: the page says it is closed (410), whatever was typed.
    if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
    const essay = await deps.programme.essays.essayOfUnit(call.id, resolved.unit.id);
    const shown = values ?? (essay ? { essayId: essay.id, themeId: essay.themeId, title: essay.title, authors: essay.authors, text: essay.text } : {});
    // A new upload (the query after an upload, or the form sent back) or the essay's own file.
    const uploadId = values ? values.uploadId : (c.req.query('upload') ?? essay?.file?.uploadId);
    const name = values ? values.fileName : c.req.query('name');
    let attached: Attached | undefined;
    if (uploadId) {
      try {
        attached = await attachedFile(call.id, uploadId, name, essay);
      } catch (error) {
        if (!(error instanceof EssayFileError)) throw error;
        errors = { ...errors, file: essayMessages(locale).fileProblem[error.reason] };
        if (status === 200) status = error.status;
      }
    }
    return renderPage(
      c,
      <EssayFormPage
        w={words(locale)}
        unitKey={key}
        unitName={resolved.unit.name}
        call={call}
        values={shown}
        errors={errors}
        switchHref={switchHref(c, locale)}
        appName={programmeMessages(locale).appName}
        upload={await uploadForm(c, key, call.id, locale)}
        {...(attached ? { attached } : {})}
      />,
      status,
    );
  };

  units.get('/:unitKey/essay-calls/:callId', (c) => essayForm(c, undefined));

  // The local run's file form (multipart): the app takes the bytes itself, checks them and shows the
  // form again with the file attached. In AWS the form posts to S3 instead and this route says 404.
  units.post('/:unitKey/essay-calls/:callId/upload', async (c) => {
    const files = deps.essayFiles;
    if (!(files instanceof LocalRecordFiles)) throw new ApiError(404, 'not_found');
    const locale = requestLocale(c);
    const key = c.req.param('unitKey');
    await resolveUnitLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const call = await publicCall(deps.programme.essays, callId);
    if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
    let file: File | undefined;
    try {
      const posted = (await c.req.formData()).get('file');
      if (posted && typeof posted !== 'string' && posted.size > 0) file = posted;
    } catch {
      file = undefined;
    }
    try {
      if (!file) throw new EssayFileError('missing');
      if (file.size > ESSAY_FILE_MAX_BYTES) throw new EssayFileError('too_large');
      const uploadId = deps.newId();
      if (!(await files.writePending(pendingEssayUpload(callId, uploadId), bodyChunks(file.stream()), ESSAY_FILE_MAX_BYTES))) throw new EssayFileError('too_large');
      await checkedUpload(files, callId, uploadId);
      return c.redirect(`/u/${key}/essay-calls/${callId}?lang=${locale}&upload=${uploadId}&name=${encodeURIComponent(file.name.slice(0, 200))}`, 303);
    } catch (error) {
      if (!(error instanceof EssayFileError)) throw error;
      return essayForm(c, undefined, { file: essayMessages(locale).fileProblem[error.reason] }, error.status);
    }
  });

  units.post('/:unitKey/essay-calls/:callId', async (c) => {
    const locale = requestLocale(c);
    const t = essayMessages(locale);
    const key = c.req.param('unitKey');
    const resolved = await resolveUnitLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const fields = new URLSearchParams(await c.req.text());
    const values = formValues(fields, ['themeId', 'title', 'authors', 'text', 'uploadId', 'fileName']);
    // "Do not keep this file": the save carries no file, so the essay's is dropped.
    if (fields.get('dropFile')) values.uploadId = '';
    const input = { themeId: values.themeId, title: values.title, authors: values.authors, text: values.text, ...(values.uploadId ? { uploadId: values.uploadId } : {}), ...(values.fileName ? { fileName: values.fileName } : {}) };
    const parsed = v.safeParse(EssayInputSchema, input);
    const limits: Record<string, number> = { title: 200, authors: 200, text: 30_000 };
    if (!parsed.success) {
      const errors = fieldErrors(parsed.issues, (field, issue) => (field === 'themeId' ? t.chooseTheme : field === 'uploadId' || field === 'fileName' ? t.fileProblem.missing : issue.type === 'max_length' ? t.tooLong(limits[field] ?? 0) : t.required));
      return essayForm(c, { ...values, ...(await existingId(resolved.unit.id, callId)) }, errors, 422);
    }
    try {
      const { essay } = await submitEssay(domain, resolved, callId, parsed.output);
      await domain.audit.record({ id: `essay-${essay.id}-v${essay.version}`, at: essay.updatedAt, actor: `unit:${essay.unitId}`, action: 'essay.submit', target: callId, details: { essayId: essay.id, version: essay.version } });
    } catch (error) {
      const back = async () => ({ ...values, ...(await existingId(resolved.unit.id, callId)) });
      if (error instanceof InvalidInputError) {
        const field = error.issues[0]?.field === 'text' ? 'text' : 'themeId';
        return essayForm(c, await back(), { [field]: field === 'text' ? t.textOrFile : t.chooseTheme }, 422);
      }
      if (error instanceof EssayFileError) return essayForm(c, { ...(await back()), uploadId: '' }, { file: t.fileProblem[error.reason] }, error.status);
      throw error;
    }
    return c.redirect(`/u/${key}?lang=${locale}&essay=saved#call-${callId}`, 303);
  });

  /** The form's button says "change" when the unit already has an essay in the call. */
  const existingId = async (unitId: string, callId: string): Promise<Record<string, string>> => {
    const essay = await deps.programme.essays.essayOfUnit(callId, unitId);
    return essay ? { essayId: essay.id } : {};
  };

  const experts = new Hono();
  experts.use('*', async function privatePages(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const essayPage = async (c: Context, extra: { values?: Record<string, string>; errors?: Record<string, string>; flash?: string } = {}, status: 200 | 422 = 200) => {
    const locale = requestLocale(c);
    const key = c.req.param('expertKey')!;
    const { expert } = await resolveExpertLink(deps.programme, key);
    const { call, essay, review } = await blindEssay(domain, expert.id, essayPathId(c, 'callId'), essayPathId(c, 'essayId'));
    return renderPage(
      c,
      <ExpertEssayPage
        w={words(locale)}
        path={`/e/${key}`}
        callTitle={call.title}
        essay={essay}
        {...(review ? { review } : {})}
        values={extra.values ?? {}}
        errors={extra.errors ?? {}}
        {...(extra.flash ? { flash: extra.flash } : {})}
        switchHref={switchHref(c, locale)}
        appName={expertMessages(locale).appName}
      />,
      status,
    );
  };

  experts.get('/:expertKey/essay-calls/:callId/essays/:essayId', (c) => essayPage(c, c.req.query('reviewed') ? { flash: essayMessages(requestLocale(c)).reviewDone } : {}));

  // The blind copy only (never the original): a short presigned link in AWS, the bytes themselves locally.
  // Its name is the essay's id, not the unit's file name, which may name the unit or an author.
  experts.get('/:expertKey/essay-calls/:callId/essays/:essayId/file', async (c) => {
    const { expert } = await resolveExpertLink(deps.programme, c.req.param('expertKey'));
    const { essay } = await blindEssay(domain, expert.id, essayPathId(c, 'callId'), essayPathId(c, 'essayId'));
    const files = deps.essayFiles;
    if (!essay.file || !files) throw new EssayNotFoundError('essay', essay.essayId);
    const object = blindObject(essay.callId, essay.essayId);
    const name = `essay-${essay.essayId.slice(0, 8)}.${essay.file.format}`;
    const link = await files.link(object, name, false);
    if (link) return c.redirect(link, 302);
    c.header('Content-Type', ESSAY_FILE_CONTENT_TYPES[essay.file.format]);
    c.header('Content-Disposition', disposition(name));
    return c.body(Readable.toWeb(await files.stream(object)) as ReadableStream);
  });

  experts.post('/:expertKey/essay-calls/:callId/essays/:essayId/review', async (c) => {
    const locale = requestLocale(c);
    const t = essayMessages(locale);
    const key = c.req.param('expertKey');
    const { expert } = await resolveExpertLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const essayId = essayPathId(c, 'essayId');
    const fields = new URLSearchParams(await c.req.text());
    const values = formValues(fields, ['score', 'comment']);
    const score = /^\s*\d{1,3}\s*$/.test(values.score ?? '') ? Number(values.score) : Number.NaN;
    const parsed = v.safeParse(ReviewInputSchema, { score, comment: values.comment });
    if (!parsed.success) {
      const errors = fieldErrors(parsed.issues, (field) => (field === 'score' ? t.badScore : t.tooLong(2000)));
      return essayPage(c, { values, errors }, 422);
    }
    await reviewEssay(domain, expert.id, callId, essayId, parsed.output);
    return c.redirect(`/e/${key}/essay-calls/${callId}/essays/${essayId}?lang=${locale}&reviewed=1`, 303);
  });

  return { units, experts };
}
