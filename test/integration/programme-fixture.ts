// Set-up for the programme tests: the organizer fixture plus the respondent app on the same table and clock.
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../functions/http/logger.js';
import { createRespondentApp } from '../../functions/respondent/app.js';
import { programmePublicDeps, type RespondentDeps } from '../../functions/respondent/deps.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

export interface ProgrammeFixture extends Fixture {
  respondent: ReturnType<typeof createRespondentApp>;
  token: string;
  /** A JSON call to the respondent app. */
  pub(method: string, path: string, body?: unknown): Promise<Response>;
  issueKey(unitId: string): Promise<{ unitId: string; key: string; url: string }>;
  /** A published menu offering three demo topics (2 picks, deadline 2026-03-10 18:00 district time). */
  publishedMenu(overrides?: Record<string, unknown>): Promise<string>;
}

export const MENU_BODY = {
  title: '2026 年上半年宣讲菜单',
  orderDeadline: '2026-03-10T18:00',
  maxPicks: 2,
  formats: ['lecture', 'seminar'],
  items: [
    { topicId: 't-party-history', expertIds: ['e-wang'] },
    { topicId: 't-ecology', expertIds: ['e-zhang'] },
    { topicId: 't-digital', expertIds: ['e-chen', 'e-liu'] },
  ],
};

export function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    picks: [{ topicId: 't-party-history', expertId: 'e-wang' }, { topicId: 't-digital' }],
    audience: 80,
    contact: { name: '张三', phone: '13800000000' },
    format: 'lecture',
    preferredTimes: ['tue-pm'],
    ...overrides,
  };
}

/** `respondent`: respondent deps to add or change (e.g. a per-source write limit). */
export async function programmeFixture(options: { respondent?: (store: Fixture['table']['store'], fixture: Fixture) => Partial<RespondentDeps> } = {}): Promise<ProgrammeFixture> {
  const f = await organizerFixture();
  const respondent = createRespondentApp({
    surveys: f.table.store.surveys,
    responses: f.table.store.responses,
    lectures: f.table.store.lectures,
    feedback: f.table.store.feedback,
    feedbackForms: f.table.store.feedbackForms,
    settings: f.table.store.surveySettings,
    clock: f.clock,
    newId: randomUUID,
    logger: createLogger({ level: 'silent' }),
    timeZone: 'Asia/Shanghai',
    programme: programmePublicDeps(f.table.store),
    ...options.respondent?.(f.table.store, f),
  });
  const token = await f.login(ADMIN);
  const pub: ProgrammeFixture['pub'] = (method, path, body) =>
    Promise.resolve(
      respondent.request(`http://localhost${path}`, {
        method,
        ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    );
  const issueKey: ProgrammeFixture['issueKey'] = async (unitId) => {
    const response = await f.api('POST', `/api/units/${unitId}/key`, { token });
    if (response.status !== 200) throw new Error(`key: ${response.status} ${await response.text()}`);
    return (await response.json()) as { unitId: string; key: string; url: string };
  };
  const publishedMenu: ProgrammeFixture['publishedMenu'] = async (overrides = {}) => {
    const created = await f.api('POST', '/api/menus', { token, body: { ...MENU_BODY, ...overrides } });
    if (created.status !== 201) throw new Error(`menu: ${created.status} ${await created.text()}`);
    const { menuId } = (await created.json()) as { menuId: string };
    const published = await f.api('POST', `/api/menus/${menuId}/publish`, { token });
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${await published.text()}`);
    return menuId;
  };
  return { ...f, respondent, token, pub, issueKey, publishedMenu };
}
