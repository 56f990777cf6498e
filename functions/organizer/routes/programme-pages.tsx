// The programme's dashboard pages and their plain form posts: unit links, QR sheet, menus, boards, status.
import type { Context } from 'hono';
import QRCode from 'qrcode';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { InvalidInputError, RecordNotFoundError } from '../../../shared/errors.js';
import { isId } from '../../../shared/kernel/ids.js';
import { closeMenu, createMenu, getMenu, publishMenu, replaceDraftMenu } from '../../../shared/programme/manage-menus.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import { refreshDirectory } from '../../../shared/programme/public-directory.js';
import { requestBoard } from '../../../shared/programme/request-board.js';
import { recentScores } from '../../../shared/lectures/recent-scores.js';
import { setRequestStatus } from '../../../shared/programme/request-status.js';
import { REQUEST_STATUSES, type RequestStatus } from '../../../shared/programme/request-schema.js';
import { reminderText, statusBoard } from '../../../shared/programme/status-board.js';
import { issueUnitKey } from '../../../shared/unit-links/unit-links.js';
import { surveyCrossTab, surveyReport } from '../../../shared/report/survey-report.js';
import { responseCount } from '../../../shared/survey-admin/manage-surveys.js';
import { districtMinute, formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseQuery } from '../../http/valid-input.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { href } from '../pages/dashboard-layout.js';
import { DraftMenuPage, MenusPage, RequestBoardPage, type ComposerValues, type DemandPanel } from '../pages/menu-pages.js';
import { StatusBoardPage } from '../pages/status-board-page.js';
import { QrSheetPage, UnitLinksPage } from '../pages/unit-links-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { directoryDeps, menuDeps, publicBase, shareUrl, unitLinksInReach } from '../survey-admin-deps.js';
import { boardFilter } from '../query-filters.js';
import { BoardQuery } from '../query-schemas.js';
import { formFields, pageContext } from '../page-context.js';
import { noticeOf } from '../notify.js';

/** The composer's fields as the API's menu body; the domain checks every reference. */
function composerInput(fields: URLSearchParams) {
  return {
    title: fields.get('title') ?? '',
    ...(fields.get('intro')?.trim() ? { intro: fields.get('intro') } : {}),
    orderDeadline: (fields.get('orderDeadline') ?? '').slice(0, 40),
    maxPicks: Number(fields.get('maxPicks') ?? ''),
    formats: fields.getAll('formats').slice(0, 10),
    items: fields
      .getAll('topics')
      .slice(0, 200)
      .map((topicId) => ({ topicId, expertIds: fields.getAll(`experts:${topicId}`).slice(0, 50) })),
  };
}

function valuesOf(fields: URLSearchParams): ComposerValues {
  const input = composerInput(fields);
  return { ...input, maxPicks: Number.isFinite(input.maxPicks) ? input.maxPicks : 3, intro: fields.get('intro') ?? '' };
}

function menuValues(menu: Menu, timeZone: string): ComposerValues {
  return {
    title: menu.title,
    ...(menu.intro ? { intro: menu.intro } : {}),
    orderDeadline: formatDistrictTime(menu.orderDeadline, timeZone),
    maxPicks: menu.maxPicks,
    formats: menu.formats,
    items: menu.items.map((i) => ({ topicId: i.topicId, expertIds: i.experts.map((e) => e.id) })),
  };
}

const EMPTY_VALUES: ComposerValues = { title: '', orderDeadline: '', maxPicks: 3, formats: ['lecture'], items: [] };

export function programmePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');
  const reportDeps = { surveys: deps.store.surveys, counters: deps.store.counters, responses: deps.store.responses };

  /** The demand beside the composer: the latest needs survey's content ranking and each front's leader. */
  const demandPanel = async (c: Context<OrganizerEnv>, catalogue: Catalogue): Promise<DemandPanel | undefined> => {
    // Newest first, from the summaries; responses counted one survey at a time until one has some.
    const candidates = (await deps.store.surveyAdmin.list()).filter(({ summary: s }) => s.kind === 'needs' && s.status !== 'draft');
    let needs: { survey: { id: string; title: string } } | undefined;
    for (const { summary } of candidates) {
      if ((await responseCount(deps.store.counters, summary.id)) > 0) {
        needs = { survey: summary };
        break;
      }
    }
    if (!needs) return undefined;
    const locale = pageContext(c).locale;
    const { report } = await surveyReport(reportDeps, needs.survey.id, {}, locale);
    const content = report.questions.find((q) => q.aspect === 'content' && (q.type === 'ranking' || q.type === 'multiple_choice'));
    if (!content || (content.type !== 'ranking' && content.type !== 'multiple_choice')) return { surveyTitle: needs.survey.title, responses: report.responses, ranking: [], frontLeaders: [] };
    const ranking = content.options
      .map((o) => ({ label: o.label, score: 'borda' in o ? o.borda : o.count }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    const { table } = await surveyCrossTab(reportDeps, needs.survey.id, 'front', content.questionId);
    const frontLeaders = table.rows.flatMap((row) => {
      const best = row.counts.reduce((top, n, i) => (n > (row.counts[top] ?? 0) ? i : top), 0);
      const leader = table.columns[best];
      return leader && (row.counts[best] ?? 0) > 0 ? [{ front: catalogue.fronts.find((f) => f.id === row.id)?.name ?? row.label, leader: leader.label }] : [];
    });
    return { surveyTitle: needs.survey.title, responses: report.responses, ranking, frontLeaders };
  };

  const unitsPage = async (c: Context<OrganizerEnv>, extra: { problems?: string[]; issued?: string } = {}) =>
    renderPage(c, <UnitLinksPage ctx={pageContext(c)} rows={await unitLinksInReach(deps, c)} {...extra} />);

  register(app, deps, 'GET /admin/units', async (c) => {
    // Opening the links page also brings the units' directory up to date (e.g. after an upgrade).
    await refreshDirectory(directoryDeps(deps));
    return unitsPage(c);
  });

  register(app, deps, 'POST /admin/units/:unitId/key', async (c) => {
    const unitId = pathId(c, 'unitId', 'unit');
    const fields = await formFields(c);
    // A first link breaks nothing; a new one kills the old link in every group chat: that is asked first.
    if (!isConfirmed(fields) && (await deps.store.unitKeys.list()).some((k) => k.unitId === unitId)) {
      const unit = await deps.store.catalogueRecords.get('units', unitId);
      if (!unit) throw new RecordNotFoundError('unit', unitId);
      return confirmationPage(c, fields, { kind: 'rotateKey', who: unit.name, action: `/admin/units/${unitId}/key`, back: '/admin/units' });
    }
    onRefusal(c, (refusal) => unitsPage(c, { problems: refusal.lines }));
    const record = await issueUnitKey({ unitKeys: deps.store.unitKeys, catalogueRecords: deps.store.catalogueRecords, clock: deps.clock }, unitId);
    await audit(deps, c, 'unit.key.issue', unitId);
    return unitsPage(c, { issued: `${publicBase(deps, c.req.url)}/u/${record.key}` });
  });

  register(app, deps, 'GET /admin/units/qr', async (c) => {
    const rows = (await unitLinksInReach(deps, c)).filter((r) => r.url);
    const cards = await Promise.all(rows.map(async (r) => ({ name: r.name, frontName: r.frontName, url: r.url!, svg: await QRCode.toString(r.url!, { type: 'svg', margin: 1 }) })));
    return renderPage(c, <QrSheetPage ctx={pageContext(c)} cards={cards} />);
  });

  const menusPage = async (c: Context<OrganizerEnv>, values: ComposerValues, problems: string[] = []) => {
    const [menus, catalogue, recent] = await Promise.all([deps.store.menus.list(), deps.store.catalogue.load(), recentScores(deps.store.lectures, deps.clock.now())]);
    const demand = await demandPanel(c, catalogue);
    return renderPage(c, <MenusPage ctx={pageContext(c)} menus={menus} catalogue={catalogue} demand={demand} values={values} problems={problems} time={time} zone={zoneName(deps.timeZone, requestLocale(c))} recent={recent} />);
  };

  register(app, deps, 'GET /admin/menus', (c) => menusPage(c, EMPTY_VALUES));

  register(app, deps, 'POST /admin/menus', async (c) => {
    const fields = await formFields(c);
    onRefusal(c, (refusal) => menusPage(c, valuesOf(fields), refusal.lines));
    const menu = await createMenu(menuDeps(deps), composerInput(fields));
    await audit(deps, c, 'menu.create', menu.id);
    return c.redirect(href(pageContext(c), `/admin/menus/${menu.id}`), 303);
  });

  const menuPage = async (c: Context<OrganizerEnv>, menuId: string, extra: { values?: ComposerValues; problems?: string[] } = {}) => {
    const menu = await getMenu(deps.store, menuId);
    const ctx = pageContext(c);
    if (menu.status === 'draft') {
      const [catalogue, recent] = await Promise.all([deps.store.catalogue.load(), recentScores(deps.store.lectures, deps.clock.now())]);
      const demand = await demandPanel(c, catalogue);
      return renderPage(c, <DraftMenuPage ctx={ctx} menu={menu} catalogue={catalogue} demand={demand} values={extra.values ?? menuValues(menu, deps.timeZone)} problems={extra.problems ?? []} recent={recent} zone={zoneName(deps.timeZone, ctx.locale)} />);
    }
    const filter = boardFilter(parseQuery(BoardQuery, c));
    const board = await requestBoard({ menus: deps.store.menus, requests: deps.store.requests, catalogue: deps.store.catalogue }, menuId, filter);
    return renderPage(c, <RequestBoardPage ctx={ctx} board={board} time={time} zone={zoneName(deps.timeZone, ctx.locale)} filter={filter} problems={extra.problems ?? []} />);
  };

  register(app, deps, 'GET /admin/menus/:menuId', (c) => menuPage(c, pathId(c, 'menuId', 'menu')));

  register(app, deps, 'POST /admin/menus/:menuId', async (c) => {
    const menuId = pathId(c, 'menuId', 'menu');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => menuPage(c, menuId, { values: valuesOf(fields), problems: refusal.lines }));
    await replaceDraftMenu(menuDeps(deps), menuId, composerInput(fields));
    await audit(deps, c, 'menu.edit', menuId);
    return c.redirect(href(pageContext(c), `/admin/menus/${menuId}`), 303);
  });

  for (const [key, action, run] of [
    ['POST /admin/menus/:menuId/publish', 'menu.publish', publishMenu],
    ['POST /admin/menus/:menuId/close', 'menu.close', closeMenu],
  ] as const) {
    register(app, deps, key, async (c) => {
      const menuId = pathId(c, 'menuId', 'menu');
      const fields = await formFields(c);
      if (!isConfirmed(fields)) {
        const menu = await getMenu(menuDeps(deps), menuId);
        const kind = action === 'menu.publish' ? 'publishMenu' : 'closeMenu';
        return confirmationPage(c, fields, { kind, who: menu.title, when: `${districtMinute(menu.orderDeadline, deps.timeZone)}（${zoneName(deps.timeZone, requestLocale(c))}）`, action: `/admin/menus/${menuId}/${action === 'menu.publish' ? 'publish' : 'close'}`, back: `/admin/menus/${menuId}` });
      }
      onRefusal(c, (refusal) => menuPage(c, menuId, { problems: refusal.lines }));
      const menu = await run(menuDeps(deps), menuId);
      await audit(deps, c, action, menuId);
      if (action === 'menu.publish') await noticeOf.menuPublished(deps, c, menu);
      return c.redirect(href(pageContext(c), `/admin/menus/${menuId}`), 303);
    });
  }

  register(app, deps, 'POST /admin/requests/:requestId/status', async (c) => {
    const requestId = c.req.param('requestId') ?? '';
    const fields = await formFields(c);
    const wanted = fields.get('status') ?? '';
    const menuId = requestId.split('~')[0] ?? '';
    // A request of no readable menu has no board to come back to: the error page says why.
    if (isId(menuId)) onRefusal(c, (refusal) => menuPage(c, menuId, { problems: refusal.lines }));
    if (!(REQUEST_STATUSES as readonly string[]).includes(wanted)) throw new InvalidInputError([{ field: 'status', message: 'Unknown status', zh: '没有这个状态。' }]);
    const reason = fields.get('reason')?.slice(0, 500) ?? '';
    await setRequestStatus({ requests: deps.store.requests, clock: deps.clock }, requestId, { status: wanted as RequestStatus, ...(reason.trim() ? { reason } : {}) });
    await audit(deps, c, `request.${wanted}`, requestId, reason.trim() ? { reason: reason.trim() } : undefined);
    return c.redirect(href(pageContext(c), `/admin/menus/${menuId}`), 303);
  });

  register(app, deps, 'GET /admin/surveys/:surveyId/status', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const board = await statusBoard({ surveys: deps.store.surveys, counters: deps.store.counters, catalogue: deps.store.catalogue, surveyAdmin: deps.store.surveyAdmin, accounts: deps.store.accounts }, surveyId);
    return renderPage(c, <StatusBoardPage ctx={pageContext(c)} board={board} reminder={reminderText(board, shareUrl(deps, c.req.url, surveyId))} time={time} />);
  });
}
