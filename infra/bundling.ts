// How every function is bundled, defined once: the CDK stack and the bundle-size bench both read it.
import { fileURLToPath } from 'node:url';
import { LogLevel, OutputFormat, type BundlingOptions, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { ON_DEMAND_MODULES } from './on-demand-modules.js';

/** The repository root: entries, lock file and tsconfig are found from here, whatever the cwd. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// ESM output lets esbuild drop the SDK code a function never calls; some SDK dependencies still
// call `require`, which an ES module does not have, hence the banner.
const requireBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

export const bundleSettings = {
  target: 'node22',
  minify: true,
  sourceMap: true,
  // Stack traces get file and line through --enable-source-maps; the sources themselves need not ship.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: requireBanner,
  // Bundle the AWS SDK too (the runtime's copy is not tree-shaken and its version drifts); only the
  // packages loaded on demand stay out, shipped beside the bundle instead (infra/on-demand-modules.ts).
  externalModules: [...ON_DEMAND_MODULES] as string[],
  // Lambda's credentials are in the environment: the SDK's default chain is swapped for that one
  // provider (infra/lambda-credentials.ts).
  alias: { '@aws-sdk/credential-provider-node': `${repoRoot}infra/lambda-credentials.ts` },
  tsconfig: `${repoRoot}tsconfig.json`,
  outputFile: 'index.mjs',
} as const;

/**
 * esbuild writes each source map path relative to the output folder, which CDK puts under the
 * synth's output directory: the same code synthesized into another folder would get another map,
 * another asset hash, and a needless function update on deploy. After bundling, the paths are
 * rewritten relative to the repository root, so the asset depends on the code alone.
 */
export function sourceMapPathsCommand(outputDir: string): string {
  const script = [
    "const fs=require('fs'),path=require('path');",
    'const [file,root]=process.argv.slice(1);',
    "const map=JSON.parse(fs.readFileSync(file,'utf8'));",
    "map.sources=map.sources.map((s)=>path.relative(root,path.resolve(path.dirname(file),s)).split(path.sep).join('/'));",
    'fs.writeFileSync(file,JSON.stringify(map));',
  ].join('');
  return `node -e "${script}" "${outputDir}/${bundleSettings.outputFile}.map" "${repoRoot}"`;
}

/** Bundles each package the function loads on demand into the output's node_modules (infra/on-demand-modules.ts). */
export function onDemandModulesCommand(outputDir: string): string {
  // From the repository root, where `--import tsx` resolves; esbuild is the same local one.
  return `cd "${repoRoot}" && node --import tsx infra/on-demand-modules.ts "${outputDir}" ${bundleSettings.target}`;
}

const commandHooks: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir, outputDir) => [sourceMapPathsCommand(outputDir), onDemandModulesCommand(outputDir)],
};

/** The settings as NodejsFunction takes them: local esbuild, never Docker. */
export function nodejsBundling(): BundlingOptions {
  return {
    target: bundleSettings.target,
    minify: bundleSettings.minify,
    sourceMap: bundleSettings.sourceMap,
    sourcesContent: bundleSettings.sourcesContent,
    mainFields: [...bundleSettings.mainFields],
    banner: bundleSettings.banner,
    externalModules: bundleSettings.externalModules,
    bundleAwsSDK: true,
    esbuildArgs: Object.fromEntries(Object.entries(bundleSettings.alias).map(([from, to]) => [`--alias:${from}`, to])),
    tsconfig: bundleSettings.tsconfig,
    format: OutputFormat.ESM,
    forceDockerBundling: false,
    logLevel: LogLevel.ERROR,
    commandHooks,
  };
}

/** The same settings for esbuild's own API, as the bench builds each bundle. */
export function esbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile: `${outdir}/${bundleSettings.outputFile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: bundleSettings.target,
    minify: bundleSettings.minify,
    sourcemap: bundleSettings.sourceMap,
    sourcesContent: bundleSettings.sourcesContent,
    mainFields: [...bundleSettings.mainFields],
    banner: { js: bundleSettings.banner },
    external: bundleSettings.externalModules,
    alias: { ...bundleSettings.alias },
    tsconfig: bundleSettings.tsconfig,
    logLevel: 'error',
  };
}
