// The demo's programme: every unit's link, a published menu and a few requests, so `npm start` shows the boards.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../kernel/clock.js';
import type { Menu } from '../programme/menu-schema.js';
import { refreshDirectory } from '../programme/public-directory.js';
import { requestIdOf } from '../programme/request-schema.js';
import { newUnitKey } from '../unit-links/unit-links.js';
import type { AccountRepository } from '../accounts/account-store.js';
import type { DirectoryRepository } from '../unit-links/directory-store.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { RequestRepository } from '../programme/request-store.js';
import type { SurveyAdminRepository } from '../survey-admin/survey-admin-store.js';
import type { UnitKeyRepository } from '../unit-links/unit-key-store.js';
import { demoCatalogue } from './demo-catalogue.js';

export const DEMO_MENU_ID = 'demo-menu';

export interface ProgrammeSeedDeps {
  unitKeys: UnitKeyRepository;
  menus: MenuRepository;
  requests: RequestRepository;
  directory: DirectoryRepository;
  surveyAdmin: SurveyAdminRepository;
  accounts: Pick<AccountRepository, 'get'>;
  clock: Clock;
}

function demoMenu(now: Date): Menu {
  const topic = (id: string, expertIds: string[]) => {
    const t = demoCatalogue.topics.find((x) => x.id === id)!;
    const theme = demoCatalogue.themes.find((x) => x.id === t.theme)!;
    return {
      topicId: t.id,
      title: t.title,
      ...(t.titleEn ? { titleEn: t.titleEn } : {}),
      ...(t.summary ? { summary: t.summary } : {}),
      themeId: t.theme,
      theme: theme.name,
      experts: expertIds.map((e) => {
        const x = demoCatalogue.experts.find((y) => y.id === e)!;
        return { id: x.id, name: x.name, ...(x.nameEn ? { nameEn: x.nameEn } : {}), title: x.title, organisation: x.organisation };
      }),
    };
  };
  const deadline = new Date(now.getTime() + 30 * 24 * 3600 * 1000);
  return {
    id: DEMO_MENU_ID,
    title: '理论超市 · 本期宣讲菜单',
    intro: '请各单位按需点单，每个单位最多选择 3 个课题，按优先顺序排列。',
    status: 'published',
    orderDeadline: deadline.toISOString(),
    maxPicks: 3,
    formats: ['lecture', 'seminar', 'site-visit', 'online'],
    items: [
      topic('t-party-history', ['e-wang']),
      topic('t-ecology', ['e-zhang']),
      topic('t-urban-governance', ['e-li']),
      topic('t-elderly-care', ['e-zhao']),
      topic('t-digital', ['e-chen', 'e-liu']),
      topic('t-employment', ['e-liu']),
    ],
    createdAt: now.toISOString(),
    publishedAt: now.toISOString(),
  };
}

/** Issues a key to every demo unit, publishes the demo menu and files four units' requests. */
export async function seedDemoProgramme(deps: ProgrammeSeedDeps): Promise<void> {
  const now = deps.clock.now();
  for (const unit of demoCatalogue.units) await deps.unitKeys.issue(unit.id, newUnitKey(), now.toISOString());
  const menu = demoMenu(now);
  // A seed interrupted half-way runs again: the menu and its requests may already be there.
  if (await deps.menus.get(menu.id)) return void (await refreshDirectory(deps));
  await deps.menus.create(menu);
  const requests: [string, { topicId: string; expertId?: string }[], number][] = [
    ['dongfeng-st', [{ topicId: 't-party-history', expertId: 'e-wang' }, { topicId: 't-urban-governance' }], 120],
    ['education', [{ topicId: 't-digital', expertId: 'e-liu' }, { topicId: 't-employment' }], 60],
    ['health', [{ topicId: 't-elderly-care', expertId: 'e-zhao' }], 45],
    ['commerce', [{ topicId: 't-digital', expertId: 'e-chen' }, { topicId: 't-party-history' }, { topicId: 't-ecology' }], 80],
  ];
  for (const [unitId, picks, audience] of requests) {
    await deps.requests.submit(
      {
        requestId: requestIdOf(menu.id, unitId),
        menuId: menu.id,
        unitId,
        version: 1,
        submissionId: randomUUID(),
        submittedAt: now.toISOString(),
        picks,
        audience,
        contact: { name: '联络员', phone: '022-00000000' },
        format: 'lecture',
        preferredTimes: ['tue-pm', 'thu-pm'],
      },
      undefined,
    );
  }
  await refreshDirectory(deps);
}
