// The dashboard's side of briefings (学习动态): the list and write form, the edit form with photos
// picked from an event's record, the preview, and publish / withdraw after a confirmation page.
import type { Context } from 'hono';
import * as v from 'valibot';
import { BriefingInputSchema, type StoredBriefing } from '../../../shared/briefings/briefing-schema.js';
import { createBriefing, loadBriefing, publishBriefing, updateBriefing, withdrawBriefing } from '../../../shared/briefings/manage-briefings.js';
import { InvalidInputError } from '../../../shared/errors.js';
import { briefingMessages } from '../../../shared/i18n/briefing-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import type { RecordItem } from '../../../shared/records/record-schema.js';
import type { EventSummary } from '../../../shared/events/event.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal, type Refusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { formFields, pageContext } from '../page-context.js';
import { BriefingEditPage, BriefingPreviewPage, BriefingsPage, type BriefingValues, type EventChoice } from '../pages/briefings-page.js';
import { href } from '../pages/dashboard-layout.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { briefingDeps } from '../briefing-deps.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The most events the photo picker offers (a select of more is not one anyone reads through). */
const EVENT_CHOICES = 300;
const NOTICES = ['saved', 'published', 'withdrawn'] as const;

/** The form's fields as the edit page shows them again. */
function formValues(fields: URLSearchParams): BriefingValues {
  const eventId = fields.get('eventId')?.trim();
  return { title: fields.get('title') ?? '', date: fields.get('date') ?? '', text: fields.get('text') ?? '', ...(eventId ? { eventId } : {}), photoIds: fields.getAll('photoIds').slice(0, 50) };
}

/** The form checked like the API body; each problem beside its field. */
function formInput(values: BriefingValues) {
  const parsed = v.safeParse(BriefingInputSchema, values);
  if (parsed.success) return parsed.output;
  throw new InvalidInputError(parsed.issues.slice(0, 20).map((issue) => ({ field: String(issue.path?.[0]?.key ?? ''), message: issue.message })));
}

function byField(refusal: Refusal | undefined): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const issue of refusal?.issues ?? []) (problems[issue.field ?? ''] ??= []).push(issue.message);
  return problems;
}

const valuesOf = (b: StoredBriefing): BriefingValues => ({ title: b.title, date: b.date, text: b.text, ...(b.eventId ? { eventId: b.eventId } : {}), photoIds: b.photoIds });

export function briefingPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = briefingDeps(deps);

  const today = () => districtMinute(deps.clock.now().toISOString(), deps.timeZone).slice(0, 10);

  const listPage = async (c: Context<OrganizerEnv>, values?: BriefingValues, refusal?: Refusal) =>
    renderPage(
      c,
      <BriefingsPage ctx={pageContext(c)} briefings={await deps.store.briefings.list()} values={values ?? { title: '', date: today(), text: '', photoIds: [] }} problems={byField(refusal)} problemLines={refusal?.lines ?? []} />,
      refusal?.status === 422 || refusal?.status === 400 ? 422 : 200,
    );

  /**
   * The events whose photos can be picked: lectures, study sessions and exchange meetings of the past year
   * and the next month, not cancelled, newest first, each labelled by its kind. One bounded read of the
   * by-start index (at most EVENT_CHOICES events), never a scan.
   */
  const eventChoices = async (c: Context<OrganizerEnv>, current?: string): Promise<EventChoice[]> => {
    const now = deps.clock.now().getTime();
    const kinds = briefingMessages(requestLocale(c)).eventKinds;
    const label = (e: EventSummary) => `${kinds[e.kind]}${districtMinute(e.startsAt, deps.timeZone).slice(0, 10)} ${e.title}（${e.place}）`;
    const events = await deps.store.events.recentEvents(new Date(now - 366 * DAY_MS).toISOString(), new Date(now + 31 * DAY_MS).toISOString(), EVENT_CHOICES);
    const choices = events.filter((e) => e.status !== 'cancelled' || e.id === current).map((e) => ({ id: e.id, label: label(e) }));
    if (current && !choices.some((e) => e.id === current)) {
      const event = await deps.store.events.getEvent(current);
      if (event) choices.unshift({ id: event.id, label: label(event) });
    }
    return choices;
  };

  const photosOf = async (eventId: string | undefined): Promise<RecordItem[]> => (eventId && (await deps.store.events.getEvent(eventId)) ? (await deps.store.records.get(eventId)).photos : []);

  const editPage = async (c: Context<OrganizerEnv>, briefing: StoredBriefing, values?: BriefingValues, refusal?: Refusal) => {
    const shown = values ?? valuesOf(briefing);
    const done = NOTICES.find((n) => n === c.req.query('done'));
    const t = briefingMessages(requestLocale(c));
    return renderPage(
      c,
      <BriefingEditPage
        ctx={pageContext(c)}
        briefing={briefing}
        values={shown}
        events={await eventChoices(c, shown.eventId)}
        photos={await photosOf(shown.eventId)}
        problems={byField(refusal)}
        problemLines={refusal?.lines ?? []}
        {...(done && !refusal ? { notice: t[done] } : {})}
        {...(briefing.publishedAt ? { publishedAt: districtMinute(briefing.publishedAt, deps.timeZone) } : {})}
        zone={zoneName(deps.timeZone, requestLocale(c))}
      />,
      refusal ? (refusal.status === 400 ? 422 : refusal.status) : 200,
    );
  };

  const editUrl = (c: Context<OrganizerEnv>, briefingId: string, done: (typeof NOTICES)[number]) => href(pageContext(c), `/admin/briefings/${briefingId}?done=${done}`);

  register(app, deps, 'GET /admin/briefings', (c) => listPage(c));

  register(app, deps, 'POST /admin/briefings', async (c) => {
    const values = formValues(await formFields(c));
    onRefusal(c, (refusal) => listPage(c, values, refusal));
    const briefing = await createBriefing(domain, formInput(values), c.get('session').email);
    await audit(deps, c, 'briefing.create', briefing.briefingId, { title: briefing.title });
    return c.redirect(editUrl(c, briefing.briefingId, 'saved'), 303);
  });

  register(app, deps, 'GET /admin/briefings/:briefingId', async (c) => editPage(c, await loadBriefing(deps.store.briefings, pathId(c, 'briefingId', 'briefing'))));

  register(app, deps, 'POST /admin/briefings/:briefingId', async (c) => {
    const briefing = await loadBriefing(deps.store.briefings, pathId(c, 'briefingId', 'briefing'));
    const fields = await formFields(c);
    const submitted = formValues(fields);
    // The photos on the form were the previous event's: choosing another event keeps only those of its own record.
    const ofEvent = submitted.eventId === briefing.eventId ? undefined : new Set((await photosOf(submitted.eventId)).map((p) => p.itemId));
    const values = ofEvent ? { ...submitted, photoIds: submitted.photoIds.filter((id) => ofEvent.has(id)) } : submitted;
    onRefusal(c, async (refusal) => editPage(c, (await deps.store.briefings.get(briefing.briefingId)) ?? briefing, values, refusal));
    const version = Number(fields.get('version'));
    const saved = await updateBriefing(domain, briefing.briefingId, formInput(values), Number.isInteger(version) && version > 0 ? version : briefing.version);
    await audit(deps, c, 'briefing.edit', saved.briefingId, { title: saved.title });
    return c.redirect(editUrl(c, saved.briefingId, 'saved'), 303);
  });

  register(app, deps, 'GET /admin/briefings/:briefingId/preview', async (c) => {
    const briefing = await loadBriefing(deps.store.briefings, pathId(c, 'briefingId', 'briefing'));
    const inRecord = await photosOf(briefing.eventId);
    const photos = briefing.photoIds.flatMap((id) => inRecord.filter((p) => p.itemId === id));
    return renderPage(c, <BriefingPreviewPage ctx={pageContext(c)} briefing={briefing} photos={photos} />);
  });

  for (const action of ['publish', 'withdraw'] as const) {
    register(app, deps, `POST /admin/briefings/:briefingId/${action}`, async (c) => {
      const briefing = await loadBriefing(deps.store.briefings, pathId(c, 'briefingId', 'briefing'));
      const fields = await formFields(c);
      onRefusal(c, async (refusal) => editPage(c, (await deps.store.briefings.get(briefing.briefingId)) ?? briefing, undefined, refusal));
      if (!isConfirmed(fields)) {
        return confirmationPage(c, fields, { kind: action === 'publish' ? 'publishBriefing' : 'withdrawBriefing', who: briefing.title, action: `/admin/briefings/${briefing.briefingId}/${action}`, back: `/admin/briefings/${briefing.briefingId}` });
      }
      const version = Number(fields.get('version'));
      const expected = Number.isInteger(version) && version > 0 ? version : undefined;
      const done = action === 'publish' ? await publishBriefing(domain, briefing.briefingId, expected) : await withdrawBriefing(domain, briefing.briefingId, expected);
      await audit(deps, c, `briefing.${action}`, done.briefingId, { title: done.title, ...(action === 'publish' ? { photos: done.photoIds.length } : {}) });
      return c.redirect(editUrl(c, done.briefingId, action === 'publish' ? 'published' : 'withdrawn'), 303);
    });
  }
}
