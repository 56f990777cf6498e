// The same code gives the same asset, wherever synthesis writes: two synths into folders at
// different depths must bundle the function under one hash (else every deploy updates it).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respondentFunction } from '../../infra/function-specs.js';
import { deployedFunction } from './support/function-env.js';
import { synthDistricts, testDistricts } from './support/synth-districts.js';

function bundleOnce(outdir: string) {
  mkdirSync(outdir, { recursive: true });
  const synth = synthDistricts({ bundle: true, districts: [testDistricts[1] as (typeof testDistricts)[0]], functions: [respondentFunction], outdir });
  const fn = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', respondentFunction.id);
  const code = synth.template('beta').findResources('AWS::Lambda::Function')[fn.logicalId]?.Properties.Code.S3Key as string;
  return { code, sources: (JSON.parse(readFileSync(`${fn.handlerFile}.map`, 'utf8')) as { sources: string[] }).sources };
}

describe('Deterministic assets', () => {
  it('Should give the respondent bundle one hash whether synthesized into a shallow or a deep folder, with repository-relative source map paths', () => {
    const root = mkdtempSync(join(tmpdir(), 'diancai-hash-'));
    const shallow = bundleOnce(join(root, 'a'));
    const deep = bundleOnce(join(root, 'b', 'c', 'd', 'e'));
    expect(deep.code).toBe(shallow.code);
    expect(deep.sources).toEqual(shallow.sources);
    expect(shallow.sources).toContain('functions/respondent/handler.ts');
    expect(shallow.sources.filter((s) => s.startsWith('..') || s.startsWith('/'))).toEqual([]);
  }, 300_000);
});
