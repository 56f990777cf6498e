// What a report is called, on its page, on every printed page and in its workbook: the survey, the
// kind of report (a feedback form's is not a demand report) and the unit or front it is cut to.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import { reportMessages } from '../i18n/report-messages.js';
import type { Survey } from '../survey/survey-schema.js';
import { surveyFronts, surveyUnits } from './crosstab.js';
import type { ReportFilter } from './report-types.js';

/** The unit or front a report is cut to, by name (undefined for the whole report). */
export function reportScopeName(survey: Survey, filter: ReportFilter, locale: Locale): string | undefined {
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const unit = filter.unit === undefined ? undefined : surveyUnits(survey).find((u) => u.id === filter.unit);
  const front = filter.front === undefined ? undefined : surveyFronts(survey).find((f) => f.id === filter.front);
  const parts = [front ? label(front) : filter.front, unit ? label(unit) : filter.unit].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function reportTitle(survey: Survey, filter: ReportFilter, locale: Locale): string {
  const scope = reportScopeName(survey, filter, locale);
  return [localized(locale, survey.title, survey.titleEn), reportMessages(locale).reportOf[survey.kind], ...(scope ? [scope] : [])].join(' · ');
}
