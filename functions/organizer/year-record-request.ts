// The body of a request for the year's record ZIP (POST /api/year-record/exports).
import * as v from 'valibot';
import { LOCALES } from '../../shared/kernel/locale.js';

export const YearRecordRequestSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2099)),
  lang: v.optional(v.picklist(LOCALES)),
});
