// The organizer's side of 签到: an event's sign-in sheet (JSON, CSV, .xlsx), the sign-in link as a QR
// code, and the district's sign-in setting (what the page asks).
import QRCode from 'qrcode';
import { loadEvent } from '../../../shared/events/event.js';
import { SignInSettingsSchema } from '../../../shared/sign-in/sign-in-schema.js';
import { allSignIns, signInCsv, signInXlsx } from '../../../shared/sign-in/sign-in-sheet.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { requestLocale } from '../../http/error-handler.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerDeps } from '../deps.js';
import { signInUrl } from '../lecture-deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse, xlsxResponse } from '../csv-response.js';

/** The download's name: 签到表-{title}-{date}.csv, in words. */
function sheetName(title: string, startsAt: string, timeZone: string, ext: 'csv' | 'xlsx'): string {
  return `签到表-${title.replace(/[\\/:*?"<>|]/g, '').slice(0, 60)}-${districtMinute(startsAt, timeZone).slice(0, 10)}.${ext}`;
}

export function signInApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const sheet = async (lectureId: string) => {
    const event = await loadEvent(deps.store.events, lectureId);
    return { event, signIns: await allSignIns(deps.store.signIns, event.id) };
  };

  register(app, deps, 'GET /api/lectures/:lectureId/sign-ins', async (c) => {
    const { event, signIns } = await sheet(pathId(c, 'lectureId', 'lecture'));
    return c.json({
      lectureId: event.id,
      signInUrl: signInUrl(deps, c.req.url, event.id),
      count: signIns.length,
      signIns: signIns.map((s) => ({
        signInId: s.signInId,
        signedInAt: districtMinute(s.at, deps.timeZone),
        ...(s.name ? { name: s.name } : {}),
        ...(s.unitName ? { unit: s.unitName } : {}),
        ...(s.unitId ? { unitId: s.unitId } : {}),
        ...(s.guest ? { guest: true } : {}),
      })),
    });
  });

  register(app, deps, 'GET /api/lectures/:lectureId/sign-ins.csv', async (c) => {
    const { event, signIns } = await sheet(pathId(c, 'lectureId', 'lecture'));
    return csvResponse(c, sheetName(event.title, event.startsAt, deps.timeZone, 'csv'), signInCsv(signIns, deps.timeZone, requestLocale(c)), `sign-ins-${event.id}.csv`);
  });

  register(app, deps, 'GET /api/lectures/:lectureId/sign-ins.xlsx', async (c) => {
    const { event, signIns } = await sheet(pathId(c, 'lectureId', 'lecture'));
    const body = await signInXlsx(event, signIns, deps.timeZone, requestLocale(c));
    return xlsxResponse(c, sheetName(event.title, event.startsAt, deps.timeZone, 'xlsx'), body, `sign-ins-${event.id}.xlsx`);
  });

  register(app, deps, 'GET /api/lectures/:lectureId/sign-in-qr.svg', async (c) => {
    const event = await loadEvent(deps.store.events, pathId(c, 'lectureId', 'lecture'));
    const svg = await QRCode.toString(signInUrl(deps, c.req.url, event.id), { type: 'svg', margin: 2 });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' });
  });

  register(app, deps, 'GET /api/sign-in-settings', async (c) => c.json(await deps.store.signInSettings.get()));

  register(app, deps, 'PUT /api/sign-in-settings', async (c) => {
    const settings = parseBody(SignInSettingsSchema, await readJson(c));
    await deps.store.signInSettings.put(settings);
    await audit(deps, c, 'sign-in.settings', 'sign-in', { ask: settings.ask, unlisted: settings.unlisted });
    return c.json(settings);
  });
}
