// The essay call's public pages: the section on the unit's page and its essay form (/u/{key}), the
// section on the expert's page and the blind essay with its review form (/e/{key}). Plain forms that
// work without JavaScript; none of the expert's markup can name a unit or an author (it is built from
// the blind shapes alone).
import { essayMessages } from '../../../shared/i18n/essay-messages.js';
import { COMMENT_MAX, ESSAY_TEXT_MAX, type BlindEssay, type EssayCallSummary } from '../../../shared/essays/essay-schema.js';
import { ESSAY_FILE_CONTENT_TYPES, fileSize, type EssayFileFormat } from '../../../shared/essays/essay-file.js';
import type { ExpertEssayCall } from '../../../shared/essays/review-essay.js';
import type { UnitEssayCall } from '../../../shared/essays/submit-essay.js';
import { localized, type Locale } from '../../../shared/kernel/locale.js';
import { Layout } from './layout.js';

interface Words {
  locale: Locale;
  time: (iso: string) => string;
  zone: string;
}

function CallFacts({ call, w }: { call: EssayCallSummary; w: Words }) {
  const t = essayMessages(w.locale);
  return (
    <>
      <p>
        {t.themes}：{call.themes.map((th) => localized(w.locale, th.name, th.nameEn)).join(w.locale === 'en' ? ', ' : '、')}
      </p>
      <p>{t.deadline(w.time(call.deadline), w.zone)}</p>
    </>
  );
}

/** The unit page's 征文 section: each call with the unit's essay, the link to send or change it, the result once published. */
export function UnitEssaySection({ calls, unitKey, w }: { calls: readonly UnitEssayCall[]; unitKey: string; w: Words }) {
  const t = essayMessages(w.locale);
  return (
    <section aria-labelledby="essays">
      <h2 id="essays">{t.essays}</h2>
      {calls.length === 0 ? <p>{t.noCalls}</p> : null}
      {calls.map(({ call, open, essay, result }) => (
        <div class="q" id={`call-${call.id}`}>
          <p class="qt">
            {call.title}
            <span class="tag">{t.states[call.state]}</span>
          </p>
          <CallFacts call={call} w={w} />
          {open ? null : <p>{t.closed}</p>}
          {essay ? (
            <p>
              <strong>{t.yourEssay}</strong>：{essay.title}（{t.version(essay.version)}，{t.savedAt(w.time(essay.updatedAt))}）
            </p>
          ) : (
            <p>{t.noEssay}</p>
          )}
          {result ? (
            <>
              <p>
                <strong>{result.reviews > 0 ? t.result(result.rank, result.meanScore, result.reviews) : t.noReviews}</strong>
              </p>
              {result.comments.length > 0 ? (
                <>
                  <p>{t.comments}：</p>
                  <ul>
                    {result.comments.map((c) => (
                      <li>{c}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
          {open ? (
            <p>
              <a class="go" href={`/u/${unitKey}/essay-calls/${call.id}?lang=${w.locale}`}>
                {essay ? t.change : t.send}
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}

export interface EssayFormProps {
  w: Words;
  unitKey: string;
  unitName: string;
  call: EssayCallSummary;
  values: Record<string, string>;
  errors: Record<string, string>;
  switchHref: string;
  appName: string;
  /** Where the file form posts: the app itself (local run) or S3 with its signed fields. */
  upload?: { action: string; fields: Record<string, string> };
  /** The file the essay form carries (a new upload checked, or the one the essay already has). */
  attached?: { uploadId: string; name?: string; format: EssayFileFormat; bytes: number };
}

const FORMAT_NAMES: Record<EssayFileFormat, string> = { pdf: 'PDF', docx: 'DOCX' };

function Field({ name, label, help, error, children }: { name: string; label: string; help?: string; error?: string; children: unknown }) {
  return (
    <div class={error ? 'q bad' : 'q'}>
      <label class="qt" for={`f-${name}`}>
        {label}
      </label>
      {help ? (
        <p class="help" id={`h-${name}`}>
          {help}
        </p>
      ) : null}
      <p class="err" id={`e-${name}`} role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
      {children}
    </div>
  );
}

/** The unit's essay form: theme, title, authors, text; problems beside their fields with a summary on top. */
export function EssayFormPage({ w, unitKey, unitName, call, values, errors, switchHref, appName, upload, attached }: EssayFormProps) {
  const t = essayMessages(w.locale);
  const described = (name: string, help = true) => [help ? `h-${name}` : '', `e-${name}`].filter(Boolean).join(' ');
  const invalid = (name: string) => (errors[name] ? 'true' : undefined);
  return (
    <Layout locale={w.locale} title={t.formTitle(call.title)} switchHref={switchHref} appName={appName}>
      <h1>{t.formTitle(call.title)}</h1>
      <p>{unitName}</p>
      <CallFacts call={call} w={w} />
      {call.rules ? <p class="intro">{call.rules}</p> : null}
      <p class="help">{t.editUntil}</p>
      {Object.keys(errors).length > 0 ? (
        <div class="note bad" role="alert">
          {t.fixBelow}
          <ul>
            {Object.entries(errors).map(([name, message]) => (
              <li>
                <a href={`#f-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {upload ? (
      <form method="post" action={upload.action} enctype="multipart/form-data" class={errors.file ? 'q bad' : 'q'}>
        {Object.entries(upload.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label class="qt" for="f-file">
          {t.file}
        </label>
        <p class="help" id="h-file">
          {t.fileHelp} {attached ? null : t.uploadFirst}
        </p>
        <p class="err" id="e-file" role={errors.file ? 'alert' : undefined}>
          {errors.file ?? ''}
        </p>
        <input type="file" id="f-file" name="file" required accept={`.pdf,.docx,${Object.values(ESSAY_FILE_CONTENT_TYPES).join(',')}`} aria-describedby="h-file e-file" aria-invalid={errors.file ? 'true' : undefined} />
        <button type="submit">
          {t.upload}
        </button>
      </form>
      ) : null}
      <form method="post" action={`/u/${unitKey}/essay-calls/${call.id}?lang=${w.locale}`}>
        {attached ? (
          <div class="q">
            <p class="note" role="status" id="attached">
              {attached.name ? t.attached(attached.name, fileSize(attached.bytes)) : t.attachedUnnamed(FORMAT_NAMES[attached.format], fileSize(attached.bytes))}
            </p>
            <input type="hidden" name="uploadId" value={attached.uploadId} />
            {attached.name ? <input type="hidden" name="fileName" value={attached.name} /> : null}
            <label class="opt">
              <input type="checkbox" name="dropFile" value="1" />
              {t.removeFile}
            </label>
          </div>
        ) : null}
        <fieldset class={errors.themeId ? 'q bad' : 'q'} aria-describedby="e-themeId">
          <legend>{t.theme}</legend>
          <p class="err" id="e-themeId" role={errors.themeId ? 'alert' : undefined}>
            {errors.themeId ?? ''}
          </p>
          {call.themes.map((th, i) => (
            <label class="opt">
              <input type="radio" name="themeId" value={th.id} id={i === 0 ? 'f-themeId' : undefined} checked={values.themeId === th.id || (call.themes.length === 1 && !values.themeId)} required />
              {localized(w.locale, th.name, th.nameEn)}
            </label>
          ))}
        </fieldset>
        <Field name="title" label={t.title} error={errors.title}>
          <input type="text" id="f-title" name="title" required maxlength={200} value={values.title ?? ''} aria-describedby={described('title', false)} aria-invalid={invalid('title')} />
        </Field>
        <Field name="authors" label={t.authors} help={t.authorsHelp} error={errors.authors}>
          <input type="text" id="f-authors" name="authors" required maxlength={200} value={values.authors ?? ''} aria-describedby={described('authors')} aria-invalid={invalid('authors')} autocomplete="name" />
        </Field>
        <Field name="text" label={t.text} help={attached ? t.textHelpWithFile(ESSAY_TEXT_MAX) : t.textHelp(ESSAY_TEXT_MAX)} error={errors.text}>
          <textarea id="f-text" name="text" required={!attached} maxlength={ESSAY_TEXT_MAX} rows={14} aria-describedby={described('text')} aria-invalid={invalid('text')}>
            {values.text ?? ''}
          </textarea>
        </Field>
        <button type="submit">{values.essayId ? t.change : t.send}</button>
      </form>
      <p>
        <a href={`/u/${unitKey}?lang=${w.locale}#essays`}>{t.back}</a>
      </p>
    </Layout>
  );
}

/** The expert page's review section: the calls under review, each essay by title and theme only. */
export function ExpertEssaySection({ calls, path, w }: { calls: readonly ExpertEssayCall[]; path: string; w: Words }) {
  const t = essayMessages(w.locale);
  if (calls.length === 0) return null;
  return (
    <section aria-labelledby="essays">
      <h2 id="essays">{t.reviewSection}</h2>
      <p class="help">{t.reviewIntro}</p>
      {calls.map(({ call, essays }) => (
        <div class="q">
          <p class="qt">
            {call.title}
            <span class="tag">{t.essayCount(essays.length)}</span>
          </p>
          <ol class="essays">
            {essays.map((e) => (
              <li>
                <a href={`${path}/essay-calls/${call.id}/essays/${e.essayId}?lang=${w.locale}`}>{e.title}</a>（{e.themeName}）：{e.myScore !== undefined ? t.reviewed(e.myScore) : t.toReview}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

export interface ExpertEssayProps {
  w: Words;
  path: string;
  callTitle: string;
  essay: BlindEssay;
  review?: { score: number; comment: string; reviewedAt: string };
  values: Record<string, string>;
  errors: Record<string, string>;
  flash?: string;
  switchHref: string;
  appName: string;
}

/** One essay, blind, and the expert's review form (or the review given). */
export function ExpertEssayPage({ w, path, callTitle, essay, review, values, errors, flash, switchHref, appName }: ExpertEssayProps) {
  const t = essayMessages(w.locale);
  const action = `${path}/essay-calls/${essay.callId}/essays/${essay.essayId}/review?lang=${w.locale}`;
  return (
    <Layout locale={w.locale} title={essay.title} switchHref={switchHref} appName={appName}>
      <p>
        {callTitle} · {essay.themeName}
      </p>
      <h1>{essay.title}</h1>
      {flash ? (
        <p class="note" role="status">
          {flash}
        </p>
      ) : null}
      {essay.file ? (
        <p>
          <a class="go" href={`${path}/essay-calls/${essay.callId}/essays/${essay.essayId}/file`} download>
            {t.download}
          </a>{' '}
          <span class="help">{t.downloadHint(FORMAT_NAMES[essay.file.format], fileSize(essay.file.bytes))}</span>
        </p>
      ) : null}
      {essay.text ? <div class="intro">{essay.text}</div> : null}
      {review ? (
        <div class="q">
          <p class="qt">{t.yourReview}</p>
          <p>{t.reviewed(review.score)}（{w.time(review.reviewedAt)}）</p>
          {review.comment ? <p>{review.comment}</p> : null}
        </div>
      ) : (
        <form method="post" action={action}>
          {Object.keys(errors).length > 0 ? (
            <div class="note bad" role="alert">
              {t.fixBelow}
            </div>
          ) : null}
          <Field name="score" label={t.score} help={t.scoreHelp} error={errors.score}>
            <input type="number" id="f-score" name="score" required min={0} max={100} step={1} inputmode="numeric" value={values.score ?? ''} aria-describedby="h-score e-score" aria-invalid={errors.score ? 'true' : undefined} />
          </Field>
          <Field name="comment" label={t.comment} help={t.commentHelp(COMMENT_MAX)} error={errors.comment}>
            <textarea id="f-comment" name="comment" maxlength={COMMENT_MAX} rows={6} aria-describedby="h-comment e-comment" aria-invalid={errors.comment ? 'true' : undefined}>
              {values.comment ?? ''}
            </textarea>
          </Field>
          <button type="submit">{t.submitReview}</button>
        </form>
      )}
      <p>
        <a href={`${path}?lang=${w.locale}#essays`}>{t.backToList}</a>
      </p>
    </Layout>
  );
}
