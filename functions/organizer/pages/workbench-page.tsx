// 年度工作台: the organizer's home. Phone first: the year's figures, then what to do now (each with
// the link that does it), then the year's path from survey to feedback; a front-limited account
// reads its fronts named and its own reports, lectures and unit links.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import type { LectureItem, PathStep, Workbench } from '../../../shared/workbench/year-workbench.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { workbenchStyle } from './workbench-style.js';

/** How many lectures a to-do lists before "all" sends on to the lectures page. */
const SHOWN = 5;

function Figure({ ctx, value, label, path }: { ctx: PageContext; value: number; label: string; path?: string }) {
  const body = (
    <>
      <strong>{value}</strong>
      <span>{label}</span>
    </>
  );
  return <li class="figure">{path ? <a href={href(ctx, path)}>{body}</a> : body}</li>;
}

function Lectures({ ctx, items, action }: { ctx: PageContext; items: readonly (LectureItem & { note?: string })[]; action?: (l: LectureItem) => { path: string; label: string } }) {
  return (
    <ul class="lectures">
      {items.slice(0, SHOWN).map((l) => {
        const act = action?.(l);
        return (
          <li>
            <a href={href(ctx, `/admin/lectures/${l.id}`)}>{l.topic}</a>
            <span class="muted">{` ${l.startsAt} · ${l.expert} · ${l.units}`}</span>
            {l.note ? <span class="muted">{` · ${l.note}`}</span> : null}
            {act ? (
              <>
                {' '}
                <a class="act" href={href(ctx, act.path)}>
                  {act.label}
                </a>
              </>
            ) : null}
          </li>
        );
      })}
      {items.length > SHOWN ? (
        <li>
          <a href={href(ctx, '/admin/lectures')}>{`${dashboardMessages(ctx.locale).open} (${items.length})`}</a>
        </li>
      ) : null}
    </ul>
  );
}

function Todo({ ctx, wb }: { ctx: PageContext; wb: Workbench }) {
  const w = workbenchMessages(ctx.locale);
  const failedNotices = wb.failedNotices ?? 0;
  const empty = wb.silent.length + wb.waiting.length + wb.noAttendance.length + wb.upcoming.length + wb.feedbackOpen.length + wb.declined.length + wb.awaiting.length + failedNotices === 0;
  return (
    <section aria-labelledby="todo-h">
      <h2 id="todo-h">{w.todo}</h2>
      {empty ? <p>{w.nothingToDo}</p> : null}
      <ul class="todo">
        {wb.silent.map((s) => (
          <li data-todo="silent">
            <p>{w.silentUnits(s.title, s.silent, s.units)}</p>
            <a class="act" href={href(ctx, `/admin/surveys/${s.surveyId}/status`)}>
              {w.seeStatus}
            </a>
          </li>
        ))}
        {wb.waiting.map((m) => (
          <li data-todo="waiting">
            <p>{w.waiting(m.title, m.count)}</p>
            <a class="act" href={href(ctx, `/admin/menus/${m.menuId}`)}>
              {w.seeBoard}
            </a>
          </li>
        ))}
        {failedNotices > 0 ? (
          <li data-todo="notices">
            <p>{w.noticesFailed(failedNotices)}</p>
            <a class="act" href={href(ctx, '/admin/notices?status=failed')}>
              {w.seeNotices}
            </a>
          </li>
        ) : null}
        {wb.declined.length > 0 ? (
          <li data-todo="declined">
            <p>{w.declined(wb.declined.length)}</p>
            <Lectures ctx={ctx} items={wb.declined.map((l) => ({ ...l, note: l.reason }))} action={(l) => ({ path: `/admin/lectures/${l.id}#change`, label: w.reassign })} />
          </li>
        ) : null}
        {wb.awaiting.length > 0 ? (
          <li data-todo="awaiting">
            <p>{w.awaiting(wb.awaiting.length)}</p>
            <Lectures ctx={ctx} items={wb.awaiting} />
            <a class="act" href={href(ctx, '/admin/experts/links')}>
              {w.expertLinks}
            </a>
          </li>
        ) : null}
        {wb.noAttendance.length > 0 ? (
          <li data-todo="attendance">
            <p>{w.noAttendance(wb.noAttendance.length)}</p>
            <Lectures ctx={ctx} items={wb.noAttendance.map((l) => ({ ...l, ...(l.signIns ? { note: w.signedInSoFar(l.signIns) } : {}) }))} action={(l) => ({ path: `/admin/lectures/${l.id}#attendance`, label: w.recordAttendance })} />
          </li>
        ) : null}
        {wb.upcoming.length > 0 ? (
          <li data-todo="upcoming">
            <p>{w.upcoming(wb.upcoming.length)}</p>
            <Lectures ctx={ctx} items={wb.upcoming} />
          </li>
        ) : null}
        {wb.feedbackOpen.length > 0 ? (
          <li data-todo="feedback">
            <p>{w.feedbackOpen(wb.feedbackOpen.length)}</p>
            <Lectures ctx={ctx} items={wb.feedbackOpen.map((l) => ({ ...l, note: w.feedbackCount(l.feedback) }))} action={(l) => ({ path: `/admin/lectures/${l.id}/screen`, label: w.showQr })} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function stepSentence(ctx: PageContext, s: PathStep): string {
  const w = workbenchMessages(ctx.locale);
  const [a, b] = s.figures;
  switch (s.step) {
    case 'survey':
      return w.stepSurvey(a, b);
    case 'menu':
      return w.stepMenu(a, b);
    case 'order':
      return w.stepOrder(a, b);
    case 'schedule':
      return w.stepSchedule(a, b);
    case 'feedback':
      return w.stepFeedback(a, b);
  }
}

function YearPath({ ctx, steps }: { ctx: PageContext; steps: readonly PathStep[] }) {
  const w = workbenchMessages(ctx.locale);
  return (
    <section aria-labelledby="path-h">
      <h2 id="path-h">{w.path}</h2>
      <ol class="path">
        {steps.map((s) => (
          <li class={s.state} data-step={s.step}>
            <a href={href(ctx, s.path)}>
              <strong>{w.steps[s.step]}</strong>
              <span class="state">{w.stepState[s.state]}</span>
              <span class="said">{stepSentence(ctx, s)}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Fronts({ ctx, wb }: { ctx: PageContext; wb: Workbench }) {
  const w = workbenchMessages(ctx.locale);
  const reports = wb.frontReports ?? [];
  return (
    <section aria-labelledby="fronts-h">
      <h2 id="fronts-h">{w.frontReports}</h2>
      {reports.length === 0 ? <p>{w.noFrontReports}</p> : null}
      <ul class="links-list">
        {reports.map((r) => (
          <li>
            <a href={href(ctx, `/admin/surveys/${r.surveyId}/report?front=${encodeURIComponent(r.frontId)}`)}>{w.frontReport(r.title, r.frontName)}</a>
          </li>
        ))}
        <li>
          <a href={href(ctx, '/admin/lectures')}>{w.lecturesOfFronts}</a>
        </li>
        <li>
          <a href={href(ctx, '/admin/units')}>{w.unitLinksOfFronts}</a>
        </li>
      </ul>
    </section>
  );
}

export function WorkbenchPage({ ctx, wb }: { ctx: PageContext; wb: Workbench }) {
  const w = workbenchMessages(ctx.locale);
  const district = wb.fronts === undefined;
  const organizer = ctx.account?.role !== 'viewer';
  return (
    <DashboardLayout ctx={ctx} title={w.title} extraStyle={workbenchStyle}>
      <h1>
        {w.title} <span class="muted">{w.year(wb.year)}</span>
      </h1>
      {wb.fronts ? (
        <p class="notice" data-fronts>
          {w.yourFronts(wb.fronts.map((f) => f.name).join('、'))}
        </p>
      ) : null}
      <section aria-labelledby="glance-h">
        <h2 id="glance-h">{w.glance}</h2>
        <ul class="figures">
          <Figure ctx={ctx} value={wb.glance.delivered} label={w.delivered} path={district ? '/admin/programme' : '/admin/lectures'} />
          <Figure ctx={ctx} value={wb.glance.attendance} label={w.people} />
          <Figure ctx={ctx} value={wb.glance.signIns} label={w.signIns} />
          <Figure ctx={ctx} value={wb.glance.unitsReached} label={w.unitsReached} />
          <Figure ctx={ctx} value={wb.glance.surveysOpen} label={w.surveysOpen} path="/admin/surveys?status=published" />
          {district ? <Figure ctx={ctx} value={wb.glance.menusOpen} label={w.menusOpen} path="/admin/menus" /> : null}
        </ul>
      </section>
      <Todo ctx={ctx} wb={wb} />
      {district ? <YearPath ctx={ctx} steps={wb.path} /> : <Fronts ctx={ctx} wb={wb} />}
      {organizer ? (
        <p class="quick no-print">
          <a class="button" href={href(ctx, '/admin/surveys#new-survey')}>
            {w.newSurvey}
          </a>
          {district ? (
            <>
              <a class="button secondary" href={href(ctx, '/admin/menus#new-h')}>
                {w.composeMenu}
              </a>
              <a class="button secondary" href={href(ctx, '/admin/lectures#schedule')}>
                {w.scheduleLecture}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </DashboardLayout>
  );
}
