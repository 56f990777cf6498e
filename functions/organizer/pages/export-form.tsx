// The report page's "export all responses" form: starts an export job with the chosen filters.
import { exportMessages } from '../../../shared/i18n/export-messages.js';
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import { localized, type Locale } from '../../../shared/kernel/locale.js';
import type { Labelled, ReportFilter } from '../../../shared/report/report-types.js';

export function ExportForm({ surveyId, locale, filter, units, fronts }: { surveyId: string; locale: Locale; filter: ReportFilter; units: Labelled[]; fronts: Labelled[] }) {
  const t = exportMessages(locale);
  const r = reportMessages(locale);
  const label = (o: Labelled) => localized(locale, o.label, o.labelEn);
  return (
    <section class="no-print">
      <h2>{t.exportAll}</h2>
      <p>{t.exportHint}</p>
      <form method="post" action={`/admin/surveys/${surveyId}/exports${locale === 'en' ? '?lang=en' : ''}`}>
        <fieldset>
          <legend>{t.filters}</legend>
          <div class="row">
            <div>
              <label for="x-unit">{r.unit}</label>
              <select id="x-unit" name="unit">
                <option value="">{r.allUnits}</option>
                {units.map((u) => (
                  <option value={u.id} selected={filter.unit === u.id}>
                    {label(u)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="x-front">{r.front}</label>
              <select id="x-front" name="front">
                <option value="">{r.allFronts}</option>
                {fronts.map((f) => (
                  <option value={f.id} selected={filter.front === f.id}>
                    {label(f)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="x-from">{t.from}</label>
              <input id="x-from" name="from" type="datetime-local" />
            </div>
            <div>
              <label for="x-to">{t.to}</label>
              <input id="x-to" name="to" type="datetime-local" />
            </div>
          </div>
          <label>
            <input type="checkbox" name="includeInvalid" value="on" checked /> {t.includeInvalid}
          </label>
        </fieldset>
        <button type="submit" id="export-start">{t.start}</button>
      </form>
    </section>
  );
}
