// The survey as a mobile form: a plain POST without JavaScript, enhanced by the form script.
import type { Child } from 'hono/jsx';
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import type { AnswerIssueCode } from '../../../shared/question-types/answer-issue.js';
import type { Question, Survey } from '../../../shared/survey/survey-schema.js';
import { fieldName, noValues, type FormValues } from '../form-fields.js';
import { formScript, previewScript } from './form-script.js';
import { Layout } from './layout.js';
import { QuestionField } from './question-field.js';
import { logicData } from './logic-note.js';
import { conditionList } from '../../../shared/survey/display-logic.js';

export interface SurveyPageProps {
  survey: Survey;
  locale: Locale;
  submissionId: string;
  /** Where the form posts and where the thank-you page is, language included. */
  action: string;
  doneUrl: string;
  switchHref: string;
  values?: FormValues;
  /** Problems from a rejected submission, by question id. */
  errors?: Record<string, string>;
  /** Present when the survey requires an access code. */
  accessCode?: { value: string; error?: string };
  /** An organizer's preview: a banner, only the display-logic script and a disabled button, so nothing can be sent. */
  preview?: boolean;
  /** Shown under the title: what the form is about (a lecture's feedback form names the lecture). */
  about?: Child;
  /** Opened from a unit's link: the key travels with the form and the unit question shows the unit, fixed. */
  unitLink?: { key: string; unitId: string; unitName: string };
  /** Fields shown before the questions (the request form's picks) and the button's words. */
  lead?: Child;
  submitLabel?: string;
  /** The header's name when the form is not a needs survey (a unit's request form: 宣讲点单). */
  appName?: string;
  /** The closing time as the district reads it, shown under the title. */
  closesAt?: string;
  /**
   * Remember on the phone that it answered: reopening the link then says so (with the receipt number)
   * instead of a blank form, and offers another answer unless the survey takes one per device.
   */
  answeredNote?: { oncePerDevice: boolean };
}

/** A unit question answered by the unit's link: shown, not asked. */
function FixedUnit({ question, unitName, unitId, locale }: { question: Question; unitName: string; unitId: string; locale: Locale }) {
  return (
    <div class="q" data-q={question.id}>
      <p class="qt">{localized(locale, question.title, question.titleEn)}</p>
      <p>{unitName}</p>
      <p class="err" aria-live="polite"></p>
      <input type="hidden" name={fieldName.answer(question.id)} value={unitId} />
    </div>
  );
}

function AccessCodeField({ locale, value, error }: { locale: Locale; value: string; error?: string }) {
  const t = uiMessages(locale);
  return (
    <div id="code-box" class={error ? 'q bad' : 'q'} data-q="accessCode" data-check="entry" data-required="1">
      <label class="qt" for="code-in">
        {t.accessCode}
        <span class="tag">{t.required}</span>
      </label>
      <p class="help" id="code-help">{t.accessCodeHelp}</p>
      <p class="err" id="code-err" aria-live="polite">{error ?? ''}</p>
      <input
        type="text"
        id="code-in"
        name="accessCode"
        value={value}
        maxlength={16}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        aria-required="true"
        aria-describedby="code-help code-err"
      />
    </div>
  );
}

/** Messages the script shows, the same sentences the server uses; "{n}" stands for a number. */
export function scriptMessages(locale: Locale, submitLabel?: string) {
  const t = uiMessages(locale);
  const say = (code: AnswerIssueCode, params?: Record<string, string>) => answerIssueMessage({ questionId: '', code, params }, locale);
  return {
    required: say('required'),
    duplicate: say('duplicate_option'),
    tooFew: say('too_few_picks', { min: '{n}' }),
    tooMany: say('too_many_picks', { max: '{n}' }),
    tooFewRanked: say('too_few_ranked', { min: '{n}' }),
    rows: say('row_required'),
    number: say('not_finite'),
    integer: say('not_integer'),
    belowMin: say('below_min', { min: '{n}' }),
    aboveMax: say('above_max', { max: '{n}' }),
    decimals: say('too_many_decimals', { decimals: '{n}' }),
    other: say('other_text_required'),
    summary: t.errorSummary(0).replace('0', '{n}'),
    restored: t.draftRestored,
    offline: t.queuedOffline,
    busy: t.serverBusy,
    retrying: t.retrying,
    submit: submitLabel ?? t.submit,
    submitting: t.submitting,
    savedRetry: t.savedRetry,
    sent: t.sent,
    answered: t.answeredHere,
    receipt: t.receipt,
    again: t.answerAgain,
    progress: t.progress(0, 0).replace('0', '{k}').replace('0', '{n}'),
  };
}

/** The sections in the order their first question appears: "part 2 of 6" counts these. */
function sectionOrder(survey: Survey): string[] {
  const order: string[] = [];
  for (const q of survey.questions) if (q.sectionId && !order.includes(q.sectionId) && survey.sections?.some((s) => s.id === q.sectionId)) order.push(q.sectionId);
  return order;
}

/** Problems listed at the top, each a link to its question, so the summary works without JavaScript. */
function ErrorSummary({ survey, errors, count, codeError, locale }: { survey: Survey; errors: Record<string, string>; count: number; codeError?: string; locale: Locale }) {
  const t = uiMessages(locale);
  const bad = survey.questions.map((q, index) => ({ q, index })).filter(({ q }) => errors[q.id] !== undefined);
  return (
    <>
      {t.errorSummary(count)}
      <ul>
        {codeError ? (
          <li>
            <a href="#code-box">{t.accessCode}</a>
          </li>
        ) : null}
        {bad.map(({ q, index }) => (
          <li>
            <a href={`#q${index}-box`}>{`${index + 1}. ${localized(locale, q.title, q.titleEn)}`}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function SectionTitle({ survey, q, previous, locale, order }: { survey: Survey; q: Question; previous: Question | undefined; locale: Locale; order: string[] }) {
  if (!q.sectionId || q.sectionId === previous?.sectionId) return null;
  const section = survey.sections?.find((s) => s.id === q.sectionId);
  if (!section) return null;
  // "Part 2 of 6" on a long survey, so a person scrolling knows how far there is to go.
  const position = order.length > 1 ? order.indexOf(section.id) + 1 : 0;
  // The script hides a section's heading with its questions when its condition fails.
  return (
    <h2 data-if={logicData(conditionList(section.visibleIf))}>
      {position > 0 ? <span class="sec">{uiMessages(locale).sectionOf(position, order.length)}</span> : null}
      {localized(locale, section.title, section.titleEn)}
    </h2>
  );
}

/** A survey this long gets a progress bar (the script fills it in as questions are answered). */
const PROGRESS_FROM_QUESTIONS = 8;

export function SurveyPage(props: SurveyPageProps) {
  const { survey, locale, errors = {} } = props;
  const t = uiMessages(locale);
  const values = props.values ?? noValues;
  const errorCount = Object.keys(errors).length + (props.accessCode?.error ? 1 : 0);
  const title = localized(locale, survey.title, survey.titleEn);
  const intro = survey.intro ? localized(locale, survey.intro, survey.introEn) : undefined;
  // A feedback form says "feedback" in its header and on its button, never "survey".
  const feedback = survey.kind === 'feedback' ? t.feedback : undefined;
  const submitLabel = props.submitLabel ?? feedback?.submit ?? t.submit;
  const order = sectionOrder(survey);
  const showProgress = !props.preview && (order.length > 1 || survey.questions.length >= PROGRESS_FROM_QUESTIONS);
  return (
    <Layout locale={locale} title={title} switchHref={props.switchHref} script={props.preview ? previewScript : formScript} appName={props.appName ?? feedback?.appName}>
      {props.preview ? (
        <p class="note" role="note">
          {t.previewBanner}
        </p>
      ) : null}
      <h1>{title}</h1>
      {props.about ?? null}
      {props.closesAt ? <p class="due">{t.deadline(props.closesAt)}</p> : null}
      {intro ? <p class="intro">{intro}</p> : null}
      {showProgress ? (
        <div class="prog" id="prog" hidden>
          <span id="prog-t">{t.progress(0, survey.questions.length)}</span>
          <progress id="prog-bar" max={survey.questions.length} value={0} aria-label={t.progressLabel}></progress>
        </div>
      ) : null}
      <form
        id="survey"
        method="post"
        action={props.action}
        novalidate
        data-survey={survey.id}
        data-remember={props.answeredNote ? '1' : undefined}
        data-once={props.answeredNote?.oncePerDevice ? '1' : undefined}
        data-done={props.doneUrl}
        data-msgs={JSON.stringify(scriptMessages(locale, submitLabel))}
      >
        <input type="hidden" name="submissionId" value={props.submissionId} />
        {props.unitLink ? <input type="hidden" name="unitKey" value={props.unitLink.key} /> : null}
        {/* A div, not a p: the summary holds a list of links. */}
        <div id="note" class={errorCount ? 'note bad' : 'note'} role="status" aria-live="polite">
          {errorCount ? <ErrorSummary survey={survey} errors={errors} count={errorCount} codeError={props.accessCode?.error} locale={locale} /> : ''}
        </div>
        {props.lead}
        {props.accessCode ? <AccessCodeField locale={locale} value={props.accessCode.value} error={props.accessCode.error} /> : null}
        {survey.questions.map((question, index) => {
          return (
            <>
              <SectionTitle survey={survey} q={question} previous={survey.questions[index - 1]} locale={locale} order={order} />
              {props.unitLink && question.type === 'unit' ? (
                <FixedUnit question={question} unitName={props.unitLink.unitName} unitId={props.unitLink.unitId} locale={locale} />
              ) : (
                <QuestionField survey={survey} question={question} index={index} locale={locale} values={values} error={errors[question.id]} />
              )}
            </>
          );
        })}
        {/* A disabled default button also stops Enter in a text field from submitting (implicit submission). */}
        <button type="submit" id="send" disabled={props.preview === true}>
          {submitLabel}
        </button>
        {/* Sending, saved on this phone, sent: said right under the button the person just pressed. */}
        <p id="outcome" class="note" role="status" aria-live="polite"></p>
      </form>
    </Layout>
  );
}
