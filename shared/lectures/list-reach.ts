// What the lists a front-limited account opens keep (the lectures and unit links pages, the ledger,
// the workbench): the rows the one scope check (scope.ts) lets it reach, nothing else.
import type { Lecture } from './lecture-schema.js';
import { inScope, type AccountScope } from '../accounts/scope.js';

/** A lecture belongs to its host units: every one of them must lie in the account's fronts. */
export function lectureInReach(scope: AccountScope | undefined, lecture: Pick<Lecture, 'units'>): boolean {
  return inScope(scope, { kind: 'units', fronts: lecture.units.map((u) => u.front) });
}

export function unitInReach(scope: AccountScope | undefined, unit: { front: string }): boolean {
  return inScope(scope, { kind: 'units', fronts: [unit.front] });
}
