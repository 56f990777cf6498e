// Scorecards (评价), programme totals and the district's feedback form, from per-lecture counters.
import { checkFeedbackForm, currentFeedbackForm } from '../../../shared/lectures/feedback-form.js';
import { rangeLabel } from '../../../shared/lectures/date-range.js';
import { programmeSummary } from '../../../shared/lectures/programme-summary.js';
import { scorecardsCsv } from '../../../shared/lectures/scorecards.js';
import { scoredLectures } from '../../../shared/lectures/ledger.js';
import { suggestionsPage } from '../../../shared/lectures/suggestions.js';
import { requestLocale } from '../../http/error-handler.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, register, type OrganizerApp } from '../register-route.js';
import { csvResponse } from '../csv-response.js';
import { pageOf, queryRange } from '../query-filters.js';
import { scorecards } from '../scorecard-rows.js';

export function scorecardsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/scorecards', async (c) => {
    const { by, range, rows } = await scorecards(deps, c.req.valid('query'));
    return c.json({ by, from: range.from, to: range.to, rows });
  });

  register(app, deps, 'GET /api/scorecards.csv', async (c) => {
    const { by, range, rows } = await scorecards(deps, c.req.valid('query'));
    const label = rangeLabel(range, deps.timeZone);
    return csvResponse(c, `评价-${by}-${label.from}-${label.to}.csv`, scorecardsCsv(rows, requestLocale(c)));
  });

  register(app, deps, 'GET /api/scorecards/suggestions', async (c) => {
    const query = c.req.valid('query');
    const { by, id } = query;
    const range = queryRange(query, deps);
    const lectures = await deps.store.lectures.listByStart(range.from, range.to);
    const mine = lectures.filter((l) => l.status === 'delivered' && (by === 'expert' ? l.expertId === id : l.topicId === id));
    return c.json(await suggestionsPage(deps.store, mine, pageOf(query, 50)));
  });

  register(app, deps, 'GET /api/programme/summary', async (c) => {
    const range = queryRange(c.req.valid('query'), deps);
    const [scored, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, range, { status: 'delivered' }), deps.store.catalogue.load()]);
    const summary = programmeSummary(scored.map((s) => s.lecture), catalogue, deps.timeZone, new Map(scored.map((s) => [s.lecture.id, s.counters])));
    return c.json({ from: range.from, to: range.to, ...summary });
  });

  register(app, deps, 'GET /api/feedback-form', async (c) => {
    const current = await currentFeedbackForm(deps.store.feedbackForms);
    return c.json(current);
  });

  register(app, deps, 'PUT /api/feedback-form', async (c) => {
    const form = checkFeedbackForm(c.req.valid('json'));
    const state = await deps.store.feedbackForms.state();
    const now = deps.clock.now().toISOString();
    const version = await deps.store.feedbackForms.saveVersion({ ...form, createdAt: now, publishedAt: now }, state.version, now);
    // Lectures that have not started answer the new version; the others keep the one their feedback fits.
    const upcoming = (await deps.store.lectures.listByStart(now, '9999')).filter((l) => l.status === 'scheduled');
    let repinned = 0;
    for (const lecture of upcoming) if (await deps.store.lectures.repinForm(lecture.id, version, now)) repinned += 1;
    await audit(deps, c, 'feedback-form.save', `v${version}`, { lectures: repinned });
    return c.json({ version, lecturesUpdated: repinned });
  });

  register(app, deps, 'PUT /api/feedback-form/window', async (c) => {
    const { windowDays, repeatFeedback } = c.req.valid('json');
    await deps.store.feedbackForms.setWindow({ windowDays, repeatFeedback }, deps.clock.now().toISOString());
    await audit(deps, c, 'feedback-form.window', 'window', { windowDays, ...(repeatFeedback ? { repeatFeedback } : {}) });
    return c.json({ windowDays, repeatFeedback: repeatFeedback ?? (await deps.store.feedbackForms.state()).repeatFeedback });
  });
}
