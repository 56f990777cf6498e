// Packages a function loads only when a request needs them (`await import(name)`), shipped beside its
// bundle as `node_modules/<name>` instead of inside it: a cold start then neither reads nor parses them.
// esbuild leaves them external (infra/bundling.ts); after bundling, CDK runs this file on the output
// folder, and each package the bundle imports is bundled on its own into that folder's node_modules,
// where Node's resolution from the bundle finds it. Code reaches one through its loader module only
// (exceljs: shared/xlsx/exceljs.ts); the bundle test refuses a static import of one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * exceljs: with its dependencies about 1.1 MB minified, which every cold start of the organizer parsed
 * (about 100-200 ms at 1024 MB) although only .xlsx downloads and imports use it.
 */
export const ON_DEMAND_MODULES = ['exceljs'] as const;

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

/** Bundles each package the output folder's bundle loads on demand into its node_modules; returns their names. */
export function shipOnDemandModules(outputDir: string, target: string, bundleFile = 'index.mjs'): OnDemandModule[] {
  const shipped = onDemandModulesOf(readFileSync(join(outputDir, bundleFile), 'utf8'));
  for (const name of shipped) {
    const dir = join(outputDir, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    // CommonJS, as the package itself is: `import()` of it gives `default` = its exports, locally and in Lambda alike.
    buildSync({ entryPoints: [repoRequire.resolve(name)], outfile: join(dir, 'index.js'), bundle: true, platform: 'node', format: 'cjs', target, minify: true, logLevel: 'error' });
    const { version } = repoRequire(`${name}/package.json`) as { version: string };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, version, private: true, main: 'index.js' })}\n`);
  }
  return shipped;
}

// `node --import tsx infra/on-demand-modules.ts <outputDir> <target>`: the hook CDK runs after esbuild.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [outputDir, target] = process.argv.slice(2);
  if (!outputDir || !target) throw new Error('usage: on-demand-modules.ts <outputDir> <esbuild target>');
  shipOnDemandModules(outputDir, target);
}
