// 未填报单位: per unit responses and last time, silent units by front, a reminder to paste into the group chat.
import { unitLinkMessages } from '../../../shared/i18n/unit-link-messages.js';
import type { StatusBoard } from '../../../shared/programme/status-board.js';
import { reminderMessages } from '../../../shared/i18n/reminder-messages.js';
import type { ReminderRun } from '../../../shared/reminders/remind-units.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { boardReminderStyle, copyScript, ReminderPanel } from './reminder-panel.js';
import { ContactCell } from './unit-contact.js';

export function StatusBoardPage({ ctx, board, reminder, time, run, problems = [] }: { ctx: PageContext; board: StatusBoard; reminder: string; time: (iso: string) => string; run?: ReminderRun; problems?: string[] }) {
  const words = unitLinkMessages(ctx.locale);
  const r = reminderMessages(ctx.locale);
  const t = words.status;
  const title = `${board.survey.title} · ${t.title}`;
  const { totals } = board;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={boardReminderStyle} {...(run?.messages.length ? { script: copyScript } : {})}>
      <h1>{title}</h1>
      <Problems title={r.notDone} items={problems} />
      <section>
        <p>
          {t.totals(totals.units, totals.answered, totals.silent, totals.responses)}
          {board.unfiled > 0 ? t.unfiled(board.unfiled) : ''}
        </p>
        <p>
          <a class="button" href={href(ctx, `/api/surveys/${board.survey.id}/status.csv`)}>
            {t.csv}
          </a>
        </p>
      </section>
      <section>
        <h2>{t.silent}</h2>
        {board.silent.length === 0 ? <p>{t.allAnswered}</p> : null}
        {board.silent.map((front) => (
          <p>
            <strong>
              {front.frontName}（{front.units.length}）
            </strong>
            ：{front.units.map((u) => u.name).join('、')}
          </p>
        ))}
        <label for="reminder">{t.reminder}</label>
        <textarea id="reminder" class="reminder" readonly>
          {reminder}
        </textarea>
      </section>
      {board.survey.status === 'published' && (board.totals.silent > 0 || run) ? <ReminderPanel ctx={ctx} action={`/admin/surveys/${board.survey.id}/reminders`} run={run} /> : null}
      <section>
        <h2>{t.perUnit}</h2>
        <DataTable
          rows={board.units}
          rowAttrs={(u) => ({ 'data-unit': u.unitId })}
          columns={[
            { header: words.unit, key: true, cell: (u) => u.name },
            { header: words.front, cell: (u) => u.frontName },
            { header: t.responses, num: true, cell: (u) => u.responses },
            { header: t.latest, cell: (u) => (u.lastResponseAt ? time(u.lastResponseAt) : t.none) },
            { header: r.contact, cell: (u) => <ContactCell contact={u.contact} none={r.noContact} /> },
          ]}
        />
      </section>
    </DashboardLayout>
  );
}
