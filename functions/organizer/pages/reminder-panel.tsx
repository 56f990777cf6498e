// The reminder panel (催办) of the survey and menu status boards: the button (which asks first), then
// each reminded unit's message in a read-only text box to copy: selectable without JavaScript, and a
// 复制 button where the page's script runs.
import { reminderMessages } from '../../../shared/i18n/reminder-messages.js';
import { DEFAULT_REMINDER_GAP_HOURS, type ReminderRun } from '../../../shared/reminders/remind-units.js';
import { href, type PageContext } from './dashboard-layout.js';

/** Shows each copy button (hidden without script) and copies its message's text. */
export const copyScript = `document.querySelectorAll('button[data-copy]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){var t=document.getElementById(b.getAttribute('data-copy'));var done=function(){b.textContent=b.getAttribute('data-done')};if(navigator.clipboard){navigator.clipboard.writeText(t.value).then(done,function(){t.select()})}else{t.select();try{document.execCommand('copy');done()}catch(e){}}})});`;

export const reminderStyle = `.reminder-msg{margin:10px 0;border-top:1px solid #e4ded3;padding-top:8px}.reminder-msg textarea{min-height:150px;font-family:inherit;font-size:15px;width:100%}a.tel{display:inline-block;min-height:44px;line-height:44px;padding:0 4px}.muted{color:#555}`;

export function ReminderPanel({ ctx, action, run }: { ctx: PageContext; action: string; run?: ReminderRun | undefined }) {
  const t = reminderMessages(ctx.locale);
  return (
    <section aria-labelledby="remind-h" id="remind">
      <h2 id="remind-h">{t.heading}</h2>
      <p class="help">{t.help(DEFAULT_REMINDER_GAP_HOURS)}</p>
      {run ? (
        <div role="status">
          <p>{run.sent === 0 && run.skipped === 0 ? t.noneToSend : t.result(run.sent, run.skipped)}</p>
          {run.messages.map((m, i) => (
            <div class="reminder-msg">
              <label for={`reminder-${i}`}>{t.messageLabel(m.unitName)}</label>
              <textarea id={`reminder-${i}`} readonly rows={6}>
                {m.text}
              </textarea>
              <button type="button" class="secondary" data-copy={`reminder-${i}`} data-done={t.copied} hidden>
                {t.copy}
              </button>
            </div>
          ))}
        </div>
      ) : null}
      <form method="post" action={href(ctx, action)}>
        <button type="submit">{t.remind}</button>
      </form>
    </section>
  );
}
