// The audit log as the admin page and its CSV read it: the newest 1,000 entries, filtered.
import { KNOWN_ACTIONS } from '../../shared/audit/audit-names.js';
import type { OrganizerDeps } from './deps.js';

/** Entries a person can read through: the newest 1,000, filtered by actor and action (empty: all). */
export async function filteredAudit(deps: OrganizerDeps, filter: { actor: string; action: string }) {
  const page = await deps.store.audit.list({ limit: 1000 });
  const entries = page.items.filter((e) => (!filter.actor || e.actor === filter.actor) && (!filter.action || e.action === filter.action));
  const actors = [...new Set(page.items.map((e) => e.actor))].sort();
  const actions = [...new Set([...KNOWN_ACTIONS, ...page.items.map((e) => e.action)])].sort();
  return { entries, actors, actions, filter };
}
