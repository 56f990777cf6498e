// Packages a function loads only when a request needs them (`await import(name)`), shipped beside its
// bundle as `node_modules/<name>` instead of inside it: a cold start then neither reads nor parses them.
// esbuild leaves them external (infra/bundling.ts); after bundling, CDK runs this file on the output
// folder, and each package the bundle imports is bundled on its own into that folder's node_modules,
// where Node's resolution from the bundle finds it. Code reaches one through its loader module only
// (exceljs: shared/kernel/exceljs.ts); the bundle test refuses a static import of one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * exceljs: with its dependencies about 1.1 MB minified, which every cold start of the organizer parsed
 * (about 100-200 ms at 1024 MB) although only .xlsx downloads and imports use it.
 */
export const ON_DEMAND_MODULES = [
  'exceljs',
  // The catalogue import's row-by-row .xlsx reader (shared/catalogue-admin/xlsx-rows.ts): about 150 KB.
  'jszip',
  'saxes',
  // Traditional-to-simplified folding for look-alike catalogue names (shared/catalogue-admin/lookalike-fold.ts).
  'opencc-js/t2cn',
  // Word files of briefings (shared/briefings/briefing-docx.ts): about 400 KB, for the public page's download.
  'docx',
  // Display-size copies of briefing photos, made when a briefing is published (shared/briefings/display-photos.ts).
  'jimp',
  // S3 (functions/http/s3-sdk.ts): the client, its presigned POST and GET and the streamed upload, about
  // 400 KB with their signers. The respondent (a 640 KB budget) needs them only for essays' files; the
  // organizer for record and export files. lib-storage and s3-presigned-post load the one shipped client.
  '@aws-sdk/client-s3',
  '@aws-sdk/s3-presigned-post',
  '@aws-sdk/s3-request-presigner',
  '@aws-sdk/lib-storage',
  // PDF metadata out of essays' blind copies (shared/essays/blind-copy.ts): about 500 KB.
  '@cantoo/pdf-lib',
] as const;

export type OnDemandModule = (typeof ON_DEMAND_MODULES)[number];

const repoRequire = createRequire(new URL('../package.json', import.meta.url));

/** How esbuild writes an on-demand load of a package into an ES module bundle. */
export function onDemandImport(name: string): string {
  return `import("${name}")`;
}

/**
 * The listed packages a bundle imports, on demand or not: a static import (which the bundle test
 * refuses) must still find its package at start-up rather than crash the function.
 */
export function onDemandModulesOf(bundleCode: string): OnDemandModule[] {
  return ON_DEMAND_MODULES.filter((name) => new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*)"${name}"`).test(bundleCode));
}

/** The package a specifier names (`opencc-js/t2cn` → `opencc-js`, `@scope/pkg/sub` → `@scope/pkg`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** Where a shipped specifier's code lies beside the bundle: the package root's `index.js`, a subpath's `<subpath>.js`. */
export function onDemandFile(outputDir: string, specifier: string): string {
  const subpath = specifier.slice(packageOf(specifier).length + 1);
  return join(outputDir, 'node_modules', packageOf(specifier), `${subpath || 'index'}.js`);
}

/** Bundles each package the output folder's bundle loads on demand into its node_modules; returns their specifiers. */
export function shipOnDemandModules(outputDir: string, target: string, bundleFile = 'index.mjs'): OnDemandModule[] {
  const shipped = onDemandModulesOf(readFileSync(join(outputDir, bundleFile), 'utf8'));
  const exportsOf = new Map<string, Record<string, string>>();
  for (const specifier of shipped) {
    const name = packageOf(specifier);
    const file = onDemandFile(outputDir, specifier);
    mkdirSync(dirname(file), { recursive: true });
    // CommonJS, as the package itself is: `import()` of it gives `default` = its exports, locally and in Lambda alike.
    // The S3 client stays one shipped copy: the presigner and lib-storage take the caller's client and
    // build its commands, which must be that client's own classes.
    const shared = shipped.filter((other) => other !== specifier && other === '@aws-sdk/client-s3');
    buildSync({ entryPoints: [repoRequire.resolve(specifier)], outfile: file, bundle: true, platform: 'node', format: 'cjs', target, minify: true, logLevel: 'error', external: shared });
    const entry = specifier === name ? '.' : `./${specifier.slice(name.length + 1)}`;
    exportsOf.set(name, { ...exportsOf.get(name), [entry]: `./${relative(join(outputDir, 'node_modules', name), file)}` });
  }
  for (const [name, exports] of exportsOf) {
    // Read from the file: a package's exports map may not export its package.json.
    const { version } = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string };
    // An exports map, so `import("pkg/sub")` resolves under ES module rules too (which never guess extensions).
    const main = exports['.'] ? { main: exports['.'] } : {};
    writeFileSync(join(outputDir, 'node_modules', name, 'package.json'), `${JSON.stringify({ name, version, private: true, ...main, exports })}\n`);
  }
  return shipped;
}

// `node --import tsx infra/on-demand-modules.ts <outputDir> <target>`: the hook CDK runs after esbuild.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [outputDir, target] = process.argv.slice(2);
  if (!outputDir || !target) throw new Error('usage: on-demand-modules.ts <outputDir> <esbuild target>');
  shipOnDemandModules(outputDir, target);
}
