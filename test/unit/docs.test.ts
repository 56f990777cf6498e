// The documents by reader: a short README, links in README.md and docs/*.md that resolve (files and
// #headings), and an organizer's guide that names every page of the dashboard's menu, read from the menu itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_MENU } from '../../functions/organizer/pages/dashboard-layout.js';
import { dashboardMessages } from '../../shared/i18n/dashboard-messages.js';
import { workbenchMessages } from '../../shared/i18n/workbench-messages.js';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = join(ROOT, 'docs/organizer-guide.zh.md');

/** README.md and every Markdown file under docs/. */
function documents(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, 'docs', name));
  return [join(ROOT, 'README.md'), ...docs];
}

/** The text with fenced code blocks blanked (their lines kept, so line numbers still point right). */
function outsideCode(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** A heading's anchor as GitHub makes it: lower case, punctuation and symbols dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function headings(text: string): string[] {
  return outsideCode(text)
    .map((line) => /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1])
    .filter((h): h is string => h !== undefined);
}

/** Every anchor of a document, duplicates numbered as GitHub numbers them (`name`, `name-1`, …). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const heading of headings(text)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

interface Link {
  line: number;
  target: string;
}

/** Inline links `[text](target)` outside code; images too. */
function links(text: string): Link[] {
  const found: Link[] = [];
  outsideCode(text).forEach((line, index) => {
    const prose = line.replace(/`[^`]*`/g, '``');
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ line: index + 1, target: match[1]! });
  });
  return found;
}

/**
 * The links of one document that do not resolve: a relative path to no file, or a #fragment naming no
 * heading of its Markdown target. Web addresses are left alone (no network here).
 */
function brokenLinks(file: string, text: string, read: (path: string) => string | undefined): string[] {
  const broken: string[] = [];
  for (const { line, target } of links(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [path, fragment] = target.split('#', 2) as [string, string | undefined];
    const targetFile = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    const where = `${relative(ROOT, file)}:${line} → ${target}`;
    const content = read(targetFile);
    if (content === undefined) {
      broken.push(`${where} (no such file)`);
      continue;
    }
    if (fragment !== undefined && targetFile.endsWith('.md') && !anchors(content).has(decodeURIComponent(fragment))) broken.push(`${where} (no such heading)`);
  }
  return broken;
}

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/** A heading that names a page: exactly the label, or the label followed by a note such as （在“更多”里）. */
function namesPage(heading: string, label: string): boolean {
  return heading === label || (heading.startsWith(label) && /^[\s（(：:·—-]/.test(heading.slice(label.length)));
}

describe('the documents', () => {
  it('Should keep the README to at most 200 lines', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    expect(lines).toBeLessThanOrEqual(200);
  });

  it('Should resolve every relative link of README.md and docs/*.md, to a file and to a heading of it', () => {
    const files = documents();
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['README.md', 'docs/organizer-guide.zh.md', 'docs/operations.md', 'docs/api.md', 'docs/architecture.md']),
    );
    const broken = files.flatMap((file) => brokenLinks(file, readFileSync(file, 'utf8'), readIfExists));
    expect(broken).toEqual([]);
  });

  it('Should report a link to a missing file or a missing heading (the checker on a fixture)', () => {
    const fixture = join(ROOT, 'docs/fixture.md');
    const text = ['# 标题（一）', '## Where things live', '```', '[in code](nowhere.md)', '```', '[ok](#标题一) [ok](#where-things-live) [ok](../README.md#what-npm-start-does)', '[gone](missing.md) [gone](#nothing-here) [web](https://example.org/x)'].join('\n');
    const files = new Map([[fixture, text], [join(ROOT, 'README.md'), '## What `npm start` does\n']]);
    expect(brokenLinks(fixture, text, (path) => files.get(path))).toEqual(['docs/fixture.md:7 → missing.md (no such file)', 'docs/fixture.md:7 → #nothing-here (no such heading)']);
  });

  it('Should name every page of the dashboard menu in a heading of the organizer’s guide, and the menu’s own words in it', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const titles = headings(guide);
    const nav = workbenchMessages('zh');
    const pages = [...DASHBOARD_MENU.map((item) => nav.nav[item.label]), nav.nav.myAccount];
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((label) => !titles.some((title) => namesPage(title, label)))).toEqual([]);
    const words = [nav.menu, nav.more, nav.account, dashboardMessages('zh').signOut, dashboardMessages('zh').appName];
    expect(words.filter((word) => !guide.includes(word))).toEqual([]);
  });

  it('Should tell a page heading from a longer one that starts with the same words', () => {
    expect(namesPage('宣讲', '宣讲')).toBe(true);
    expect(namesPage('宣讲统计（在“更多”里）', '宣讲统计')).toBe(true);
    expect(namesPage('宣讲统计（在“更多”里）', '宣讲')).toBe(false);
    expect(namesPage('问卷模板（在“更多”里）', '问卷')).toBe(false);
  });
});
