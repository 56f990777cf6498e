// The centre group's study plan over the API: people of units (list, add, change, files in and out),
// the district's study forms, sessions (plan, change, held, cancel) and the year's plan view. A session's
// sign-in sheet and record are the event routes under /api/lectures/{id} (sign-in-api.ts, records-api.ts).
import { createPerson, parsePersonInput, replacePerson } from '../../../shared/study-plan/manage-people.js';
import { peopleCsv, peopleXlsx } from '../../../shared/study-plan/people-file.js';
import { studyPlanView } from '../../../shared/study-plan/plan-view.js';
import { studyPlanXlsx } from '../../../shared/study-plan/plan-xlsx.js';
import { cancelSession, changeSession, getSession, holdSession, scheduleSession } from '../../../shared/study-plan/schedule-session.js';
import { studyForms } from '../../../shared/study-plan/study-session-schema.js';
import { requestLocale } from '../../http/error-handler.js';
import type { OrganizerDeps } from '../deps.js';
import { peopleDeps, planYear, runPeopleImport, sessionAnswer, studyPlanDeps } from '../study-plan-deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse, xlsxResponse } from '../csv-response.js';

/** The day in district time, for file names people keep (参学人员-20261201.xlsx). */
function today(deps: OrganizerDeps): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(deps.clock.now()).replaceAll('-', '');
}

export function studyPlanApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = studyPlanDeps(deps);

  register(app, deps, 'GET /api/people', async (c) => c.json({ people: await deps.store.people.list() }));

  register(app, deps, 'POST /api/people', async (c) => {
    const locale = requestLocale(c);
    const person = await createPerson(peopleDeps(deps), parsePersonInput(c.req.valid('json'), locale), locale);
    await audit(deps, c, 'person.create', person.id, { role: person.role });
    return c.json({ person }, 201);
  });

  register(app, deps, 'PUT /api/people/:personId', async (c) => {
    const locale = requestLocale(c);
    const personId = pathId(c, 'personId', 'person');
    const person = await replacePerson(peopleDeps(deps), personId, parsePersonInput(c.req.valid('json'), locale), locale);
    await audit(deps, c, 'person.update', person.id, { role: person.role, ...(person.retired ? { retired: true } : {}) });
    return c.json({ person });
  });

  register(app, deps, 'GET /api/people.csv', async (c) => csvResponse(c, `参学人员-${today(deps)}.csv`, peopleCsv(await deps.store.people.list()), `people-${today(deps)}.csv`));

  register(app, deps, 'GET /api/people.xlsx', async (c) => xlsxResponse(c, `参学人员-${today(deps)}.xlsx`, await peopleXlsx(await deps.store.people.list()), `people-${today(deps)}.xlsx`));

  for (const [key, apply] of [
    ['POST /api/people-import', false],
    ['POST /api/people-import/apply', true],
  ] as const) {
    register(app, deps, key, async (c) => {
      const plan = await runPeopleImport(deps, c, new Uint8Array(await c.req.arrayBuffer()), apply, requestLocale(c));
      return c.json({ applied: apply, counts: plan.counts, rows: plan.rows });
    });
  }

  register(app, deps, 'GET /api/study-settings', async (c) => {
    const settings = await deps.store.studySettings.get();
    return c.json({ ...settings, all: studyForms(settings) });
  });

  register(app, deps, 'PUT /api/study-settings', async (c) => {
    const settings = c.req.valid('json');
    await deps.store.studySettings.put(settings);
    await audit(deps, c, 'study.settings', 'study', { forms: settings.forms.length });
    return c.json({ ...settings, all: studyForms(settings) });
  });

  register(app, deps, 'GET /api/study-plan', async (c) => {
    const year = planYear(deps, c.req.valid('query').year);
    const [view, settings] = await Promise.all([studyPlanView(domain, year), deps.store.studySettings.get()]);
    return c.json({ ...view, forms: studyForms(settings) });
  });

  register(app, deps, 'GET /api/study-plan.xlsx', async (c) => {
    const year = planYear(deps, c.req.valid('query').year);
    const body = await studyPlanXlsx(await studyPlanView(domain, year), deps.timeZone, requestLocale(c));
    return xlsxResponse(c, `${year}年度学习计划.xlsx`, body, `study-plan-${year}.xlsx`);
  });

  register(app, deps, 'POST /api/study-sessions', async (c) => {
    const session = await scheduleSession(domain, c.req.valid('json'), requestLocale(c));
    await audit(deps, c, 'study-session.schedule', session.id, { form: session.form, theme: session.themeId, attendees: session.attendees.length });
    return c.json(sessionAnswer(deps, c.req.url, session), 201);
  });

  register(app, deps, 'GET /api/study-sessions/:sessionId', async (c) => {
    const session = await getSession(deps.store.studySessions, pathId(c, 'sessionId', 'study session'));
    return c.json(sessionAnswer(deps, c.req.url, session));
  });

  register(app, deps, 'PUT /api/study-sessions/:sessionId', async (c) => {
    const session = await changeSession(domain, pathId(c, 'sessionId', 'study session'), c.req.valid('json'), requestLocale(c));
    await audit(deps, c, 'study-session.change', session.id, { form: session.form, attendees: session.attendees.length });
    return c.json(sessionAnswer(deps, c.req.url, session));
  });

  register(app, deps, 'POST /api/study-sessions/:sessionId/held', async (c) => {
    const { attendance } = c.req.valid('json');
    const session = await holdSession(domain, pathId(c, 'sessionId', 'study session'), attendance);
    await audit(deps, c, 'study-session.held', session.id, attendance !== undefined ? { attendance } : undefined);
    return c.json(sessionAnswer(deps, c.req.url, session));
  });

  register(app, deps, 'POST /api/study-sessions/:sessionId/cancel', async (c) => {
    const { reason } = c.req.valid('json');
    const session = await cancelSession(domain, pathId(c, 'sessionId', 'study session'), reason);
    await audit(deps, c, 'study-session.cancel', session.id);
    return c.json(sessionAnswer(deps, c.req.url, session));
  });
}
