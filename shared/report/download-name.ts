// File names people recognise: "2026年度理论宣讲需求调查问卷-原始答卷-20261201.csv", dated in district time.
import { districtDateTime } from '../kernel/zoned-time.js';

/** Characters Windows, macOS or a header cannot take in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function downloadName(title: string, what: string, now: Date, timeZone: string, extension = 'csv'): string {
  const day = districtDateTime(now.toISOString(), timeZone).slice(0, 10).replace(/-/g, '');
  const clean = (text: string) => text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return [clean(title) || 'survey', clean(what), day].filter(Boolean).join('-') + `.${extension}`;
}
