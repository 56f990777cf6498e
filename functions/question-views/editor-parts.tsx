// The editor's form parts the types share: an editable list (options, rows, grid axes), number
// and text fields, tick boxes, each with its problems beside it. Plain form controls: the editor
// works without JavaScript (every button is a submit that saves and comes back here).
import type { Child } from 'hono/jsx';
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import type { Locale } from '../../shared/kernel/locale.js';
import { catalogueChoices, listField } from '../../shared/question-types/editor-input.js';

export interface EditorCtx {
  locale: Locale;
  catalogue?: Catalogue;
  /** Problems found on save, by editor field ("title", "options", "picks", "logic", …). */
  problems: (field: string) => string[];
}

export function FieldProblems({ ed, field }: { ed: EditorCtx; field: string }) {
  const items = ed.problems(field);
  return items.length === 0 ? null : (
    <ul class="field-err" id={`err-${field}`}>
      {items.map((m) => (
        <li>{m}</li>
      ))}
    </ul>
  );
}

export function NumberField({ ed, name, label, value, field, min, max }: { ed: EditorCtx; name: string; label: string; value: number | undefined; field: string; min?: number; max?: number }) {
  return (
    <div>
      <label for={`ed-${name}`}>{label}</label>
      <input id={`ed-${name}`} name={name} type="number" inputmode="numeric" min={min} max={max} step="any" value={value === undefined ? '' : String(value)} aria-invalid={ed.problems(field).length > 0 ? 'true' : undefined} />
    </div>
  );
}

export function TextField({ name, label, value, max }: { name: string; label: string; value: string | undefined; max: number }) {
  return (
    <div>
      <label for={`ed-${name}`}>{label}</label>
      <input id={`ed-${name}`} name={name} type="text" maxlength={max} value={value ?? ''} />
    </div>
  );
}

export function Flag({ name, label, checked }: { name: string; label: string; checked: boolean | undefined }) {
  return (
    <label class="inline">
      <input type="checkbox" name={name} value="1" checked={checked === true} />
      {label}
    </label>
  );
}

export function Row({ children }: { children: Child }) {
  return <div class="row">{children}</div>;
}

type Item = { id: string; label: string; labelEn?: string };

/** An editable list: text per item (English tucked away), remove, move up/down, add one, add from the catalogue. */
export function ListEditor({ ed, list, items, legend, field, withCatalogue }: { ed: EditorCtx; list: string; items: readonly Item[]; legend: string; field: string; withCatalogue?: boolean }) {
  const t = editorMessages(ed.locale);
  const linked = new Set(catalogueChoices(ed.catalogue).flatMap((g) => g.items.map((i) => i.id)));
  const choices = withCatalogue ? catalogueChoices(ed.catalogue).map((g) => ({ ...g, items: g.items.filter((i) => !items.some((o) => o.id === i.id)) })) : [];
  return (
    <fieldset class="list">
      <legend>{legend}</legend>
      <FieldProblems ed={ed} field={field} />
      <ol>
        {items.map((item, i) => (
          <li>
            <input type="hidden" name={listField.id(list)} value={item.id} />
            <label class="sr" for={`ed-${list}-${i}`}>{`${legend} ${i + 1}`}</label>
            <input id={`ed-${list}-${i}`} name={listField.label(list)} type="text" maxlength={200} value={item.label} />
            {linked.has(item.id) ? <span class="tag">{t.linked}</span> : null}
            <label class="sr" for={`ed-${list}-${i}-en`}>{`${legend} ${i + 1} · ${t.labelEn}`}</label>
            <input id={`ed-${list}-${i}-en`} class="en" name={listField.labelEn(list)} type="text" maxlength={200} value={item.labelEn ?? ''} placeholder={t.labelEn} />
            <span class="item-tools">
              <button type="submit" class="secondary small" name="op" value={listField.move(list, i, 'up')} disabled={i === 0} aria-label={`${t.moveUp} ${i + 1}`}>↑</button>
              <button type="submit" class="secondary small" name="op" value={listField.move(list, i, 'down')} disabled={i === items.length - 1} aria-label={`${t.moveDown} ${i + 1}`}>↓</button>
              <label class="inline">
                <input type="checkbox" name={listField.remove(list)} value={item.id} />
                {t.removeItem}
              </label>
            </span>
          </li>
        ))}
      </ol>
      <label for={`ed-${list}-new`}>{t.newItem}</label>
      <input id={`ed-${list}-new`} name={listField.added(list)} type="text" maxlength={200} value="" />
      {choices.some((g) => g.items.length > 0) ? (
        <>
          <label for={`ed-${list}-cat`}>{t.fromCatalogue}</label>
          <select id={`ed-${list}-cat`} name={listField.catalogue(list)}>
            <option value="">—</option>
            {choices
              .filter((g) => g.items.length > 0)
              .map((g) => (
                <optgroup label={t.catalogueGroups[g.group] ?? g.group}>
                  {g.items.map((i) => (
                    <option value={i.id}>{i.label}</option>
                  ))}
                </optgroup>
              ))}
          </select>
        </>
      ) : null}
    </fieldset>
  );
}

/** min/max picks (multiple_choice, time_slots). */
export function PicksFields({ ed, q }: { ed: EditorCtx; q: { minPicks?: number; maxPicks?: number } }) {
  const t = editorMessages(ed.locale);
  return (
    <>
      <FieldProblems ed={ed} field="picks" />
      <Row>
        <NumberField ed={ed} field="picks" name="minPicks" label={t.minPicks} value={q.minPicks} min={0} />
        <NumberField ed={ed} field="picks" name="maxPicks" label={t.maxPicks} value={q.maxPicks} min={0} />
      </Row>
    </>
  );
}

/** Scale and its end labels (rating, matrix_rating). */
export function ScaleFields({ ed, q }: { ed: EditorCtx; q: { scale: number; lowLabel?: string; lowLabelEn?: string; highLabel?: string; highLabelEn?: string } }) {
  const t = editorMessages(ed.locale);
  return (
    <>
      <FieldProblems ed={ed} field="scale" />
      <Row>
        <NumberField ed={ed} field="scale" name="scale" label={t.scale} value={q.scale} min={2} max={11} />
        <TextField name="lowLabel" label={t.lowLabel} value={q.lowLabel} max={50} />
        <TextField name="highLabel" label={t.highLabel} value={q.highLabel} max={50} />
      </Row>
      <details>
        <summary>{t.english}</summary>
        <Row>
          <TextField name="lowLabelEn" label={`${t.lowLabel} · EN`} value={q.lowLabelEn} max={50} />
          <TextField name="highLabelEn" label={`${t.highLabel} · EN`} value={q.highLabelEn} max={50} />
        </Row>
      </details>
    </>
  );
}
