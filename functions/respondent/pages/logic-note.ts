// What a question's display logic looks like on the page: a plain note for readers without
// JavaScript ("仅当第 3 题选择…时作答") and the data the form script evaluates.
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { moduleOf } from '../../../shared/question-types/registry.js';
import type { Condition, Survey } from '../../../shared/survey/survey-schema.js';

/** "Answer only if you chose … in question n", one sentence per condition. */
export function logicNote(survey: Survey, conditions: readonly Condition[], locale: Locale): string {
  return conditions
    .map((c) => {
      const index = survey.questions.findIndex((q) => q.id === c.questionId);
      const source = survey.questions[index];
      const options = source ? (moduleOf(source).logic?.options(source) ?? []) : [];
      const labels = c.anyOf.map((id) => {
        const o = options.find((x) => x.id === id);
        return o ? localized(locale, o.label, o.labelEn) : id;
      });
      return uiMessages(locale).shownIf(index + 1, labels);
    })
    .join(locale === 'en' ? '; ' : '；');
}

/** The conditions as the form script reads them (`data-if`). */
export function logicData(conditions: readonly Condition[]): string | undefined {
  return conditions.length === 0 ? undefined : JSON.stringify(conditions.map((c) => ({ q: c.questionId, any: c.anyOf })));
}
