// Route files are leaves: a page route never borrows logic from an API route file, route files hardly
// import each other, and only an app registers them. Logic two routes share lives in shared/ (the
// domain) or in a small functions/ module named for what it holds.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The only imports allowed from one route file to another: the accounts page's renderer, shared by the account forms. */
const ALLOWED_BETWEEN_ROUTES = new Set(['functions/organizer/routes/account-actions.tsx -> functions/organizer/routes/account-pages.tsx']);

const isRouteFile = (path: string) => /^functions\/[^/]+\/routes\/[^/]+\.tsx?$/.test(path);
const isApiRouteFile = (path: string) => isRouteFile(path) && /-api\.tsx?$/.test(path);
const isApp = (path: string) => /^functions\/[^/]+\/app\.ts$/.test(path);

/** Relative import specifiers of a source file (static, re-exports and dynamic), resolved to repository paths. */
function importsOf(path: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => normalize(join(dirname(path), s)).replace(/\.js$/, '.ts'));
}

/** A `.js` specifier names a `.ts` or `.tsx` file: the one that exists in the file set. */
function resolveIn(files: ReadonlyMap<string, string>, target: string): string {
  return files.has(target) ? target : target.replace(/\.ts$/, '.tsx');
}

/** Every import that breaks the rule, as "importer -> imported: why". */
export function routeImportProblems(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, source] of files) {
    for (const target of importsOf(path, source).map((t) => resolveIn(files, t))) {
      if (!isRouteFile(target)) continue;
      const pair = `${path} -> ${target}`;
      if (isRouteFile(path)) {
        if (isApiRouteFile(target)) problems.push(`${pair}: a route borrows from an API route file`);
        else if (!ALLOWED_BETWEEN_ROUTES.has(pair)) problems.push(`${pair}: route files do not import each other`);
      } else if (!isApp(path)) {
        problems.push(`${pair}: only an app registers route files`);
      }
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('imports of route files', () => {
  it('Should find a page route borrowing from an API route file, route files importing each other and a module importing a route file', () => {
    // Prepare: a fixture tree with one import of each kind that breaks the rule.
    const fixture = new Map([
      ['functions/organizer/routes/report-pages.tsx', "import { cutReportFilter } from './reports-api.js';\nimport { pageContext } from '../page-context.js';"],
      ['functions/organizer/routes/reports-api.ts', "import { csvResponse } from '../csv-response.js';"],
      ['functions/organizer/routes/lecture-pages.tsx', "import { lecturesPage } from './programme-pages.js';"],
      ['functions/organizer/routes/programme-pages.tsx', ''],
      ['functions/organizer/confirm-first.tsx', "import { pageContext } from './routes/dashboard-pages.js';"],
      ['functions/organizer/routes/dashboard-pages.tsx', ''],
      ['functions/organizer/app.ts', "import { reportsApi } from './routes/reports-api.js';"],
    ]);
    // Act
    const problems = routeImportProblems(fixture);
    // Assess: the app may register routes; everything else is named.
    expect(problems).toEqual([
      'functions/organizer/routes/report-pages.tsx -> functions/organizer/routes/reports-api.ts: a route borrows from an API route file',
      'functions/organizer/routes/lecture-pages.tsx -> functions/organizer/routes/programme-pages.tsx: route files do not import each other',
      'functions/organizer/confirm-first.tsx -> functions/organizer/routes/dashboard-pages.tsx: only an app registers route files',
    ]);
  });

  it('Should find no such import in functions/', () => {
    const files = new Map(sourceFiles('functions').map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));
    expect(files.size).toBeGreaterThan(100);
    expect(routeImportProblems(files)).toEqual([]);
    // The one allowed import between route files is still there (else the allowance should go).
    const imported = [...files].flatMap(([path, source]) => importsOf(path, source).map((t) => `${path} -> ${resolveIn(files, t)}`));
    expect(imported.filter((pair) => ALLOWED_BETWEEN_ROUTES.has(pair))).toEqual([...ALLOWED_BETWEEN_ROUTES]);
  });
});
