// What the briefings' API and page routes hand the domain (shared/briefings/manage-briefings.ts).
import type { BriefingDeps } from '../../shared/briefings/manage-briefings.js';
import type { OrganizerDeps } from './deps.js';

export function briefingDeps(deps: OrganizerDeps): BriefingDeps {
  return { briefings: deps.store.briefings, events: deps.store.events, records: deps.store.records, files: deps.recordFiles, clock: deps.clock, newId: deps.newId };
}
