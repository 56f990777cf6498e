// Adding a question type takes its module, its view and one line in each registry, and nothing else: a
// scratch copy of shared/, functions/ (and infra/, which the local launcher reads) gets a throw-away type (test/fixtures/question-type), compiles
// with the project's own tsc, and carries an answer through form, counters, report and report.csv.
// Leaving out the view's line, or a part of the module, does not compile.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test/fixtures/question-type');
const trees: string[] = [];

function edit(file: string, anchor: string, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(anchor)) throw new Error(`${file} no longer has ${anchor}: update the fixture's registry lines`);
  writeFileSync(file, text.replace(anchor, replacement));
}

/** A copy of shared/ and functions/ with the throw-away type's module and view, and its registry lines. */
function scratchTree(options: { viewLine: boolean; module?: (source: string) => string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'diancai-question-type-'));
  trees.push(dir);
  for (const top of ['shared', 'functions', 'infra']) cpSync(join(root, top), join(dir, top), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { include: string[] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['shared', 'functions', 'probe.tsx'] }));
  const module = readFileSync(join(fixture, 'yes-no.ts'), 'utf8');
  writeFileSync(join(dir, 'shared/question-types/yes-no.ts'), options.module ? options.module(module) : module);
  cpSync(join(fixture, 'yes-no-view.tsx'), join(dir, 'functions/question-views/yes-no.tsx'));
  cpSync(join(fixture, 'probe.tsx'), join(dir, 'probe.tsx'));
  // The one line in the domain's registry (and its import).
  const registry = join(dir, 'shared/question-types/registry.ts');
  edit(registry, "import { unitQuestion } from './unit.js';", "import { unitQuestion } from './unit.js';\nimport { yesNo } from './yes-no.js';");
  edit(registry, 'numberQuestion, unitQuestion] as const;', 'numberQuestion, unitQuestion, yesNo] as const;');
  if (options.viewLine) {
    // The one line in the views' registry (and its import).
    const views = join(dir, 'functions/question-views/registry.ts');
    edit(views, "import { unitView } from './unit.js';", "import { unitView } from './unit.js';\nimport { yesNoView } from './yes-no.js';");
    edit(views, '  unit: unitView,\n', '  unit: unitView,\n  yes_no: yesNoView,\n');
  }
  return dir;
}

function compile(dir: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

describe('a new question type', () => {
  it('Should need only its module, its view and a line in each registry to compile and to be answered, counted and reported', () => {
    // Prepare
    const dir = scratchTree({ viewLine: true });
    // Act
    const compiled = compile(dir);
    const probe = spawnSync(process.execPath, ['--import', 'tsx', 'probe.tsx'], { cwd: dir, encoding: 'utf8' });
    // Assess
    expect(compiled).toEqual({ ok: true, output: '' });
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual({
      definitionIssues: [],
      rendered: true,
      answers: { agree: 'yes' },
      deltas: { responses: 1, 'q.agree': 1, 'q.agree.o.yes': 1 },
      report: {
        questionId: 'agree',
        title: '同意吗',
        type: 'yes_no',
        answered: 1,
        options: [
          { id: 'yes', label: '是', labelEn: 'Yes', count: 1, share: 1 },
          { id: 'no', label: '否', labelEn: 'No', count: 0, share: 0 },
        ],
      },
      reportIsDocumented: true,
      csv: '第 1 题,同意吗,是非题,是,1,100.0%,,,,1',
      words: ['是'],
    });
  }, 240_000);

  it('Should not compile when its view is missing from the views registry', () => {
    const compiled = compile(scratchTree({ viewLine: false }));
    expect(compiled.ok).toBe(false);
    expect(compiled.output).toMatch(/functions\/question-views\/registry\.ts\(\d+,\d+\): error TS2741: Property 'yes_no' is missing/);
  }, 240_000);

  it('Should not compile when its module leaves out a part (its name)', () => {
    const compiled = compile(scratchTree({ viewLine: true, module: (source) => source.replace("  name: { zh: '是非题', en: 'Yes or no' },\n", '') }));
    expect(compiled.ok).toBe(false);
    expect(compiled.output).toMatch(/shared\/question-types\/yes-no\.ts\(\d+,\d+\): error TS2741: Property 'name' is missing/);
  }, 240_000);
});
