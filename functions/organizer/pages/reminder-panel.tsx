// The reminder panel (催办) of the survey and menu status boards and of a lecture's page (催办反馈): the
// button (which asks first), then each reminded unit's message in a read-only text box to copy:
// selectable without JavaScript, and a 复制 button where the page's script runs.
import { reminderMessages } from '../../../shared/i18n/reminder-messages.js';
import { DEFAULT_REMINDER_GAP_HOURS, type ReminderRun } from '../../../shared/reminders/remind-units.js';
import { href, type PageContext } from './dashboard-layout.js';
import { lectureStyle } from './lecture-style.js';
import { programmeStyle } from './programme-style.js';

/** Shows each copy button (hidden without script) and copies its message's text. */
export const copyScript = `document.querySelectorAll('button[data-copy]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){var t=document.getElementById(b.getAttribute('data-copy'));var done=function(){b.textContent=b.getAttribute('data-done')};if(navigator.clipboard){navigator.clipboard.writeText(t.value).then(done,function(){t.select()})}else{t.select();try{document.execCommand('copy');done()}catch(e){}}})});`;

// The dashboard's `button{display:inline-block}` outranks the browser's own [hidden] rule: without the
// first rule here a copy button would show (and do nothing) where no script runs.
export const reminderStyle = `#remind button[hidden]{display:none}#remind button{min-height:44px}.reminder-msg{margin:10px 0;border-top:1px solid #e4ded3;padding-top:8px}.reminder-msg textarea{min-height:150px;font-family:inherit;font-size:15px;width:100%}a.tel{display:inline-block;min-height:44px;line-height:44px;padding:0 4px}.muted{color:#555}`;

/** `about`: what the units are reminded of; a lecture's feedback has its own heading and help. */
/**
 * The pages' whole styles with the panel's: one <style> each, registered (with copyScript) in the
 * organizer app's CSP, which allows only the inline styles and scripts it knows by hash.
 */
export const boardReminderStyle = programmeStyle + reminderStyle;
export const lectureReminderStyle = lectureStyle + reminderStyle;

export function ReminderPanel({ ctx, action, run, about = 'answers' }: { ctx: PageContext; action: string; run?: ReminderRun | undefined; about?: 'answers' | 'feedback' }) {
  const t = reminderMessages(ctx.locale);
  const words = about === 'feedback' ? t.feedback : t;
  return (
    <section aria-labelledby="remind-h" id="remind" class="no-print">
      <h2 id="remind-h">{words.heading}</h2>
      <p class="help">{words.help(DEFAULT_REMINDER_GAP_HOURS)}</p>
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
        <button type="submit">{words.remind}</button>
      </form>
    </section>
  );
}
