// File names people recognise: "2026年度理论宣讲需求调查问卷-原始答卷-20261201.csv", dated in district time.
import { districtDateTime } from '../kernel/zoned-time.js';

/** Characters Windows, macOS or a header cannot take in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** Text as a file or folder name: unsafe characters become spaces, runs of space one, at most `max` characters. */
export function safeFileStem(text: string, max = 80): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

export function downloadName(title: string, what: string, now: Date, timeZone: string, extension = 'csv'): string {
  const day = districtDateTime(now.toISOString(), timeZone).slice(0, 10).replace(/-/g, '');
  const clean = (text: string) => safeFileStem(text);
  return [clean(title) || 'survey', clean(what), day].filter(Boolean).join('-') + `.${extension}`;
}
