// The organizers' programme API: unit links, menus, the request board and who has not answered.
import { closeMenu, createMenu, getMenu, menuView, publishMenu, replaceDraftMenu } from '../../../shared/programme/manage-menus.js';
import { refreshDirectory } from '../../../shared/programme/public-directory.js';
import { requestBoard, type RequestBoard } from '../../../shared/programme/request-board.js';
import { requestKey, setRequestStatus } from '../../../shared/programme/request-status.js';
import { reminderText, statusBoard } from '../../../shared/programme/status-board.js';
import { issueUnitKey, unitPageUrl } from '../../../shared/unit-links/unit-links.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { directoryDeps, menuDeps, publicBase, shareUrl, unitLinksInReach } from '../survey-admin-deps.js';
import { csvResponse } from '../csv-response.js';
import { boardFilter } from '../query-filters.js';
import { requestBoardCsv, statusBoardCsv, unitLinksCsv } from '../../../shared/programme/programme-csv.js';
import { noticeOf } from '../notify.js';

/** The board as JSON: the contract's fields first (requestId, unitId, picks, audience, status), then the rest. */
export function boardJson(board: RequestBoard, timeZone: string) {
  const time = (iso?: string) => (iso ? formatDistrictTime(iso, timeZone) : undefined);
  return {
    menu: menuView(board.menu, timeZone),
    requests: board.rows.map((r) => ({
      requestId: r.requestId,
      unitId: r.unitId,
      picks: r.picks,
      audience: r.audience,
      status: r.status,
      ...(r.statusReason ? { statusReason: r.statusReason } : {}),
      unitName: r.unitName,
      ...(r.frontId ? { front: r.frontId, frontName: r.frontName } : {}),
      contact: r.contact,
      ...(r.format ? { format: r.format } : {}),
      ...(r.manner ? { manner: r.manner } : {}),
      ...(r.preferredTimes ? { preferredTimes: r.preferredTimes } : {}),
      ...(r.note ? { note: r.note } : {}),
      version: r.version,
      submittedAt: time(r.submittedAt),
    })),
    demand: board.demand,
    notOrdered: board.notOrdered,
    totals: board.totals,
  };
}

export function programmeApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const linkDeps = { unitKeys: deps.store.unitKeys, catalogueRecords: deps.store.catalogueRecords, clock: deps.clock };
  const boardDeps = { menus: deps.store.menus, requests: deps.store.requests, catalogue: deps.store.catalogue };
  const statusDeps = { surveys: deps.store.surveys, counters: deps.store.counters, catalogue: deps.store.catalogue, surveyAdmin: deps.store.surveyAdmin, accounts: deps.store.accounts };

  register(app, deps, 'POST /api/units/:unitId/key', async (c) => {
    const unitId = pathId(c, 'unitId', 'unit');
    const record = await issueUnitKey(linkDeps, unitId);
    // The key itself stays out of the audit log: the log is readable by every admin, the link is the unit's secret.
    await audit(deps, c, 'unit.key.issue', unitId);
    return c.json({ unitId, key: record.key, url: unitPageUrl(publicBase(deps, c.req.url), record.key), issuedAt: formatDistrictTime(record.issuedAt, deps.timeZone) });
  });

  register(app, deps, 'GET /api/unit-links', async (c) => {
    await refreshDirectory(directoryDeps(deps));
    return c.json({ units: await unitLinksInReach(deps, c) });
  });

  register(app, deps, 'GET /api/unit-links.csv', async (c) => {
    return csvResponse(c, '单位专属链接.csv', unitLinksCsv(await unitLinksInReach(deps, c)));
  });

  register(app, deps, 'GET /api/menus', async (c) => c.json({ menus: (await deps.store.menus.list()).map((m) => menuView(m, deps.timeZone)) }));

  register(app, deps, 'POST /api/menus', async (c) => {
    const menu = await createMenu(menuDeps(deps), c.req.valid('json'));
    await audit(deps, c, 'menu.create', menu.id);
    return c.json(menuView(menu, deps.timeZone), 201);
  });

  register(app, deps, 'GET /api/menus/:menuId', async (c) => c.json(menuView(await getMenu(deps.store, pathId(c, 'menuId', 'menu')), deps.timeZone)));

  register(app, deps, 'PUT /api/menus/:menuId', async (c) => {
    const menuId = pathId(c, 'menuId', 'menu');
    const menu = await replaceDraftMenu(menuDeps(deps), menuId, c.req.valid('json'));
    await audit(deps, c, 'menu.edit', menuId);
    return c.json(menuView(menu, deps.timeZone));
  });

  for (const [key, action, run] of [
    ['POST /api/menus/:menuId/publish', 'menu.publish', publishMenu],
    ['POST /api/menus/:menuId/close', 'menu.close', closeMenu],
  ] as const) {
    register(app, deps, key, async (c) => {
      const menuId = pathId(c, 'menuId', 'menu');
      const menu = await run(menuDeps(deps), menuId);
      await audit(deps, c, action, menuId);
      if (action === 'menu.publish') await noticeOf.menuPublished(deps, c, menu);
      return c.json(menuView(menu, deps.timeZone));
    });
  }

  register(app, deps, 'GET /api/menus/:menuId/requests', async (c) => {
    const board = await requestBoard(boardDeps, pathId(c, 'menuId', 'menu'), boardFilter(c.req.valid('query')));
    return c.json(boardJson(board, deps.timeZone));
  });

  register(app, deps, 'GET /api/menus/:menuId/requests.csv', async (c) => {
    const board = await requestBoard(boardDeps, pathId(c, 'menuId', 'menu'), boardFilter(c.req.valid('query')));
    return csvResponse(c, `${board.menu.title}-点单汇总.csv`, requestBoardCsv(board, deps.timeZone));
  });

  register(app, deps, 'GET /api/requests/:requestId/versions', async (c) => {
    const { menuId, unitId } = requestKey(c.req.param('requestId') ?? '');
    const versions = await deps.store.requests.versions(menuId, unitId);
    return c.json({ versions: versions.map((v) => ({ ...v, submittedAt: formatDistrictTime(v.submittedAt, deps.timeZone) })) });
  });

  register(app, deps, 'POST /api/requests/:requestId/status', async (c) => {
    const requestId = c.req.param('requestId') ?? '';
    requestKey(requestId);
    const change = c.req.valid('json');
    const request = await setRequestStatus({ requests: deps.store.requests, clock: deps.clock }, requestId, change);
    await audit(deps, c, `request.${change.status}`, requestId, change.reason ? { reason: change.reason } : undefined);
    return c.json({ requestId, status: request.status, ...(request.statusReason ? { statusReason: request.statusReason } : {}) });
  });

  register(app, deps, 'GET /api/surveys/:surveyId/status', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const board = await statusBoard(statusDeps, surveyId);
    const time = (iso?: string) => (iso ? formatDistrictTime(iso, deps.timeZone) : undefined);
    return c.json({
      surveyId,
      totals: board.totals,
      unfiled: board.unfiled,
      units: board.units.map((u) => ({ ...u, lastResponseAt: time(u.lastResponseAt) })),
      silent: board.silent.map((f) => ({ front: f.frontId, frontName: f.frontName, count: f.units.length, units: f.units })),
      reminder: reminderText(board, shareUrl(deps, c.req.url, surveyId)),
    });
  });

  register(app, deps, 'GET /api/surveys/:surveyId/status.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const board = await statusBoard(statusDeps, surveyId);
    return csvResponse(c, `${board.survey.title}-填报情况.csv`, statusBoardCsv(board, deps.timeZone));
  });
}
