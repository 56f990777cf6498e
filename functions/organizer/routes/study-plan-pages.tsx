// The study plan's dashboard pages and the plain form posts behind them (no JavaScript needed): people
// of units (list, add, edit, import), the year's plan (and its A4 print), a session's page with its
// sign-in, held and cancel forms (its record's forms are the lecture page's, routes/record-pages.tsx). Refused forms come back with the input kept and each
// problem beside its field.
import type { Context } from 'hono';
import QRCode from 'qrcode';
import * as v from 'valibot';
import { InvalidInputError, RecordNotFoundError } from '../../../shared/errors.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { studyPlanMessages } from '../../../shared/i18n/study-plan-messages.js';
import { allSignIns } from '../../../shared/sign-in/sign-in-sheet.js';
import { RecordSummarySchema } from '../../../shared/records/record-schema.js';
import { createPerson, parsePersonInput, replacePerson } from '../../../shared/study-plan/manage-people.js';
import { studyPlanView } from '../../../shared/study-plan/plan-view.js';
import { cancelSession, changeSession, getSession, holdSession, scheduleSession } from '../../../shared/study-plan/schedule-session.js';
import { StudySessionInputSchema, StudySettingsSchema, studyForms, type StudySessionInput } from '../../../shared/study-plan/study-session-schema.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { districtDateTime, districtMinute, formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import type { StudySession } from '../../../shared/study-plan/study-session-schema.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal, type Refusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { signInUrl } from '../lecture-deps.js';
import { formFields, pageContext } from '../page-context.js';
import { href } from '../pages/dashboard-layout.js';
import { PeoplePage, PersonPage, type PersonFormValues } from '../pages/people-page.js';
import { StudyPlanPage } from '../pages/study-plan-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { peopleDeps, planYear, runPeopleImport, studyPlanDeps } from '../study-plan-deps.js';
import { postedFile } from '../posted-file.js';
import { mayEditStudy, renderSessionPage, sessionChoices as sessionChoicesOf, type SessionPageExtra } from '../session-page-view.js';
import { recordNotice } from '../lecture-page-view.js';

const mayEdit = mayEditStudy;

/** Problems by form field (the first part of a dotted path; a speaker's fields are the speaker's); the rest above the form. */
function fieldErrors(refusal: Refusal): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of refusal.issues) {
    const field = (issue.field ?? '').split('.')[0] ?? '';
    errors[field] ??= issue.message;
  }
  return errors;
}

function personFormValues(fields: URLSearchParams): PersonFormValues {
  return { name: fields.get('name') ?? '', post: fields.get('post') ?? '', unit: fields.get('unit') ?? '', role: fields.get('role') ?? 'member' };
}

function personInput(fields: URLSearchParams, withRetired: boolean): unknown {
  const text = (name: string) => fields.get(name)?.trim() ?? '';
  return { name: text('name'), post: text('post'), unit: text('unit'), role: text('role') || 'member', ...(withRetired ? { retired: fields.get('retired') === '1' } : {}) };
}

/** The plan-a-session form as the API's body; a refusal names the form's fields. */
function sessionInput(fields: URLSearchParams): unknown {
  const text = (name: string) => fields.get(name)?.trim() || undefined;
  const speaker = fields.get('speakerKind') === 'expert' ? { kind: 'expert', expertId: text('expertId') ?? '' } : { kind: 'leader', name: text('leaderName') ?? '', post: text('leaderPost') ?? '' };
  return {
    themeId: text('themeId') ?? '',
    form: text('form') ?? '',
    startsAt: text('startsAt') ?? '',
    durationMinutes: Number(text('durationMinutes') ?? 'NaN'),
    place: text('place') ?? '',
    speaker,
    widened: fields.get('widened') === '1',
    ...(text('title') ? { title: text('title') } : {}),
    ...(text('notes') ? { notes: text('notes') } : {}),
  };
}

/** The session form's fields, checked by the API's schema; a refusal names the form's fields. */
function parsedSession(fields: URLSearchParams, locale: Locale): StudySessionInput {
  const parsed = v.safeParse(StudySessionInputSchema, sessionInput(fields));
  if (parsed.success) return parsed.output;
  const t = studyPlanMessages(locale).problems;
  throw new InvalidInputError(parsed.issues.slice(0, 20).map((i) => ({ field: String(v.getDotPath(i) ?? ''), message: i.input === undefined || i.input === '' || Number.isNaN(i.input) ? t.required : t.too_long })));
}

export function studyPlanPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = studyPlanDeps(deps);

  const back = (c: Context<OrganizerEnv>, sessionId: string) => c.redirect(href(pageContext(c), `/admin/study-sessions/${sessionId}?saved=1`), 303);

  const unitNames = async () => (await deps.store.catalogue.load()).units.filter((u) => !u.retired).map((u) => u.name);

  const peoplePage = async (c: Context<OrganizerEnv>, extra: Partial<Parameters<typeof PeoplePage>[0]> = {}) => {
    const [people, units] = await Promise.all([deps.store.people.list(), unitNames()]);
    return renderPage(c, <PeoplePage ctx={pageContext(c)} people={people} units={units} mayEdit={mayEdit(c)} {...extra} />);
  };

  register(app, deps, 'GET /admin/people', (c) => peoplePage(c, c.req.query('saved') ? { notice: studyPlanMessages(requestLocale(c)).page.savedNotice } : {}));

  register(app, deps, 'POST /admin/people', async (c) => {
    const fields = await formFields(c);
    const locale = requestLocale(c);
    onRefusal(c, (refusal) => peoplePage(c, { values: personFormValues(fields), errors: fieldErrors(refusal), problems: refusal.lines }));
    const person = await createPerson(peopleDeps(deps), parsePersonInput(personInput(fields, false), locale), locale);
    await audit(deps, c, 'person.create', person.id, { role: person.role });
    return c.redirect(href(pageContext(c), '/admin/people?saved=1'), 303);
  });

  const personPage = async (c: Context<OrganizerEnv>, personId: string, extra: { values?: PersonFormValues; errors?: Record<string, string>; problems?: string[] } = {}) => {
    const [person, units] = await Promise.all([deps.store.people.get(personId), unitNames()]);
    if (!person) throw new RecordNotFoundError('person', personId);
    const values = extra.values ?? { name: person.name, post: person.post, unit: person.unit, role: person.role, retired: person.retired === true };
    return renderPage(c, <PersonPage ctx={pageContext(c)} person={person} units={units} values={values} {...(extra.errors ? { errors: extra.errors } : {})} {...(extra.problems ? { problems: extra.problems } : {})} />);
  };

  register(app, deps, 'GET /admin/people/:personId', async (c) => {
    return personPage(c, pathId(c, 'personId', 'person'));
  });

  register(app, deps, 'POST /admin/people/:personId', async (c) => {
    const personId = pathId(c, 'personId', 'person');
    const fields = await formFields(c);
    const locale = requestLocale(c);
    onRefusal(c, (refusal) => personPage(c, personId, { values: { ...personFormValues(fields), retired: fields.get('retired') === '1' }, errors: fieldErrors(refusal), problems: refusal.lines }));
    const person = await replacePerson(peopleDeps(deps), personId, parsePersonInput(personInput(fields, true), locale), locale);
    await audit(deps, c, 'person.update', person.id, { role: person.role, ...(person.retired ? { retired: true } : {}) });
    return c.redirect(href(pageContext(c), '/admin/people?saved=1'), 303);
  });

  register(app, deps, 'POST /admin/people-import', async (c) => {
    onRefusal(c, (refusal) => peoplePage(c, { problems: refusal.lines }));
    const { bytes, apply } = await postedFile(c);
    const plan = await runPeopleImport(deps, c, bytes, apply, requestLocale(c));
    return peoplePage(c, { report: { plan, applied: apply, ...(apply ? {} : { content: Buffer.from(bytes).toString('base64url') }) } });
  });

  /** What the session form offers: themes and experts in use, every study form. */
  const sessionChoices = () => sessionChoicesOf(deps);

  const planPage = async (c: Context<OrganizerEnv>, year: number, extra: { values?: URLSearchParams; errors?: Record<string, string>; problems?: string[]; print?: boolean } = {}) => {
    const [view, choices, people] = await Promise.all([studyPlanView(domain, year), sessionChoices(), deps.store.people.list()]);
    return renderPage(
      c,
      <StudyPlanPage
        ctx={pageContext(c)}
        view={view}
        choices={choices}
        mayPlan={mayEdit(c)}
        isAdmin={c.get('session').role === 'admin'}
        members={people.filter((p) => p.role === 'member' && !p.retired).length}
        {...(extra.values ? { values: extra.values } : {})}
        {...(extra.errors ? { errors: extra.errors } : {})}
        {...(extra.problems ? { problems: extra.problems } : {})}
        {...(extra.print ? { print: { at: districtDateTime(deps.clock.now().toISOString(), deps.timeZone).slice(0, 16) } } : {})}
      />,
    );
  };

  /** `?year=` when it is a plan year, else this year: a page never refuses a hand-typed year. */
  const askedYear = (c: Context<OrganizerEnv>, raw = c.req.query('year')) => planYear(deps, raw && /^20\d\d$/.test(raw) ? raw : undefined);

  register(app, deps, 'GET /admin/study-plan', (c) => planPage(c, askedYear(c)));
  register(app, deps, 'GET /admin/study-plan/print', (c) => planPage(c, askedYear(c), { print: true }));

  register(app, deps, 'POST /admin/study-sessions', async (c) => {
    const fields = await formFields(c);
    const year = askedYear(c, fields.get('year') ?? undefined);
    onRefusal(c, (refusal) => planPage(c, year, { values: fields, errors: fieldErrors(refusal), problems: refusal.lines }));
    const session = await scheduleSession(domain, parsedSession(fields, requestLocale(c)), requestLocale(c));
    await audit(deps, c, 'study-session.schedule', session.id, { form: session.form, theme: session.themeId, attendees: session.attendees.length });
    return c.redirect(href(pageContext(c), `/admin/study-sessions/${session.id}?scheduled=1`), 303);
  });

  register(app, deps, 'POST /admin/study-sessions/:sessionId', async (c) => {
    const sessionId = pathId(c, 'sessionId', 'study session');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => sessionPage(c, sessionId, { values: fields, errors: fieldErrors(refusal), problems: refusal.lines }));
    const session = await changeSession(domain, sessionId, parsedSession(fields, requestLocale(c)), requestLocale(c));
    await audit(deps, c, 'study-session.change', session.id, { form: session.form, attendees: session.attendees.length });
    return back(c, sessionId);
  });

  register(app, deps, 'POST /admin/study-settings', async (c) => {
    const fields = await formFields(c);
    const year = askedYear(c);
    onRefusal(c, (refusal) => planPage(c, year, { problems: refusal.lines }));
    const forms = [...new Set((fields.get('forms') ?? '').split(/\r?\n/).map((f) => f.trim()).filter(Boolean))];
    const parsed = v.safeParse(StudySettingsSchema, { forms });
    if (!parsed.success) throw new InvalidInputError([{ field: 'forms', message: studyPlanMessages(requestLocale(c)).problems.too_long }]);
    await deps.store.studySettings.put(parsed.output);
    await audit(deps, c, 'study.settings', 'study', { forms: parsed.output.forms.length });
    return c.redirect(href(pageContext(c), `/admin/study-plan?year=${year}`), 303);
  });

  const sessionPage = (c: Context<OrganizerEnv>, sessionId: string, extra: SessionPageExtra = {}) => renderSessionPage(deps, c, sessionId, extra);

  register(app, deps, 'GET /admin/study-sessions/:sessionId', (c) => {
    const p = studyPlanMessages(requestLocale(c)).page;
    // The record's forms (routes/record-pages.tsx) come back here with ?record=added|removed|summarySaved.
    const notice = c.req.query('scheduled') ? p.scheduledNotice : c.req.query('saved') ? p.savedNotice : recordNotice(requestLocale(c), c.req.query('record'));
    return sessionPage(c, pathId(c, 'sessionId', 'study session'), notice ? { notice } : {});
  });

  register(app, deps, 'POST /admin/study-sessions/:sessionId/held', async (c) => {
    const sessionId = pathId(c, 'sessionId', 'study session');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => sessionPage(c, sessionId, { problems: refusal.lines }));
    const raw = fields.get('attendance')?.trim() ?? '';
    const attendance = raw === '' ? undefined : Number(raw);
    if (attendance !== undefined && (!Number.isInteger(attendance) || attendance < 0 || attendance > 100_000)) throw new InvalidInputError([{ field: 'attendance', message: studyPlanMessages(requestLocale(c)).problems.too_long }]);
    await holdSession(domain, sessionId, attendance);
    await audit(deps, c, 'study-session.held', sessionId, attendance !== undefined ? { attendance } : undefined);
    return back(c, sessionId);
  });

  register(app, deps, 'POST /admin/study-sessions/:sessionId/cancel', async (c) => {
    const sessionId = pathId(c, 'sessionId', 'study session');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const session = await getSession(deps.store.studySessions, sessionId);
      return confirmationPage(c, fields, { kind: 'cancelSession', who: `“${session.title}”`, when: `${districtMinute(session.startsAt, deps.timeZone)} ${zoneName(deps.timeZone, requestLocale(c))}`, action: `/admin/study-sessions/${sessionId}/cancel`, back: `/admin/study-sessions/${sessionId}` });
    }
    onRefusal(c, (refusal) => sessionPage(c, sessionId, { problems: refusal.lines }));
    await cancelSession(domain, sessionId, fields.get('reason')?.trim().slice(0, 500) || undefined);
    await audit(deps, c, 'study-session.cancel', sessionId);
    return back(c, sessionId);
  });

  register(app, deps, 'POST /admin/study-sessions/:sessionId/unlisted', async (c) => {
    const sessionId = pathId(c, 'sessionId', 'study session');
    const fields = await formFields(c);
    const unlisted = fields.get('unlisted');
    if (unlisted !== 'refuse' && unlisted !== 'guest') throw new InvalidInputError([{ field: 'unlisted', message: studyPlanMessages(requestLocale(c)).problems.required }]);
    const settings = { ...(await deps.store.signInSettings.get()), unlisted } as const;
    await deps.store.signInSettings.put(settings);
    await audit(deps, c, 'sign-in.settings', 'sign-in', { ask: settings.ask, unlisted: settings.unlisted });
    return c.redirect(href(pageContext(c), `/admin/study-sessions/${sessionId}?saved=1#sign-in-h`), 303);
  });
}
