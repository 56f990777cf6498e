// The organizers' menus: compose from the catalogue while draft, publish (frozen), close.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { InvalidInputError, schemaMisfits, MenuFrozenError, MenuStatusError, RecordNotFoundError, type FieldIssue } from '../errors.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { MenuRepository } from './menu-store.js';
import { formatDistrictTime, parseDistrictTime } from '../kernel/zoned-time.js';
import { MenuInputSchema, type Menu, type MenuInput, type MenuItem } from './menu-schema.js';

export interface MenuDeps {
  menus: MenuRepository;
  catalogue: CatalogueRepository;
  clock: Clock;
  newId: IdGenerator;
  timeZone: string;
  /** Called after a publish or close, so the units' pages list what is open. */
  afterStatusChange?: (menu: Menu) => Promise<unknown>;
}

/** Organizer input that is not even a menu: every problem by field, never echoing the input. */
export function parseMenuInput(input: unknown): MenuInput {
  const parsed = v.safeParse(MenuInputSchema, input);
  if (parsed.success) return parsed.output;
  throw new InvalidInputError(schemaMisfits(parsed.issues, 20));
}

/** The menu's items with topic, theme and experts copied from the catalogue; every reference checked. */
function composeItems(catalogue: Catalogue, input: MenuInput, issues: FieldIssue[]): MenuItem[] {
  const seen = new Set<string>();
  return input.items.flatMap((item, i) => {
    const topic = catalogue.topics.find((t) => t.id === item.topicId);
    if (!topic || topic.retired) {
      issues.push({ field: `items.${i}.topicId`, message: 'Unknown or retired topic', zh: '专题不存在或已停用。' });
      return [];
    }
    if (seen.has(topic.id)) {
      issues.push({ field: `items.${i}.topicId`, message: 'The topic is already on the menu', zh: '这个专题已在菜单上。' });
      return [];
    }
    seen.add(topic.id);
    const experts = [...new Set(item.expertIds)].flatMap((expertId, j) => {
      const expert = catalogue.experts.find((e) => e.id === expertId);
      if (!expert || expert.retired) {
        issues.push({ field: `items.${i}.expertIds.${j}`, message: 'Unknown or retired expert', zh: '专家不存在或已停用。' });
        return [];
      }
      if (!expert.topics.includes(topic.id)) {
        issues.push({ field: `items.${i}.expertIds.${j}`, message: 'The expert does not teach this topic (see the expert pool)', zh: '这位专家不讲这个专题（见专家库）。' });
        return [];
      }
      return [{ id: expert.id, name: expert.name, ...(expert.nameEn ? { nameEn: expert.nameEn } : {}), title: expert.title, organisation: expert.organisation }];
    });
    const theme = catalogue.themes.find((t) => t.id === topic.theme);
    return [
      {
        topicId: topic.id,
        title: topic.title,
        ...(topic.titleEn ? { titleEn: topic.titleEn } : {}),
        ...(topic.summary ? { summary: topic.summary } : {}),
        ...(topic.summaryEn ? { summaryEn: topic.summaryEn } : {}),
        themeId: topic.theme,
        theme: theme?.name ?? topic.theme,
        experts,
      },
    ];
  });
}

async function buildMenu(deps: MenuDeps, input: unknown, base: Pick<Menu, 'id' | 'createdAt'>): Promise<Menu> {
  const parsed = parseMenuInput(input);
  const issues: FieldIssue[] = [];
  const deadline = parseDistrictTime(parsed.orderDeadline, deps.timeZone);
  if (!deadline) issues.push({ field: 'orderDeadline', message: 'Expected a time as YYYY-MM-DDTHH:mm (district time) or ISO 8601 with an offset', zh: '请填写有效的日期和时间，如 2026-03-01 09:30。' });
  const items = composeItems(await deps.catalogue.load(), parsed, issues);
  if (parsed.maxPicks > parsed.items.length) issues.push({ field: 'maxPicks', message: 'maxPicks is larger than the number of topics on the menu', zh: '每个单位可点的专题数多于菜单上的专题数。' });
  if (issues.length > 0) throw new InvalidInputError(issues);
  return {
    id: base.id,
    title: parsed.title,
    ...(parsed.intro ? { intro: parsed.intro } : {}),
    status: 'draft',
    orderDeadline: deadline!.toISOString(),
    maxPicks: parsed.maxPicks,
    formats: parsed.formats ?? [],
    items,
    createdAt: base.createdAt,
  };
}

export async function createMenu(deps: MenuDeps, input: unknown): Promise<Menu> {
  const menu = await buildMenu(deps, input, { id: deps.newId(), createdAt: deps.clock.now().toISOString() });
  await deps.menus.create(menu);
  return menu;
}

export async function getMenu(deps: Pick<MenuDeps, 'menus'>, menuId: string): Promise<Menu> {
  const menu = await deps.menus.get(menuId);
  if (!menu) throw new RecordNotFoundError('menu', menuId);
  return menu;
}

/** A draft's whole content, replaced; 409 once published. */
export async function replaceDraftMenu(deps: MenuDeps, menuId: string, input: unknown): Promise<Menu> {
  const current = await getMenu(deps, menuId);
  if (current.status !== 'draft') throw new MenuFrozenError(menuId, current.status);
  const menu = await buildMenu(deps, input, current);
  await deps.menus.replaceDraft(menu);
  return menu;
}

export async function publishMenu(deps: MenuDeps, menuId: string): Promise<Menu> {
  const current = await getMenu(deps, menuId);
  if (current.status !== 'draft') throw new MenuStatusError(menuId, current.status, 'published');
  if (Date.parse(current.orderDeadline) <= deps.clock.now().getTime()) {
    throw new InvalidInputError([{ field: 'orderDeadline', message: 'The ordering deadline has already passed', zh: '点单截止时间已过。' }]);
  }
  const menu: Menu = { ...current, status: 'published', publishedAt: deps.clock.now().toISOString() };
  await deps.menus.transition(menu, 'draft');
  await deps.afterStatusChange?.(menu);
  return menu;
}

export async function closeMenu(deps: MenuDeps, menuId: string): Promise<Menu> {
  const current = await getMenu(deps, menuId);
  if (current.status !== 'published') throw new MenuStatusError(menuId, current.status, 'closed');
  const menu: Menu = { ...current, status: 'closed', closedAt: deps.clock.now().toISOString() };
  await deps.menus.transition(menu, 'published');
  await deps.afterStatusChange?.(menu);
  return menu;
}

/** A menu as the API answers it: the deadline in district time, as the contract wants times. */
export function menuView(menu: Menu, timeZone: string) {
  const { id, ...rest } = menu;
  return { menuId: id, ...rest, orderDeadline: formatDistrictTime(menu.orderDeadline, timeZone) };
}

/** Open for requests: published and before its deadline. */
export function takesRequests(menu: Menu, now: Date): boolean {
  return menu.status === 'published' && now.getTime() < Date.parse(menu.orderDeadline);
}
