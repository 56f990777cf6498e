// single_choice: radio buttons (and "other"); the report shows a bar per option.
import type { QuestionView } from './view-type.js';
import { Choices } from './choice-parts.js';
import { OptionBars } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { Flag, ListEditor } from './editor-parts.js';

export const singleChoiceView: QuestionView<'single_choice'> = {
  layout: 'group',
  check: 'one',
  hint: () => undefined,
  picks: () => undefined,
  Controls: ({ ctx, q }) => <Choices ctx={ctx} type="radio" q={q} />,
  Chart: ({ report, locale, title }) => <OptionBars options={report.options} locale={locale} title={title} />,
  EditorFields: ({ ed, q }) => (
    <>
      <ListEditor ed={ed} list="opt" items={q.options} legend={editorMessages(ed.locale).options} field="options" withCatalogue />
      <Flag name="allowOther" label={editorMessages(ed.locale).allowOther} checked={q.allowOther} />
    </>
  ),
};
