// The forms on an exchange meeting's page: change (a scheduled meeting, on the version it was read at),
// mark held with the head count, and cancel. Held and cancel cannot be undone: both go through a
// confirmation page (confirm-first). Refused fields come back beside their boxes.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import type { Essay } from '../../../shared/essays/essay-schema.js';
import type { ExchangeMeeting } from '../../../shared/essays/exchange-meeting-schema.js';
import { essayAdminMessages } from '../../../shared/i18n/essay-admin-messages.js';
import { href, Problems, type PageContext } from './dashboard-layout.js';
import { Checkboxes, described, type FormState } from './essay-calls-page.js';
import { Field } from './lecture-change-form.js';

export interface MeetingChangeChoices {
  catalogue: Catalogue;
  /** The call's essays: the presenting units are picked from them. */
  essays: readonly Essay[];
  themes: readonly { id: string; name: string }[];
}

/** A meeting as its change form's fields (district time for the start). */
export function meetingValues(meeting: ExchangeMeeting, startsAtLocal: string): URLSearchParams {
  const values = new URLSearchParams({ version: String(meeting.version), themeId: meeting.themeId, frontId: meeting.front, startsAt: startsAtLocal, durationMinutes: String(meeting.durationMinutes), place: meeting.place });
  for (const p of meeting.presentations) values.append('essayIds', p.essayId);
  for (const x of meeting.experts) values.append('expertIds', x.id);
  return values;
}

export function MeetingChangeForm({ ctx, meeting, choices, zone, form }: { ctx: PageContext; meeting: ExchangeMeeting; choices: MeetingChangeChoices; zone: string; form: FormState & { values: URLSearchParams } }) {
  const t = essayAdminMessages(ctx.locale);
  const e = form.errors ?? {};
  const v = form.values;
  return (
    <section class="no-print">
      <h2 id="change">{t.change}</h2>
      <p class="help">{t.changeHelp}</p>
      <Problems title={t.change} items={form.problems ?? []} />
      <form method="post" action={href(ctx, `/admin/exchange-meetings/${meeting.id}`)}>
        <input type="hidden" name="version" value={v.get('version') ?? String(meeting.version)} />
        <div class="row">
          <Field id="mc-themeId" label={t.theme} error={e.themeId}>
            <select id="mc-themeId" name="themeId" {...described(e, 'themeId', 'mc-themeId')}>
              {choices.themes.map((th) => (
                <option value={th.id} selected={v.get('themeId') === th.id}>
                  {th.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="mc-frontId" label={t.front} error={e.frontId}>
            <select id="mc-frontId" name="frontId" {...described(e, 'frontId', 'mc-frontId')}>
              {choices.catalogue.fronts
                .filter((f) => !f.retired || f.id === meeting.front)
                .map((f) => (
                  <option value={f.id} selected={v.get('frontId') === f.id}>
                    {f.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="mc-startsAt" label={`${t.startsAt}（${zone}）`} error={e.startsAt}>
            <input type="datetime-local" id="mc-startsAt" name="startsAt" required value={v.get('startsAt') ?? ''} {...described(e, 'startsAt', 'mc-startsAt')} />
          </Field>
          <Field id="mc-durationMinutes" label={t.duration} error={e.durationMinutes}>
            <input type="number" id="mc-durationMinutes" name="durationMinutes" min={5} max={720} required value={v.get('durationMinutes') ?? ''} {...described(e, 'durationMinutes', 'mc-durationMinutes')} />
          </Field>
          <Field id="mc-place" label={t.place} error={e.place}>
            <input type="text" id="mc-place" name="place" required maxlength={200} value={v.get('place') ?? ''} {...described(e, 'place', 'mc-place')} />
          </Field>
        </div>
        <Checkboxes id="mc-essays" legend={t.presenters} name="essayIds" error={e.essayIds} chosen={new Set(v.getAll('essayIds'))} items={choices.essays.map((essay) => ({ value: essay.id, label: `${essay.unitName}：${essay.title}` }))} />
        <Checkboxes
          id="mc-experts"
          legend={t.experts}
          name="expertIds"
          error={e.expertIds}
          chosen={new Set(v.getAll('expertIds'))}
          items={choices.catalogue.experts.filter((x) => !x.retired || meeting.experts.some((m) => m.id === x.id)).map((x) => ({ value: x.id, label: x.name }))}
        />
        <button type="submit">{t.save}</button>
      </form>
    </section>
  );
}

export function MeetingHeldForm({ ctx, meeting, error }: { ctx: PageContext; meeting: ExchangeMeeting; error?: string }) {
  const t = essayAdminMessages(ctx.locale);
  const e: Record<string, string> = error ? { attendance: error } : {};
  return (
    <section class="no-print">
      <h2 id="held">{t.markHeld}</h2>
      <p class="help">{t.markHeldHelp}</p>
      <form method="post" action={href(ctx, `/admin/exchange-meetings/${meeting.id}/held`)}>
        <Field id="mh-attendance" label={t.attendance} error={error}>
          <input type="number" id="mh-attendance" name="attendance" min={0} max={100000} required value={meeting.attendance !== undefined ? String(meeting.attendance) : ''} {...described(e, 'attendance', 'mh-attendance')} />
        </Field>
        <button type="submit">{t.markHeld}</button>
      </form>
    </section>
  );
}

export function MeetingCancelForm({ ctx, meeting, error }: { ctx: PageContext; meeting: ExchangeMeeting; error?: string }) {
  const t = essayAdminMessages(ctx.locale);
  const e: Record<string, string> = error ? { reason: error } : {};
  return (
    <section class="no-print">
      <h2 id="cancel">{t.cancel}</h2>
      <p class="help">{t.cancelHelp}</p>
      <form method="post" action={href(ctx, `/admin/exchange-meetings/${meeting.id}/cancel`)}>
        <Field id="mx-reason" label={t.cancelReason} error={error}>
          <input type="text" id="mx-reason" name="reason" maxlength={500} {...described(e, 'reason', 'mx-reason')} />
        </Field>
        <button type="submit" class="secondary">
          {t.cancel}
        </button>
      </form>
    </section>
  );
}
