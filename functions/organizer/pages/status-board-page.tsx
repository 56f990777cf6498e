// 未填报单位: per unit responses and last time, silent units by front, a reminder to paste into the group chat.
import type { StatusBoard } from '../../../shared/programme/status-board.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { programmeStyle } from './programme-style.js';

const say = (ctx: PageContext, zh: string, en: string) => (ctx.locale === 'en' ? en : zh);

export function StatusBoardPage({ ctx, board, reminder, time }: { ctx: PageContext; board: StatusBoard; reminder: string; time: (iso: string) => string }) {
  const title = `${board.survey.title} · ${say(ctx, '填报情况', 'Who has answered')}`;
  const { totals } = board;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1>{title}</h1>
      <section>
        <p>
          {say(ctx, `应填单位 ${totals.units} 个，已填报 ${totals.answered} 个，未填报 ${totals.silent} 个；共 ${totals.responses} 份答卷。`, `${totals.units} units expected, ${totals.answered} answered, ${totals.silent} silent; ${totals.responses} responses in all.`)}
          {board.unfiled > 0 ? say(ctx, `（其中 ${board.unfiled} 份未记在任何单位名下）`, ` (${board.unfiled} filed under no unit)`) : ''}
        </p>
        <p>
          <a class="button" href={href(ctx, `/api/surveys/${board.survey.id}/status.csv`)}>
            {say(ctx, '下载填报情况（CSV）', 'Download (CSV)')}
          </a>
        </p>
      </section>
      <section>
        <h2>{say(ctx, '未填报单位（按战线）', 'Silent units, by front')}</h2>
        {board.silent.length === 0 ? <p>{say(ctx, '所有单位均已填报。', 'Every unit has answered.')}</p> : null}
        {board.silent.map((front) => (
          <p>
            <strong>
              {front.frontName}（{front.units.length}）
            </strong>
            ：{front.units.map((u) => u.name).join('、')}
          </p>
        ))}
        <label for="reminder">{say(ctx, '催办提醒（复制后发到工作群）', 'Reminder (copy into the group chat)')}</label>
        <textarea id="reminder" class="reminder" readonly>
          {reminder}
        </textarea>
      </section>
      <section>
        <h2>{say(ctx, '各单位填报情况', 'Per unit')}</h2>
        <DataTable
          rows={board.units}
          rowAttrs={(u) => ({ 'data-unit': u.unitId })}
          columns={[
            { header: say(ctx, '单位', 'Unit'), key: true, cell: (u) => u.name },
            { header: say(ctx, '战线', 'Front'), cell: (u) => u.frontName },
            { header: say(ctx, '答卷数', 'Responses'), num: true, cell: (u) => u.responses },
            { header: say(ctx, '最近填报', 'Latest'), cell: (u) => (u.lastResponseAt ? time(u.lastResponseAt) : say(ctx, '未填报', 'none')) },
          ]}
        />
      </section>
    </DashboardLayout>
  );
}
