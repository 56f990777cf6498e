// A field problem is shown beside its field on Chinese pages: the words must be Chinese there. English
// stays in `message` (the API's English answer, the logs); `zh` carries the same in Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidReportFilterError, schemaMisfits } from '../../shared/errors.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * A line that writes a field's problem in English words without Chinese beside them. A 400 for a body
 * that is not even the right shape (ApiError) speaks to programs, not people, and keeps English only.
 */
export function untranslatedIssueLines(source: string): number[] {
  return source
    .split('\n')
    .flatMap((line, i) => (/\bfield\b/.test(line) && /message: ['`"][A-Za-z]/.test(line) && !/\bzh:/.test(line) && !/ApiError\(/.test(line) ? [i + 1] : []));
}

describe('field problems in Chinese', () => {
  it('gives every field problem written in English its Chinese words (zh)', () => {
    const found = [...sourceFiles('shared'), ...sourceFiles('functions')].flatMap((file) =>
      untranslatedIssueLines(readFileSync(file, 'utf8')).map((line) => `${file.slice(ROOT.length + 1)}:${line}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a line that lacks them, and passes one that has them or is a malformed-body answer', () => {
    expect(untranslatedIssueLines("issues.push({ field: 'to', message: 'The range ends before it starts.' });")).toEqual([1]);
    expect(untranslatedIssueLines("issues.push({ field: 'to', message: 'The range ends before it starts.', zh: '结束日期早于开始日期。' });")).toEqual([]);
    expect(untranslatedIssueLines("throw new ApiError(400, 'malformed_body', [{ field: 'kind', message: 'kind must be photo or file' }]);")).toEqual([]);
  });

  it('answers in the caller’s language, English standing in where no Chinese was given', () => {
    const error = new InvalidInputError([
      { field: 'to', message: 'The range ends before it starts.', zh: '结束日期早于开始日期。' },
      { field: 'from', message: 'Only English here.' },
    ]);
    expect(error.issuesIn('zh')).toEqual([
      { field: 'to', message: '结束日期早于开始日期。' },
      { field: 'from', message: 'Only English here.' },
    ]);
    expect(error.issuesIn('en').map((i) => i.message)).toEqual(['The range ends before it starts.', 'Only English here.']);
    const filter = new InvalidReportFilterError([{ field: 'to', message: 'to must be later than from', zh: '结束时间须晚于开始时间。' }]);
    expect(filter.issuesIn('zh')[0]?.message).toBe('结束时间须晚于开始时间。');
  });

  it('names each schema misfit’s field without echoing the input', () => {
    const parsed = v.safeParse(v.object({ title: v.string(), seats: v.number() }), { title: 'x', seats: '<script>' });
    expect(parsed.success).toBe(false);
    const issues = schemaMisfits(parsed.issues ?? [], 20);
    expect(issues).toEqual([{ field: 'seats', message: 'Expected number', zh: '填写的内容不符合要求，请检查' }]);
    expect(schemaMisfits(parsed.issues ?? [], 0)).toEqual([]);
    expect(JSON.stringify(issues)).not.toContain('script');
  });
});
