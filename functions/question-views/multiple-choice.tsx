// multiple_choice: checkboxes (and "other") with a hint on how many to pick; bars in the report.
import { fewestPicks } from '../../shared/question-types/multiple-choice.js';
import type { QuestionView } from './view-type.js';
import { Choices, picksHint } from './choice-parts.js';
import { OptionBars } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { Flag, ListEditor, PicksFields } from './editor-parts.js';

const picks = (q: Parameters<QuestionView<'multiple_choice'>['picks']>[0]) => ({ min: fewestPicks(q), max: q.maxPicks ?? q.options.length + (q.allowOther ? 1 : 0) });

export const multipleChoiceView: QuestionView<'multiple_choice'> = {
  layout: 'group',
  check: 'picks',
  hint: (q, locale) => picksHint(picks(q), q.options.length + (q.allowOther ? 1 : 0), locale),
  picks,
  Controls: ({ ctx, q }) => <Choices ctx={ctx} type="checkbox" q={q} />,
  Chart: ({ report, locale, title }) => <OptionBars options={report.options} locale={locale} title={title} />,
  EditorFields: ({ ed, q }) => (
    <>
      <ListEditor ed={ed} list="opt" items={q.options} legend={editorMessages(ed.locale).options} field="options" withCatalogue />
      <Flag name="allowOther" label={editorMessages(ed.locale).allowOther} checked={q.allowOther} />
      <PicksFields ed={ed} q={q} />
    </>
  ),
};
