// The visual editor: the survey as respondents will see it, a card per question; one card at a
// time opens as a form with its type's fields (from the type's view). Works without JavaScript:
// every button is a plain form post that saves and comes back; the editor script only saves the
// reloads. A published survey shows the same cards, read-only.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { editorMessages } from '../../../shared/i18n/editor-messages.js';
import { localized } from '../../../shared/kernel/locale.js';
import { noValues } from '../../../shared/question-types/form-values.js';
import { moduleOf, questionModules } from '../../../shared/question-types/registry.js';
import { MAX_CONDITIONS } from '../../../shared/question-types/question-base.js';
import { logicField, logicSources, optionValue, rowsOf, type LogicRow } from '../../../shared/survey-admin/logic-rows.js';
import type { Question, Survey } from '../../../shared/survey/survey-schema.js';
import { QuestionField } from '../../respondent/pages/question-field.js';
import { viewOf } from '../../question-views/registry.js';
import { FieldProblems, Row, TextField, type EditorCtx } from '../../question-views/editor-parts.js';
import { href, type PageContext } from './dashboard-layout.js';

export interface EditingState {
  /** The question as last typed (it may not be valid yet). */
  question: Question;
  /** Problems by field; "general" for those that concern no single field. */
  problems: Record<string, string[]>;
  /** The display-logic rows as posted (a row may have its question chosen and no option yet). */
  logicRows?: LogicRow[];
}

export interface SurveyEditorProps {
  ctx: PageContext;
  survey: Survey;
  /** The definition's version: every form sends it back, so a save over another's change is refused (409). */
  version: number;
  /** The id of the open card, if any. */
  editId?: string;
  editing?: EditingState;
  catalogue?: EditorCtx['catalogue'];
  draftText?: string;
  /** A move, copy or delete that was refused: the card and why, shown beside it. */
  refused?: { questionId: string; lines: string[] };
}

/** Every editor form carries the version it was shown with. */
const Version = ({ version }: { version: number }) => <input type="hidden" name="version" value={String(version)} />;

const questionPath = (surveyId: string, questionId: string) => `/admin/surveys/${surveyId}/questions/${questionId}`;

/**
 * Display logic as rows: pick an earlier choice question, then tick its options; every row must
 * hold. Only a chosen question's options are listed (never the whole survey's), and a new row's
 * options appear once its question is chosen ("show its options", or at once with the script).
 */
function LogicFields({ ed, survey, q, index, rows }: { ed: EditorCtx; survey: Survey; q: Question; index: number; rows: LogicRow[] }) {
  const t = editorMessages(ed.locale);
  const sources = logicSources(survey, index);
  const title = (s: Question) => localized(ed.locale, s.title, s.titleEn);
  const select = (k: number, chosen: string, label: string) => (
    <>
      <label for={`ed-if-${k}-q`}>{label}</label>
      <select id={`ed-if-${k}-q`} name={logicField.question(k)} data-logic="1">
        <option value="">{t.logicNoQuestion}</option>
        {sources.map(({ question, number }) => (
          <option value={question.id} selected={question.id === chosen}>
            {`${t.questionN(number)}${ed.locale === 'en' ? ': ' : '：'}${title(question)}`}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <details open={rows.length > 0 || ed.problems('logic').length > 0}>
      <summary>{t.logic}</summary>
      <p class="help">{t.logicHelp}</p>
      <FieldProblems ed={ed} field="logic" />
      {sources.length === 0 ? <p class="help">{t.logicNone}</p> : null}
      {rows.map((row, k) => {
        const source = sources.find((x) => x.question.id === row.questionId);
        return (
          <div class="logic-row">
            {k > 0 ? <p class="help">{t.logicAnd}</p> : null}
            {select(k, row.questionId, t.logicRow(k + 1))}
            {source ? (
              <fieldset class="list">
                <legend>{t.logicWhen(source.number, title(source.question))}</legend>
                {(moduleOf(source.question).logic?.options(source.question) ?? []).map((o, n) => (
                  <label class="inline" for={`ed-if-${k}-${n}`}>
                    <input type="checkbox" id={`ed-if-${k}-${n}`} name={logicField.option(k)} value={optionValue(row.questionId, o.id)} checked={row.anyOf.includes(o.id)} />
                    {localized(ed.locale, o.label, o.labelEn)}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
        );
      })}
      {sources.length > 0 && rows.length < MAX_CONDITIONS ? (
        <div class="logic-row">
          {select(rows.length, '', t.logicAddRow(rows.length + 1))}
          <button type="submit" class="secondary small" name="op" value={logicField.show}>
            {t.logicShow}
          </button>
        </div>
      ) : null}
    </details>
  );
}

function QuestionForm({ ctx, survey, version, q, index, ed, logicRows }: { ctx: PageContext; survey: Survey; version: number; q: Question; index: number; ed: EditorCtx; logicRows?: LogicRow[] }) {
  const t = editorMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  const View = viewOf(q.type).EditorFields;
  return (
    <form method="post" action={href(ctx, questionPath(survey.id, q.id))} class="question-form">
      <Version version={version} />
      <h3>{`${index + 1}. ${moduleOf(q).name[ctx.locale]}`}</h3>
      <FieldProblems ed={ed} field="general" />
      <FieldProblems ed={ed} field="title" />
      <label for="ed-title">{t.title}</label>
      <input id="ed-title" name="title" type="text" maxlength={500} value={q.title} required aria-invalid={ed.problems('title').length > 0 ? 'true' : undefined} />
      <FieldProblems ed={ed} field="help" />
      <TextField name="help" label={t.help} value={q.help} max={1000} />
      <details>
        <summary>{t.english}</summary>
        <TextField name="titleEn" label={t.titleEn} value={q.titleEn} max={500} />
        <TextField name="helpEn" label={t.helpEn} value={q.helpEn} max={1000} />
      </details>
      <label class="inline">
        <input type="checkbox" name="required" value="1" checked={q.required} />
        {t.required}
      </label>
      <View ed={ed} q={q} />
      <FieldProblems ed={ed} field="section" />
      <Row>
        <div>
          <label for="ed-section">{t.section}</label>
          <select id="ed-section" name="sectionId">
            <option value="">{t.noSection}</option>
            {(survey.sections ?? []).map((s) => (
              <option value={s.id} selected={q.sectionId === s.id}>
                {localized(ctx.locale, s.title, s.titleEn)}
              </option>
            ))}
          </select>
        </div>
        <TextField name="newSection" label={`${t.newSection} · ${t.sectionTitle}`} value="" max={200} />
      </Row>
      <LogicFields ed={ed} survey={survey} q={q} index={index} rows={logicRows ?? rowsOf(q)} />
      <div class="tools">
        <button type="submit" name="action" value="save">
          {d.save}
        </button>
        <a class="button" href={`${href(ctx, `/admin/surveys/${survey.id}`)}#card-${index}`}>
          {t.done}
        </a>
      </div>
    </form>
  );
}

function CardTools({ ctx, survey, version, q, index }: { ctx: PageContext; survey: Survey; version: number; q: Question; index: number }) {
  const t = editorMessages(ctx.locale);
  const action = href(ctx, questionPath(survey.id, q.id));
  const small = (value: string, label: string, disabled = false) => (
    <form method="post" action={action}>
      <Version version={version} />
      <button type="submit" class="secondary small" name="action" value={value} disabled={disabled} aria-label={`${label} · ${index + 1}`}>
        {label}
      </button>
    </form>
  );
  return (
    <div class="tools">
      <a class="button edit" href={`${href(ctx, `/admin/surveys/${survey.id}?edit=${q.id}`)}#card-${index}`} aria-label={`${t.edit} · ${index + 1}`}>
        {t.edit}
      </a>
      {small('up', t.moveUp, index === 0)}
      {small('down', t.moveDown, index === survey.questions.length - 1)}
      {small('duplicate', t.duplicate)}
      <details>
        <summary>{t.remove}</summary>
        <form method="post" action={action}>
          <Version version={version} />
          <p class="help">{t.removeHelp}</p>
          <button type="submit" name="action" value="delete">
            {t.confirmRemove}
          </button>
        </form>
      </details>
    </div>
  );
}

/** Why a move, copy or delete did not happen, on the card itself; the page opens at it. */
function CardRefusal({ lines, locale }: { lines: string[]; locale: PageContext['locale'] }) {
  return (
    <div class="field-err" id="refused" role="alert" tabindex={-1} autofocus>
      <p>{editorMessages(locale).moveRefused}</p>
      <ul>
        {lines.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function AddQuestion({ ctx, survey, version }: { ctx: PageContext; survey: Survey; version: number }) {
  const t = editorMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  return (
    <form method="post" action={href(ctx, `/admin/surveys/${survey.id}/add-question`)} class="add-question">
      <Version version={version} />
      <h3>{t.addHere}</h3>
      <Row>
        <div>
          <label for="questionType">{d.questionType}</label>
          <select id="questionType" name="type">
            {questionModules.map((m) => (
              <option value={m.type}>{m.name[ctx.locale]}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="position">{t.addAt}</label>
          <select id="position" name="position">
            <option value="">{t.atEnd}</option>
            {survey.questions.map((_, i) => (
              <option value={String(i + 1)}>{t.after(i + 1)}</option>
            ))}
          </select>
        </div>
      </Row>
      <button type="submit" class="secondary">
        {d.addQuestion}
      </button>
    </form>
  );
}

function Advanced({ ctx, survey, version, draftText }: { ctx: PageContext; survey: Survey; version: number; draftText?: string }) {
  const t = editorMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  const { id: _id, status: _status, createdAt: _c, publishedAt: _p, closedAt: _cl, kind: _k, ...editable } = survey;
  return (
    <details class="advanced" open={draftText !== undefined}>
      <summary>{t.advanced}</summary>
      <p class="help">{t.advancedHelp}</p>
      <p>
        <a href={`/admin/surveys/${survey.id}/definition.json`} download={`${survey.id}.json`}>
          {t.download}
        </a>
      </p>
      {survey.status === 'draft' ? (
        <form method="post" action={href(ctx, `/admin/surveys/${survey.id}/definition`)}>
          <Version version={version} />
          <label for="definition">{d.editor}</label>
          <p class="help" id="definition-help">
            {d.editorHelp}
          </p>
          <textarea id="definition" name="definition" aria-describedby="definition-help" spellcheck={false}>
            {draftText ?? JSON.stringify(editable, null, 2)}
          </textarea>
          <button type="submit">{t.replace}</button>
        </form>
      ) : null}
    </details>
  );
}

export function SurveyEditor(props: SurveyEditorProps) {
  const { ctx, survey } = props;
  const t = editorMessages(ctx.locale);
  const draft = survey.status === 'draft';
  const editing = props.editing;
  const ed: EditorCtx = { locale: ctx.locale, catalogue: props.catalogue, problems: (field) => editing?.problems[field] ?? [] };
  return (
    <section aria-labelledby="editor-h" id="editor">
      <h2 id="editor-h">{t.questions}</h2>
      <p class="help">{draft ? t.editorHelp : t.readOnly}</p>
      <ol class="cards">
        {survey.questions.map((stored, index) => {
          const open = draft && props.editId === stored.id;
          const q = open && editing ? editing.question : stored;
          const section = q.sectionId && q.sectionId !== survey.questions[index - 1]?.sectionId ? survey.sections?.find((s) => s.id === q.sectionId) : undefined;
          return (
            <li id={`card-${index}`} class={open ? (editing ? 'card editing bad' : 'card editing') : 'card'} data-question={stored.id}>
              {section ? <h3>{localized(ctx.locale, section.title, section.titleEn)}</h3> : null}
              {open ? (
                <QuestionForm ctx={ctx} survey={survey} version={props.version} q={q} index={index} ed={ed} logicRows={editing?.logicRows} />
              ) : (
                <>
                  {props.refused?.questionId === stored.id ? <CardRefusal lines={props.refused.lines} locale={ctx.locale} /> : null}
                  <QuestionField survey={survey} question={q} index={index} locale={ctx.locale} values={noValues} />
                  {draft ? <CardTools ctx={ctx} survey={survey} version={props.version} q={q} index={index} /> : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {draft ? <AddQuestion ctx={ctx} survey={survey} version={props.version} /> : null}
      <Advanced ctx={ctx} survey={survey} version={props.version} draftText={props.draftText} />
    </section>
  );
}
