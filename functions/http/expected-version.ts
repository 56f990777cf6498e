// The version a client last read, sent back with a change so a stale edit is refused (409 edit_conflict).
import type { Context } from 'hono';
import { InvalidInputError } from '../../shared/errors.js';

const VERSION = /^(?:W\/)?"?(\d{1,15})"?$/;

/** An ETag for a record's version, as GET answers carry it and If-Match sends it back. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** The version in `If-Match` ("3" or 3), undefined when absent; any other value is a 422, never a silent overwrite. */
export function ifMatchVersion(c: Context): number | undefined {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  return parseVersion(header.trim(), 'If-Match');
}

/** A version sent in a form field (the dashboard's hidden `version` inputs); empty or absent means none. */
export function formVersion(value: string | null | undefined, field = 'version'): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  return parseVersion(value.trim(), field);
}

function parseVersion(text: string, field: string): number {
  const m = VERSION.exec(text);
  if (!m) throw new InvalidInputError([{ field, message: 'Expected the version number the record was read at', zh: '缺少读取时的版本号，请刷新页面后重试。' }]);
  return Number(m[1]);
}
