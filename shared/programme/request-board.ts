// The request board (点单汇总): every unit's current request for a menu, the demand per topic and who has not ordered.
import { unitContact, type Catalogue, type UnitContact, type UnitRecord } from '../catalogue/catalogue-schema.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { MenuRepository } from './menu-store.js';
import type { RequestRepository } from './request-store.js';
import { getMenu } from './manage-menus.js';
import type { Menu } from './menu-schema.js';
import type { CurrentRequest } from './request-schema.js';

export interface BoardDeps {
  menus: MenuRepository;
  requests: RequestRepository;
  catalogue: CatalogueRepository;
}

export interface BoardFilter {
  front?: string;
  topic?: string;
}

export interface BoardRow extends CurrentRequest {
  unitName: string;
  frontId?: string;
  frontName?: string;
}

export interface TopicDemand {
  topicId: string;
  title: string;
  theme: string;
  /** Requests that picked the topic at any rank. */
  requests: number;
  firstChoices: number;
  /** Sum over requests of audience / rank: a first choice of 100 people weighs 100, a second choice 50. */
  weighted: number;
}

export interface SilentFront {
  frontId: string;
  frontName: string;
  units: { id: string; name: string; contact?: UnitContact }[];
}

export interface RequestBoard {
  menu: Menu;
  rows: BoardRow[];
  demand: TopicDemand[];
  notOrdered: SilentFront[];
  totals: { units: number; ordered: number; audience: number };
}

/** Units grouped by front in catalogue order, each group named. */
export function groupByFront<T extends { id: string; name: string; front: string } & Partial<Pick<UnitRecord, 'contactName' | 'contactPhone'>>>(catalogue: Catalogue, units: readonly T[]): SilentFront[] {
  const groups = new Map<string, SilentFront>();
  for (const front of catalogue.fronts) groups.set(front.id, { frontId: front.id, frontName: front.name, units: [] });
  for (const unit of units) {
    const group = groups.get(unit.front) ?? { frontId: unit.front, frontName: unit.front, units: [] };
    groups.set(unit.front, group);
    const contact = unitContact(unit);
    group.units.push({ id: unit.id, name: unit.name, ...(contact ? { contact } : {}) });
  }
  return [...groups.values()].filter((g) => g.units.length > 0);
}

export function topicDemand(menu: Menu, requests: readonly CurrentRequest[]): TopicDemand[] {
  const demand = new Map(menu.items.map((item) => [item.topicId, { topicId: item.topicId, title: item.title, theme: item.theme, requests: 0, firstChoices: 0, weighted: 0 }]));
  for (const request of requests) {
    if (request.status === 'declined') continue;
    request.picks.forEach((pick, index) => {
      const d = demand.get(pick.topicId);
      if (!d) return;
      d.requests += 1;
      if (index === 0) d.firstChoices += 1;
      d.weighted += request.audience / (index + 1);
    });
  }
  return [...demand.values()].map((d) => ({ ...d, weighted: Math.round(d.weighted) })).sort((a, b) => b.weighted - a.weighted || b.requests - a.requests);
}

/** Reads the menu, the catalogue and one item per unit that ordered: cost grows with units, never with versions. */
export async function requestBoard(deps: BoardDeps, menuId: string, filter: BoardFilter = {}): Promise<RequestBoard> {
  const [menu, requests, catalogue] = await Promise.all([getMenu(deps, menuId), deps.requests.listCurrent(menuId), deps.catalogue.load()]);
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  const fronts = new Map(catalogue.fronts.map((f) => [f.id, f]));
  const rows: BoardRow[] = requests.map((request) => {
    const unit = units.get(request.unitId);
    const front = unit ? fronts.get(unit.front) : undefined;
    return { ...request, unitName: unit?.name ?? request.unitId, ...(unit ? { frontId: unit.front } : {}), ...(front ? { frontName: front.name } : {}) };
  });
  rows.sort((a, b) => (a.frontId ?? '').localeCompare(b.frontId ?? '') || a.unitName.localeCompare(b.unitName, 'zh'));
  const filtered = rows.filter((r) => (!filter.front || r.frontId === filter.front) && (!filter.topic || r.picks.some((p) => p.topicId === filter.topic)));
  const ordered = new Set(requests.map((r) => r.unitId));
  const silent = catalogue.units.filter((u) => !u.retired && !ordered.has(u.id) && (!filter.front || u.front === filter.front));
  return {
    menu,
    rows: filtered,
    demand: topicDemand(menu, filtered),
    notOrdered: groupByFront(catalogue, silent),
    totals: { units: catalogue.units.filter((u) => !u.retired).length, ordered: ordered.size, audience: filtered.reduce((sum, r) => sum + (r.status === 'declined' ? 0 : r.audience), 0) },
  };
}
