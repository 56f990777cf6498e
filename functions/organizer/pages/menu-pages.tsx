// 菜单: the menus list, the composer (catalogue topics beside the latest demand) and a menu's request board.
import { slotLabels } from '../../../shared/templates/weekly-slots.js';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../../../shared/catalogue/lecture-formats.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import type { RequestBoard } from '../../../shared/programme/request-board.js';
import type { RecentScores } from '../../../shared/lectures/recent-scores.js';
import { RecentScore } from './recent-score.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { programmeStyle } from './programme-style.js';

const say = (ctx: PageContext, zh: string, en: string) => (ctx.locale === 'en' ? en : zh);
const STATUS: Record<string, [string, string]> = {
  draft: ['草稿', 'Draft'],
  published: ['已发布', 'Published'],
  closed: ['已截止', 'Closed'],
  submitted: ['已提交，待安排', 'Submitted, awaiting scheduling'],
  scheduled: ['已安排', 'Scheduled'],
  declined: ['已婉拒', 'Declined'],
  delivered: ['已宣讲', 'Delivered'],
};
const status = (ctx: PageContext, s: string) => say(ctx, STATUS[s]?.[0] ?? s, STATUS[s]?.[1] ?? s);

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
  return (
    <section aria-labelledby="demand-h">
      <h2 id="demand-h">{say(ctx, '最新需求调查', 'Latest needs survey')}</h2>
      {demand ? (
        <>
          <p class="help">
            {demand.surveyTitle}（{say(ctx, `${demand.responses} 份答卷`, `${demand.responses} responses`)}）
          </p>
          <h3>{say(ctx, '课题需求排名', 'Topics by demand')}</h3>
          <ol>
            {demand.ranking.map((r) => (
              <li>
                {r.label}（{r.score}）
              </li>
            ))}
          </ol>
          <h3>{say(ctx, '各战线最想要的课题', 'Each front’s leading topic')}</h3>
          <ul>
            {demand.frontLeaders.map((f) => (
              <li>
                {f.front}：{f.leader}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{say(ctx, '还没有收到答卷的需求调查。', 'No needs survey with responses yet.')}</p>
      )}
    </section>
  );
}

export function Composer({ ctx, catalogue, values, action, submitLabel, recent }: { ctx: PageContext; catalogue: Catalogue; values: ComposerValues; action: string; submitLabel: string; recent?: RecentScores }) {
  const themes = new Map(catalogue.themes.map((t) => [t.id, t.name]));
  const chosen = new Map(values.items.map((i) => [i.topicId, new Set(i.expertIds)]));
  return (
    <form method="post" action={href(ctx, action)}>
      <label for="m-title">{say(ctx, '菜单名称', 'Title')}</label>
      <input id="m-title" type="text" name="title" required maxlength={200} value={values.title} />
      <label for="m-intro">{say(ctx, '说明（可选）', 'Intro (optional)')}</label>
      <input id="m-intro" type="text" name="intro" maxlength={2000} value={values.intro ?? ''} />
      <div class="row">
        <div>
          <label for="m-deadline">{say(ctx, '点单截止（本区时间）', 'Ordering deadline (district time)')}</label>
          <input id="m-deadline" type="datetime-local" name="orderDeadline" required value={values.orderDeadline} />
        </div>
        <div>
          <label for="m-max">{say(ctx, '每个单位最多点几个课题', 'Picks per unit')}</label>
          <input id="m-max" type="number" name="maxPicks" min={1} max={20} required value={String(values.maxPicks)} />
        </div>
      </div>
      <fieldset class="box">
        <legend>{say(ctx, '提供的宣讲形式', 'Formats offered')}</legend>
        {LECTURE_FORMATS.map((f) => (
          <label class="inline">
            <input type="checkbox" name="formats" value={f.id} checked={values.formats.includes(f.id)} />
            {say(ctx, f.label, f.labelEn)}
          </label>
        ))}
      </fieldset>
      <fieldset class="box">
        <legend>{say(ctx, '课题与可选专家（从课题库选择）', 'Topics and experts (from the catalogue)')}</legend>
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

export function MenusPage({ ctx, menus, catalogue, demand, values, problems = [], time, recent }: { ctx: PageContext; menus: Menu[]; catalogue: Catalogue; demand?: DemandPanel; values: ComposerValues; problems?: string[]; time: (iso: string) => string; recent?: RecentScores }) {
  const title = say(ctx, '宣讲菜单', 'Menus');
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1>{title}</h1>
      <section>
        <DataTable
          rows={menus}
          empty={say(ctx, '还没有菜单。', 'No menu yet.')}
          columns={[
            { header: say(ctx, '菜单', 'Menu'), key: true, cell: (m) => <a href={href(ctx, `/admin/menus/${m.id}`)}>{m.title}</a> },
            { header: say(ctx, '状态', 'Status'), cell: (m) => <span class={`status ${m.status}`}>{status(ctx, m.status)}</span> },
            { header: say(ctx, '点单截止', 'Deadline'), cell: (m) => time(m.orderDeadline) },
          ]}
        />
      </section>
      <div class="split">
        <section aria-labelledby="new-h">
          <h2 id="new-h">{say(ctx, '新建菜单（配餐）', 'Compose a menu')}</h2>
          <Problems title={say(ctx, '菜单未保存', 'Not saved')} items={problems} />
          <Composer ctx={ctx} catalogue={catalogue} values={values} action="/admin/menus" submitLabel={say(ctx, '保存为草稿', 'Save as draft')} recent={recent} />
        </section>
        <Demand ctx={ctx} demand={demand} />
      </div>
    </DashboardLayout>
  );
}

export function DraftMenuPage({ ctx, menu, catalogue, demand, values, problems = [], recent }: { ctx: PageContext; menu: Menu; catalogue: Catalogue; demand?: DemandPanel; values: ComposerValues; problems?: string[]; recent?: RecentScores }) {
  return (
    <DashboardLayout ctx={ctx} title={menu.title} extraStyle={programmeStyle}>
      <h1>
        {menu.title} <span class="status">{status(ctx, menu.status)}</span>
      </h1>
      <Problems title={say(ctx, '操作未完成', 'Not done')} items={problems} />
      <form method="post" action={href(ctx, `/admin/menus/${menu.id}/publish`)}>
        <button type="submit">{say(ctx, '发布菜单（发布后课题不能再改）', 'Publish (items are frozen afterwards)')}</button>
      </form>
      <div class="split">
        <section>
          <Composer ctx={ctx} catalogue={catalogue} values={values} action={`/admin/menus/${menu.id}`} submitLabel={say(ctx, '保存草稿', 'Save draft')} recent={recent} />
        </section>
        <Demand ctx={ctx} demand={demand} />
      </div>
    </DashboardLayout>
  );
}

export function RequestBoardPage({ ctx, board, time, filter, problems = [] }: { ctx: PageContext; board: RequestBoard; time: (iso: string) => string; filter: { front?: string; topic?: string }; problems?: string[] }) {
  const { menu } = board;
  const topicTitle = (id: string) => menu.items.find((i) => i.topicId === id)?.title ?? id;
  const expertName = (topicId: string, expertId: string) => menu.items.find((i) => i.topicId === topicId)?.experts.find((e) => e.id === expertId)?.name ?? expertId;
  const label = (list: readonly { id: string; label: string; labelEn: string }[], id?: string) => {
    const found = list.find((x) => x.id === id);
    return found ? say(ctx, found.label, found.labelEn) : (id ?? '');
  };
  const fronts = [...new Map(board.rows.filter((r) => r.frontId).map((r) => [r.frontId!, r.frontName ?? r.frontId!])).entries()];
  const query = new URLSearchParams({ ...(filter.front ? { front: filter.front } : {}), ...(filter.topic ? { topic: filter.topic } : {}) }).toString();
  return (
    <DashboardLayout ctx={ctx} title={menu.title} extraStyle={programmeStyle}>
      <h1>
        {menu.title} <span class={`status ${menu.status}`}>{status(ctx, menu.status)}</span>
      </h1>
      <Problems title={say(ctx, '操作未完成', 'Not done')} items={problems} />
      <section>
        <p>
          {say(ctx, `点单截止：${time(menu.orderDeadline)}。已点单 ${board.totals.ordered} / ${board.totals.units} 个单位，预计听众 ${board.totals.audience} 人。`, `Deadline ${time(menu.orderDeadline)}. ${board.totals.ordered} of ${board.totals.units} units ordered; expected audience ${board.totals.audience}.`)}
        </p>
        <p>
          <a class="button" href={href(ctx, `/api/menus/${menu.id}/requests.csv${query ? `?${query}` : ''}`)}>
            {say(ctx, '下载点单汇总（CSV）', 'Download the board (CSV)')}
          </a>
        </p>
        {menu.status === 'published' ? (
          <form method="post" action={href(ctx, `/admin/menus/${menu.id}/close`)}>
            <button type="submit" class="secondary">
              {say(ctx, '提前截止点单', 'Close ordering now')}
            </button>
          </form>
        ) : null}
      </section>
      <section>
        <h2>{say(ctx, '各课题需求（按志愿与人数加权）', 'Demand per topic (weighted by preference and audience)')}</h2>
        <p class="help">{say(ctx, '加权值：每份申报计 预计人数 ÷ 志愿序号（第 1 志愿全计，第 2 志愿计一半……），已婉拒的申报不计。', 'Weight: each request adds audience ÷ rank; declined requests do not count.')}</p>
        <DataTable
          rows={board.demand}
          columns={[
            { header: say(ctx, '课题', 'Topic'), key: true, cell: (d) => d.title },
            { header: say(ctx, '专题', 'Theme'), cell: (d) => d.theme },
            { header: say(ctx, '申报数', 'Requests'), num: true, cell: (d) => d.requests },
            { header: say(ctx, '第 1 志愿', 'First choices'), num: true, cell: (d) => d.firstChoices },
            { header: say(ctx, '加权需求', 'Weighted'), num: true, cell: (d) => d.weighted },
          ]}
        />
      </section>
      <section>
        <h2>{say(ctx, '申报明细', 'Requests')}</h2>
        <FilterForm
          ctx={ctx}
          action={`/admin/menus/${menu.id}`}
          legend={say(ctx, '筛选', 'Filter')}
          submit={say(ctx, '筛选', 'Filter')}
          fields={[
            { kind: 'select', name: 'front', label: say(ctx, '战线', 'Front'), any: say(ctx, '全部', 'All'), value: filter.front, choices: fronts.map(([id, name]) => ({ id, label: name })) },
            { kind: 'select', name: 'topic', label: say(ctx, '课题', 'Topic'), any: say(ctx, '全部', 'All'), value: filter.topic, choices: menu.items.map((i) => ({ id: i.topicId, label: i.title })) },
          ]}
        />
        <DataTable
          rows={board.rows}
          rowAttrs={(r) => ({ 'data-unit': r.unitId })}
          columns={[
            {
              header: say(ctx, '单位', 'Unit'),
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
              header: say(ctx, '志愿', 'Picks'),
              wide: true,
              cell: (r) => (
                <ol>
                  {r.picks.map((p, pick) => (
                    <li>
                      {topicTitle(p.topicId)}
                      {p.expertId ? `（${expertName(p.topicId, p.expertId)}）` : ''}{' '}
                      {r.status === 'declined' ? null : (
                        <a class="schedule-pick" href={`${href(ctx, `/admin/lectures?request=${encodeURIComponent(r.requestId)}&pick=${pick + 1}`)}#schedule`} aria-label={say(ctx, `为${r.unitName}排期：${topicTitle(p.topicId)}`, `Schedule ${topicTitle(p.topicId)} for ${r.unitName}`)}>
                          {say(ctx, '排期', 'Schedule')}
                        </a>
                      )}
                    </li>
                  ))}
                </ol>
              ),
            },
            { header: say(ctx, '人数', 'Audience'), num: true, cell: (r) => r.audience },
            {
              header: say(ctx, '形式 / 方式 / 时间', 'Format / manner / times'),
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
              header: say(ctx, '联系人', 'Contact'),
              cell: (r) => (
                <>
                  {r.contact.name}
                  <br />
                  {r.contact.phone}
                </>
              ),
            },
            {
              header: say(ctx, '状态', 'Status'),
              wide: true,
              cell: (r, index) => (
                <>
                  <span class="status">{status(ctx, r.status)}</span>
                  {r.statusReason ? <p class="help">{r.statusReason}</p> : null}
                  <form method="post" action={href(ctx, `/admin/requests/${r.requestId}/status`)}>
                    <label for={`st-${index}`}>{say(ctx, '改为', 'Set to')}</label>
                    <select id={`st-${index}`} name="status">
                      {(['scheduled', 'declined', 'delivered', 'submitted'] as const).map((s) => (
                        <option value={s}>{status(ctx, s)}</option>
                      ))}
                    </select>
                    <label for={`re-${index}`}>{say(ctx, '说明（婉拒时必填）', 'Reason (required to decline)')}</label>
                    <input id={`re-${index}`} type="text" name="reason" maxlength={500} />
                    <button type="submit">{say(ctx, '保存', 'Save')}</button>
                  </form>
                </>
              ),
            },
          ]}
        />
      </section>
      <section>
        <h2>{say(ctx, '尚未点单的单位', 'Units that have not ordered')}</h2>
        {board.notOrdered.length === 0 ? <p>{say(ctx, '所有单位都已点单。', 'Every unit has ordered.')}</p> : null}
        {board.notOrdered.map((front) => (
          <p>
            <strong>
              {front.frontName}（{front.units.length}）
            </strong>
            ：{front.units.map((u) => u.name).join('、')}
          </p>
        ))}
      </section>
    </DashboardLayout>
  );
}
