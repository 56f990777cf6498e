// Holds the tree to its floors (test/support/floors.ts), and shows on a fixture that the check catches
// each kind of wrong import.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLOORS } from '../support/floors.js';
import { importSpecifiers, layeringViolations } from '../support/import-floors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const fixture = fileURLToPath(new URL('../fixtures/layering', import.meta.url));

describe('the floors', () => {
  it('Should find no import in shared/ or functions/ that climbs a floor, crosses a neighbour or reaches the adapter from the domain', () => {
    expect(layeringViolations(root, FLOORS)).toEqual([]);
  });

  it('Should catch, in its fixture, each kind of wrong import and pass the right ones', () => {
    // Act
    const found = layeringViolations(fixture, FLOORS).sort();
    // Assess
    expect(found).toEqual([
      'functions/question-views/view.ts imports functions/organizer/page.ts: functions/question-views/ may not import functions/organizer/',
      expect.stringMatching(/^shared\/accounts\/account\.ts imports shared\/catalogue-admin\/rows\.ts: shared\/accounts and shared\/catalogue-admin share floor \d+ and may not import each other$/),
      expect.stringMatching(/^shared\/kernel\/climb\.ts imports shared\/survey\/schema\.ts: climbs from shared\/kernel \(floor 0\) to shared\/survey \(floor \d+\)$/),
      expect.stringMatching(/^shared\/kernel\/reexport\.ts imports shared\/report\/to-functions\.ts: climbs from shared\/kernel \(floor 0\) to shared\/report \(floor \d+\)$/),
      expect.stringMatching(/^shared\/kernel\/reexport\.ts imports shared\/survey\/schema\.ts: climbs from shared\/kernel \(floor 0\) to shared\/survey \(floor \d+\)$/),
      'shared/report/to-functions.ts imports functions/http/status.ts: shared/ may not import functions/ or infra/',
      'shared/responses/submit.ts imports shared/storage/dynamodb/store.ts: only the adapter and the composition roots import shared/storage/',
      'shared/wild/stray.ts is on no floor: add its folder to the table',
    ]);
  });

  it('Should read static, type-only, re-exporting, multi-line and dynamic imports, and skip commented ones', () => {
    const source = [
      "import * as v from 'valibot';",
      "import type { A } from './a.js';",
      'import {',
      '  B,',
      "} from '../b.js';",
      "export { C } from './c.js';",
      "export * from './d.js';",
      "const e = () => import('./e.js');",
      "// import { F } from './f.js';",
      "/* import { G } from './g.js'; */",
      "const url = 'https://example.org/x'; import { H } from './h.js';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', './h.js', 'valibot']);
  });
});
