// What a unit sees on its own page: its surveys (answered or not), its menus and its requests.
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { CounterRepository } from '../survey/counter-store.js';
import type { DirectoryRepository } from '../unit-links/directory-store.js';
import type { RequestRepository } from './request-store.js';
import { openToUnit } from '../unit-links/public-directory-schema.js';
import type { CurrentRequest } from './request-schema.js';
import { resolveUnitLink, type ResolvedUnit, type UnitLinkDeps } from '../unit-links/unit-links.js';

export interface UnitHomeDeps extends UnitLinkDeps {
  directory: DirectoryRepository;
  counters: CounterRepository;
  requests: RequestRepository;
}

export interface UnitHome extends ResolvedUnit {
  surveys: { id: string; title: string; titleEn?: string; responses: number; lastResponseAt?: string }[];
  menus: { id: string; title: string; status: 'published' | 'closed'; orderDeadline: string; request?: CurrentRequest }[];
}

/** One read per survey and per menu (the unit's own counter item and request), never a scan. */
export async function unitHome(deps: UnitHomeDeps, key: unknown): Promise<UnitHome> {
  const resolved = await resolveUnitLink(deps, key);
  const unitId = resolved.unit.id;
  const directory = await deps.directory.get();
  const open = directory.surveys.filter((s) => openToUnit(s, resolved.unit));
  const [surveys, menus] = await Promise.all([
    Promise.all(
      open.map(async (s) => {
        const counters = await deps.counters.readUnit(s.id, unitId);
        return {
          id: s.id,
          title: s.title,
          ...(s.titleEn ? { titleEn: s.titleEn } : {}),
          responses: counters?.counters[RESPONSES_COUNTER] ?? 0,
          ...(counters?.lastResponseAt ? { lastResponseAt: counters.lastResponseAt } : {}),
        };
      }),
    ),
    Promise.all(
      directory.menus.map(async (m) => {
        const request = await deps.requests.current(m.id, unitId);
        return { ...m, ...(request ? { request } : {}) };
      }),
    ),
  ]);
  // A closed menu the unit never ordered from is of no interest to it.
  return { ...resolved, surveys, menus: menus.filter((m) => m.status === 'published' || m.request) };
}
