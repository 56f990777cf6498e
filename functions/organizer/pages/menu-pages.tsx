// 菜单: the menus list, the composer (catalogue topics beside the latest demand) and a menu's request board.
import { slotLabels } from '../../../shared/templates/weekly-slots.js';
import { localized } from '../../../shared/kernel/locale.js';
import { menuMessages } from '../../../shared/i18n/menu-messages.js';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../../../shared/catalogue/lecture-formats.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import type { RequestBoard } from '../../../shared/programme/request-board.js';
import type { RecentScores } from '../../../shared/lectures/recent-scores.js';
import { RecentScore } from './recent-score.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import type { ReminderRun } from '../../../shared/reminders/remind-units.js';
import { boardReminderStyle, copyScript, ReminderPanel } from './reminder-panel.js';
import { ContactCell } from './unit-contact.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { programmeStyle } from './programme-style.js';

const status = (ctx: PageContext, s: string) => menuMessages(ctx.locale).statuses[s] ?? s;

/** The demand the composer shows beside the catalogue: from the latest needs survey's counters. */
export interface DemandPanel {
  surveyTitle: string;
  responses: number;
  ranking: { label: string; score: number }[];
  frontLeaders: { front: string; leader: string }[];
}

export interface ComposerValues {
  title: string;
  intro?: string;
  orderDeadline: string;
  maxPicks: number;
  formats: readonly string[];
  items: readonly { topicId: string; expertIds: readonly string[] }[];
}

function Demand({ ctx, demand }: { ctx: PageContext; demand?: DemandPanel }) {
  const t = menuMessages(ctx.locale);
  return (
    <section aria-labelledby="demand-h">
      <h2 id="demand-h">{t.latestNeeds}</h2>
      {demand ? (
        <>
          <p class="help">
            {demand.surveyTitle}（{t.responses(demand.responses)}）
          </p>
          <h3>{t.topicsByDemand}</h3>
          <ol>
            {demand.ranking.map((r) => (
              <li>
                {r.label}（{r.score}）
              </li>
            ))}
          </ol>
          <h3>{t.frontLeaders}</h3>
          <ul>
            {demand.frontLeaders.map((f) => (
              <li>
                {f.front}：{f.leader}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t.noNeeds}</p>
      )}
    </section>
  );
}

export function Composer({ ctx, catalogue, values, action, submitLabel, recent, zone }: { ctx: PageContext; catalogue: Catalogue; values: ComposerValues; action: string; submitLabel: string; recent?: RecentScores; zone: string }) {
  const t = menuMessages(ctx.locale);
  const themes = new Map(catalogue.themes.map((theme) => [theme.id, theme.name]));
  const chosen = new Map(values.items.map((i) => [i.topicId, new Set(i.expertIds)]));
  return (
    <form method="post" action={href(ctx, action)}>
      <label for="m-title">{t.menuTitle}</label>
      <input id="m-title" type="text" name="title" required maxlength={200} value={values.title} />
      <label for="m-intro">{t.intro}</label>
      <input id="m-intro" type="text" name="intro" maxlength={2000} value={values.intro ?? ''} />
      <div class="row">
        <div>
          <label for="m-deadline">{t.deadlineField(zone)}</label>
          <input id="m-deadline" type="datetime-local" name="orderDeadline" required value={values.orderDeadline} />
        </div>
        <div>
          <label for="m-max">{t.maxPicks}</label>
          <input id="m-max" type="number" name="maxPicks" min={1} max={20} required value={String(values.maxPicks)} />
        </div>
      </div>
      <fieldset class="box">
        <legend>{t.formats}</legend>
        {LECTURE_FORMATS.map((f) => (
          <label class="inline">
            <input type="checkbox" name="formats" value={f.id} checked={values.formats.includes(f.id)} />
            {localized(ctx.locale, f.label, f.labelEn)}
          </label>
        ))}
      </fieldset>
      <fieldset class="box">
        <legend>{t.topicsAndExperts}</legend>
        {catalogue.topics
          .filter((t) => !t.retired)
          .map((topic) => {
            const experts = catalogue.experts.filter((e) => !e.retired && e.topics.includes(topic.id));
            const picked = chosen.get(topic.id);
            return (
              <div class="topic-pick">
                <label class="inline">
                  <input type="checkbox" name="topics" value={topic.id} checked={picked !== undefined} />
                  <strong>{topic.title}</strong>
                  <span class="muted">（{themes.get(topic.theme) ?? topic.theme}）</span>
                </label>
                {recent ? <RecentScore figures={recent.topics.get(topic.id)} locale={ctx.locale} /> : null}
                {topic.summary ? <p class="help">{topic.summary}</p> : null}
                {experts.map((e) => (
                  <label class="inline">
                    <input type="checkbox" name={`experts:${topic.id}`} value={e.id} checked={picked?.has(e.id) ?? false} />
                    {e.name} · {e.title} · {e.organisation}
                    {recent ? (
                      <>
                        {' '}
                        <RecentScore figures={recent.experts.get(e.id)} locale={ctx.locale} />
                      </>
                    ) : null}
                  </label>
                ))}
              </div>
            );
          })}
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

export function MenusPage({ ctx, menus, catalogue, demand, values, problems = [], time, zone, recent }: { ctx: PageContext; menus: Menu[]; catalogue: Catalogue; demand?: DemandPanel; values: ComposerValues; problems?: string[]; time: (iso: string) => string; zone: string; recent?: RecentScores }) {
  const t = menuMessages(ctx.locale);
  const title = t.title;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1>{title}</h1>
      <section>
        <DataTable
          rows={menus}
          empty={t.noMenu}
          columns={[
            { header: t.menu, key: true, cell: (m) => <a href={href(ctx, `/admin/menus/${m.id}`)}>{m.title}</a> },
            { header: t.status, cell: (m) => <span class={`status ${m.status}`}>{status(ctx, m.status)}</span> },
            { header: t.deadline(zone), cell: (m) => time(m.orderDeadline) },
          ]}
        />
      </section>
      <div class="split">
        <section aria-labelledby="new-h">
          <h2 id="new-h">{t.compose}</h2>
          <Problems title={t.notSaved} items={problems} />
          <Composer ctx={ctx} catalogue={catalogue} values={values} action="/admin/menus" submitLabel={t.saveAsDraft} recent={recent} zone={zone} />
        </section>
        <Demand ctx={ctx} demand={demand} />
      </div>
    </DashboardLayout>
  );
}

export function DraftMenuPage({ ctx, menu, catalogue, demand, values, problems = [], recent, zone }: { ctx: PageContext; menu: Menu; catalogue: Catalogue; demand?: DemandPanel; values: ComposerValues; problems?: string[]; recent?: RecentScores; zone: string }) {
  const t = menuMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={menu.title} extraStyle={programmeStyle}>
      <h1>
        {menu.title} <span class="status">{status(ctx, menu.status)}</span>
      </h1>
      <Problems title={t.notDone} items={problems} />
      <form method="post" action={href(ctx, `/admin/menus/${menu.id}/publish`)}>
        <button type="submit">{t.publish}</button>
      </form>
      <div class="split">
        <section>
          <Composer ctx={ctx} catalogue={catalogue} values={values} action={`/admin/menus/${menu.id}`} submitLabel={t.saveDraft} recent={recent} zone={zone} />
        </section>
        <Demand ctx={ctx} demand={demand} />
      </div>
    </DashboardLayout>
  );
}

export function RequestBoardPage({ ctx, board, time, zone, filter, problems = [], run }: { ctx: PageContext; board: RequestBoard; time: (iso: string) => string; zone: string; filter: { front?: string; topic?: string }; problems?: string[]; run?: ReminderRun }) {
  const t = menuMessages(ctx.locale);
  const { menu } = board;
  const topicTitle = (id: string) => menu.items.find((i) => i.topicId === id)?.title ?? id;
  const expertName = (topicId: string, expertId: string) => menu.items.find((i) => i.topicId === topicId)?.experts.find((e) => e.id === expertId)?.name ?? expertId;
  const label = (list: readonly { id: string; label: string; labelEn: string }[], id?: string) => {
    const found = list.find((x) => x.id === id);
    return found ? localized(ctx.locale, found.label, found.labelEn) : (id ?? '');
  };
  const fronts = [...new Map(board.rows.filter((r) => r.frontId).map((r) => [r.frontId!, r.frontName ?? r.frontId!])).entries()];
  const query = new URLSearchParams({ ...(filter.front ? { front: filter.front } : {}), ...(filter.topic ? { topic: filter.topic } : {}) }).toString();
  return (
    <DashboardLayout ctx={ctx} title={menu.title} extraStyle={boardReminderStyle} {...(run?.messages.length ? { script: copyScript } : {})}>
      <h1>
        {menu.title} <span class={`status ${menu.status}`}>{status(ctx, menu.status)}</span>
      </h1>
      <Problems title={t.notDone} items={problems} />
      <section>
        <p>
          {t.boardSummary(time(menu.orderDeadline), zone, board.totals.ordered, board.totals.units, board.totals.audience)}
        </p>
        <p>
          <a class="button" href={href(ctx, `/api/menus/${menu.id}/requests.csv${query ? `?${query}` : ''}`)}>
            {t.boardCsv}
          </a>
        </p>
        {menu.status === 'published' ? (
          <form method="post" action={href(ctx, `/admin/menus/${menu.id}/close`)}>
            <button type="submit" class="secondary">
              {t.closeNow}
            </button>
          </form>
        ) : null}
      </section>
      <section>
        <h2>{t.demand}</h2>
        <p class="help">{t.weightHelp}</p>
        <DataTable
          rows={board.demand}
          columns={[
            { header: t.topic, key: true, cell: (d) => d.title },
            { header: t.theme, cell: (d) => d.theme },
            { header: t.requestCount, num: true, cell: (d) => d.requests },
            { header: t.firstChoices, num: true, cell: (d) => d.firstChoices },
            { header: t.weighted, num: true, cell: (d) => d.weighted },
          ]}
        />
      </section>
      <section>
        <h2>{t.requests}</h2>
        <FilterForm
          ctx={ctx}
          action={`/admin/menus/${menu.id}`}
          legend={t.filter}
          submit={t.filter}
          fields={[
            { kind: 'select', name: 'front', label: t.front, any: t.all, value: filter.front, choices: fronts.map(([id, name]) => ({ id, label: name })) },
            { kind: 'select', name: 'topic', label: t.topic, any: t.all, value: filter.topic, choices: menu.items.map((i) => ({ id: i.topicId, label: i.title })) },
          ]}
        />
        <DataTable
          rows={board.rows}
          rowAttrs={(r) => ({ 'data-unit': r.unitId })}
          columns={[
            {
              header: t.unit,
              key: true,
              cell: (r) => (
                <>
                  {r.unitName}
                  <br />
                  <span class="muted">{r.frontName ?? ''}</span>
                </>
              ),
            },
            {
              header: t.picks,
              wide: true,
              cell: (r) => (
                <ol>
                  {r.picks.map((p, pick) => (
                    <li>
                      {topicTitle(p.topicId)}
                      {p.expertId ? `（${expertName(p.topicId, p.expertId)}）` : ''}{' '}
                      {r.status === 'declined' ? null : (
                        <a class="schedule-pick" href={`${href(ctx, `/admin/lectures?request=${encodeURIComponent(r.requestId)}&pick=${pick + 1}`)}#schedule`} aria-label={t.scheduleFor(r.unitName, topicTitle(p.topicId))}>
                          {t.schedule}
                        </a>
                      )}
                    </li>
                  ))}
                </ol>
              ),
            },
            { header: t.audience, num: true, cell: (r) => r.audience },
            {
              header: t.formatMannerTimes,
              cell: (r) => (
                <>
                  {label(LECTURE_FORMATS, r.format)} {label(LECTURE_MANNERS, r.manner)}
                  <br />
                  <span class="muted">{slotLabels(r.preferredTimes ?? [], ctx.locale).join(ctx.locale === 'en' ? ', ' : '、')}</span>
                  {r.note ? <p class="help">{r.note}</p> : null}
                </>
              ),
            },
            {
              header: t.contact,
              cell: (r) => (
                <>
                  {r.contact.name}
                  <br />
                  {r.contact.phone}
                </>
              ),
            },
            {
              header: t.status,
              wide: true,
              cell: (r, index) => (
                <>
                  <span class="status">{status(ctx, r.status)}</span>
                  {r.statusReason ? <p class="help">{r.statusReason}</p> : null}
                  <form method="post" action={href(ctx, `/admin/requests/${r.requestId}/status`)}>
                    <label for={`st-${index}`}>{t.setTo}</label>
                    <select id={`st-${index}`} name="status">
                      {(['scheduled', 'declined', 'delivered', 'submitted'] as const).map((s) => (
                        <option value={s}>{status(ctx, s)}</option>
                      ))}
                    </select>
                    <label for={`re-${index}`}>{t.reason}</label>
                    <input id={`re-${index}`} type="text" name="reason" maxlength={500} />
                    <button type="submit">{t.save}</button>
                  </form>
                </>
              ),
            },
          ]}
        />
      </section>
      <section>
        <h2>{t.notOrdered}</h2>
        {board.notOrdered.length === 0 ? <p>{t.allOrdered}</p> : null}
        {board.notOrdered.map((front) => (
          <p>
            <strong>
              {front.frontName}（{front.units.length}）
            </strong>
            ：
            {front.units.map((u, i) => (
              <>
                {i > 0 ? '、' : ''}
                {u.name}
                {u.contact ? (
                  <>
                    （<ContactCell contact={u.contact} none="" />）
                  </>
                ) : null}
              </>
            ))}
          </p>
        ))}
      </section>
      {menu.status === 'published' && (board.notOrdered.length > 0 || run) ? <ReminderPanel ctx={ctx} action={`/admin/menus/${menu.id}/reminders`} run={run} /> : null}
    </DashboardLayout>
  );
}
