// The request form's picks: one select per preference, each offering a topic alone or with one of its experts.
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import type { FormValues } from '../form-fields.js';

/** `pick:1`, `pick:2`… carry `topicId` or `topicId|expertId` (neither id ever contains `|`). */
export const pickField = (position: number) => `pick:${position}`;

export function pickValue(topicId: string, expertId?: string): string {
  return expertId ? `${topicId}|${expertId}` : topicId;
}

export function picksFromForm(menu: Menu, form: FormValues): { topicId: string; expertId?: string }[] {
  const picks: { topicId: string; expertId?: string }[] = [];
  for (let i = 1; i <= menu.maxPicks; i++) {
    const value = form.get(pickField(i));
    if (!value) continue;
    const [topicId = '', expertId] = value.split('|');
    picks.push(expertId ? { topicId, expertId } : { topicId });
  }
  return picks;
}

export function RequestPicks({ menu, locale, values, error }: { menu: Menu; locale: Locale; values: FormValues; error?: string }) {
  const t = programmeMessages(locale);
  const positions = Array.from({ length: menu.maxPicks }, (_, i) => i + 1);
  return (
    <>
      <fieldset id="picks-box" class={error ? 'q bad' : 'q'} data-q="picks" data-check="ranked" data-required="1" data-min="1" aria-describedby="picks-help picks-err">
        <legend>
          {t.picksLegend(menu.maxPicks)}
        </legend>
        <p class="help" id="picks-help">
          {t.picksHelp}
        </p>
        <p class="err" id="picks-err" aria-live="polite">
          {error ?? ''}
        </p>
        <div class="rank">
          {positions.map((i) => {
            const chosen = values.get(pickField(i)) ?? '';
            return (
              <>
                <label for={`pick-${i}`}>{t.pickPosition(i)}</label>
                <select id={`pick-${i}`} name={pickField(i)}>
                  <option value="">{t.pickNone}</option>
                  {menu.items.map((item) => (
                    <optgroup label={localized(locale, item.title, item.titleEn)}>
                      <option value={pickValue(item.topicId)} selected={chosen === pickValue(item.topicId)}>
                        {localized(locale, item.title, item.titleEn)} {t.anyExpert}
                      </option>
                      {item.experts.map((e) => (
                        <option value={pickValue(item.topicId, e.id)} selected={chosen === pickValue(item.topicId, e.id)}>
                          {/* The expert first: a phone's closed select cuts the end of a long line, never the name. */}
                          {t.withExpert(localized(locale, e.name, e.nameEn))} · {localized(locale, item.title, item.titleEn)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </>
            );
          })}
        </div>
      </fieldset>
      <h2>{t.topicSummary}</h2>
      {menu.items.map((item) => (
        <details class="menu-topic">
          <summary>
            {localized(locale, item.title, item.titleEn)}（{item.theme}）
          </summary>
          {item.summary ? <p>{localized(locale, item.summary, item.summaryEn)}</p> : null}
          {item.experts.length > 0 ? (
            <p>
              {t.experts}：{item.experts.map((e) => (locale === 'en' && e.nameEn ? e.nameEn : [e.name, e.title].filter(Boolean).join(' '))).join(locale === 'en' ? '; ' : '；')}
            </p>
          ) : null}
        </details>
      ))}
    </>
  );
}
