// The lecture page's change form (修改安排): time, duration, place, expert, host units and notes, filled
// with the lecture as it stands (or as typed, when refused), each problem beside its field.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { lectureChangeMessages } from '../../../shared/i18n/lecture-change-messages.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import type { Lecture } from '../../../shared/lectures/lecture-schema.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { href, Problems, type PageContext } from './dashboard-layout.js';

/** The host-unit checkboxes by front (the schedule form's and this one's). */
export function UnitChoices({ catalogue, chosen, legend, error, id }: { catalogue: Catalogue; chosen: ReadonlySet<string>; legend: string; error?: string; id?: string }) {
  const active = <T extends { retired?: boolean }>(items: readonly T[]) => items.filter((i) => !i.retired);
  return (
    <fieldset class="box" id={id} aria-describedby={error && id ? `${id}-err` : undefined}>
      <legend>{legend}</legend>
      {error && id ? (
        <p class="field-err" id={`${id}-err`}>
          {error}
        </p>
      ) : null}
      {active(catalogue.fronts).map((front) => (
        <fieldset>
          <legend>{front.name}</legend>
          {active(catalogue.units)
            .filter((u) => u.front === front.id)
            .map((u) => (
              <label class="inline">
                <input type="checkbox" name="unitIds" value={u.id} checked={chosen.has(u.id)} />
                {u.name}
              </label>
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

export interface ChangeFormState {
  /** What was typed, when the form comes back refused. */
  values?: URLSearchParams;
  /** Problems by field (startsAt, expertId, …), in words. */
  errors?: Record<string, string>;
  /** The summary at the top of the form. */
  problems?: string[];
}

/** A labelled box with its problem beside it (the change form's and other organizer forms'). */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: unknown }) {
  return (
    <div>
      <label for={id}>{label}</label>
      {error ? (
        <p class="field-err" id={`${id}-err`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function LectureChangeForm({ ctx, lecture, catalogue, timeZone, state = {} }: { ctx: PageContext; lecture: Lecture; catalogue: Catalogue; timeZone: string; state?: ChangeFormState }) {
  const t = lectureMessages(ctx.locale);
  const w = lectureChangeMessages(ctx.locale);
  const v = state.values;
  const e = state.errors ?? {};
  const value = (name: string, current: string) => v?.get(name) ?? current;
  const chosen = new Set(v ? v.getAll('unitIds') : lecture.units.map((u) => u.id));
  const described = (name: string) => (e[name] ? { 'aria-describedby': `c-${name}-err`, 'aria-invalid': 'true' as const } : {});
  return (
    <section class="no-print">
      <h2 id="change">{w.change}</h2>
      <p class="help">{w.changeHelp}</p>
      <Problems title={w.change} items={state.problems ?? []} />
      <form method="post" action={href(ctx, `/admin/lectures/${lecture.id}/change`)}>
        <div class="row">
          <Field id="c-startsAt" label={t.startsAt} error={e.startsAt}>
            <input type="datetime-local" id="c-startsAt" name="startsAt" required value={value('startsAt', formatDistrictTime(lecture.startsAt, timeZone))} {...described('startsAt')} />
          </Field>
          <Field id="c-durationMinutes" label={t.duration} error={e.durationMinutes}>
            <input type="number" id="c-durationMinutes" name="durationMinutes" min={5} max={720} required value={value('durationMinutes', String(lecture.durationMinutes))} {...described('durationMinutes')} />
          </Field>
          <Field id="c-place" label={t.place} error={e.place}>
            <input type="text" id="c-place" name="place" required maxlength={200} value={value('place', lecture.place)} {...described('place')} />
          </Field>
          <Field id="c-expertId" label={t.expert} error={e.expertId}>
            <select id="c-expertId" name="expertId" {...described('expertId')}>
              {catalogue.experts
                .filter((x) => !x.retired || x.id === lecture.expertId)
                .map((x) => (
                  <option value={x.id} selected={x.id === value('expertId', lecture.expertId)}>
                    {`${x.name}（${x.organisation}）`}
                  </option>
                ))}
            </select>
          </Field>
        </div>
        <UnitChoices catalogue={catalogue} chosen={chosen} legend={t.units} error={e.unitIds} id="c-units" />
        <Field id="c-notes" label={t.notes} error={e.notes}>
          <input type="text" id="c-notes" name="notes" maxlength={2000} value={value('notes', lecture.notes ?? '')} {...described('notes')} />
        </Field>
        <button type="submit">{w.save}</button>
      </form>
    </section>
  );
}
