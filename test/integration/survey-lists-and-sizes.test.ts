// Survey lists read summaries, never definitions; publish and close change one directory entry; drafts
// are capped per account and per district; and every survey write measures the item exactly as it will
// be stored (owner included), on DynamoDB Local through the real organizer app.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import { itemBytes, MAX_ITEM_BYTES } from '../../shared/storage/dynamodb/item-size.js';
import { keys } from '../../shared/storage/keys.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ADMIN, ORGANIZER, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
/** Bytes of items the store read (Query, GetItem, BatchGetItem answers), counted on the shared client. */
let bytesRead = 0;

beforeAll(async () => {
  f = await organizerFixture();
  const send = f.table.client.send.bind(f.table.client);
  f.table.client.send = (async (...args: Parameters<typeof send>) => {
    const out = (await send(...args)) as unknown as { Items?: unknown[]; Item?: unknown; Responses?: unknown };
    for (const part of [out?.Items, out?.Item, out?.Responses]) if (part !== undefined) bytesRead += Buffer.byteLength(JSON.stringify(part));
    return out;
  }) as typeof f.table.client.send;
});
afterAll(() => f.table.drop());

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

async function measured(action: () => Promise<unknown>): Promise<number> {
  const before = bytesRead;
  await action();
  return bytesRead - before;
}

/** A draft definition of about 270 KB stored (CJK text), under the 512 KB body limit. */
const bigQuestions = () => Array.from({ length: 60 }, (_, i) => ({ id: `q${i}`, type: 'text', required: false, title: '长'.repeat(500), help: '题'.repeat(1000), maxLength: 100 }));

describe('survey lists and the units’ directory', () => {
  it('Should list, publish and close reading summaries, not the definitions of 12 large drafts', async () => {
    const token = await f.login(ADMIN);
    for (let i = 0; i < 12; i++) {
      const res = await f.api('POST', '/api/surveys', { token, body: { definition: { kind: 'custom', title: `大草稿 ${i}`, questions: bigQuestions() } } });
      expect(res.status).toBe(201);
    }
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'needs', title: '需求调查' } }));
    // The drafts hold over 3 MB of definitions; a list reads a few KB of summaries, settings and counters.
    const listing = await measured(async () => expect((await f.api('GET', '/api/surveys', { token })).status).toBe(200));
    expect(listing).toBeLessThan(200 * 1024);
    const page = await measured(async () => expect((await f.api('GET', '/admin', { token })).status).toBe(200));
    expect(page).toBeLessThan(200 * 1024);
    // Publish and close read the survey itself and change its directory entry alone.
    const publishing = await measured(async () => expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(200));
    expect(publishing).toBeLessThan(200 * 1024);
    expect((await f.table.store.directory.get()).surveys.map((s) => s.id)).toContain(survey.id);
    const closing = await measured(async () => expect((await f.api('POST', `/api/surveys/${survey.id}/close`, { token })).status).toBe(200));
    expect(closing).toBeLessThan(200 * 1024);
    expect((await f.table.store.directory.get()).surveys.map((s) => s.id)).not.toContain(survey.id);
    expect((await f.api('GET', '/admin/units', { token })).status).toBe(200);
  });

  it('Should page the list: limit and cursor walk every survey once, newest first', async () => {
    const token = await f.login(ADMIN);
    const all = await json<{ surveys: { id: string }[] }>(f.api('GET', '/api/surveys', { token }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await json<{ surveys: { id: string; responses: number }[]; next?: string }>(f.api('GET', `/api/surveys?limit=5${cursor ? `&cursor=${cursor}` : ''}`, { token }));
      expect(page.surveys.length).toBeLessThanOrEqual(5);
      seen.push(...page.surveys.map((s) => s.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.surveys.map((s) => s.id));
  });
});

describe('a survey stored before summaries', () => {
  it('Should be listed from its definition once, then given its summary and taken out of the index', async () => {
    const token = await f.login(ADMIN);
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token, body: { template: 'blank', title: '旧问卷' } }));
    const old = { ...survey, id: `old${randomUUID().slice(0, 8)}` };
    // The item shape before summaries: the definition itself carried the creation-time index keys.
    await f.table.client.send(
      new PutCommand({ TableName: f.table.tableName, Item: { ...keys.surveyById(old.id), ...keys.surveysByCreation(old.createdAt, old.id), type: 'survey', status: 'draft', survey: old, version: 1, owner: ADMIN.email } }),
    );
    const ids = async () => (await json<{ surveys: { id: string }[] }>(f.api('GET', '/api/surveys', { token }))).surveys.map((s) => s.id);
    expect(await ids()).toContain(old.id);
    const { Item: summary } = await f.table.client.send(new GetCommand({ TableName: f.table.tableName, Key: keys.surveySummary(old.id) }));
    expect(summary).toMatchObject({ type: 'survey-summary', owner: ADMIN.email, summary: { id: old.id, title: '旧问卷' } });
    const { Item: definition } = await f.table.client.send(new GetCommand({ TableName: f.table.tableName, Key: keys.surveyById(old.id) }));
    expect(definition?.gsi1pk).toBeUndefined();
    expect((await ids()).filter((id) => id === old.id)).toHaveLength(1);
  });
});

describe('caps on drafts', () => {
  it('Should refuse a draft past the per-account and per-district caps with 409 draft_limit, in Chinese and English', async () => {
    const capped = await organizerFixture({ draftLimits: { perAccount: 2, perDistrict: 3 } });
    try {
      const staff = await capped.login(ORGANIZER);
      const admin = await capped.login(ADMIN);
      for (let i = 0; i < 2; i++) expect((await capped.api('POST', '/api/surveys', { token: staff, body: { template: 'blank' } })).status).toBe(201);
      const mine = await capped.api('POST', '/api/surveys', { token: staff, body: { template: 'blank' } });
      expect(mine.status).toBe(409);
      const body = await json<{ error: { code: string; message: string; issues: { message: string }[] } }>(mine);
      expect(body.error.code).toBe('draft_limit');
      expect(body.error.issues[0]?.message).toBe('您已有 2 份草稿问卷（上限）。请先发布或整理已有草稿，再新建问卷。');
      expect((await capped.api('POST', '/api/surveys', { token: admin, body: { template: 'blank' } })).status).toBe(201);
      const district = await capped.api('POST', '/api/surveys?lang=en', { token: admin, body: { template: 'blank' } });
      expect(district.status).toBe(409);
      expect((await json<{ error: { issues: { message: string }[] } }>(district)).error.issues[0]?.message).toMatch(/^The district has 3 draft surveys/);
      // A copy counts as a draft too; publishing one makes room.
      const list = await json<{ surveys: { id: string }[] }>(capped.api('GET', '/api/surveys', { token: admin }));
      expect((await capped.api('POST', `/api/surveys/${list.surveys[0]!.id}/copy`, { token: admin })).status).toBe(409);
      expect((await capped.api('POST', `/api/surveys/${list.surveys[0]!.id}/publish`, { token: admin })).status).toBe(200);
      expect((await capped.api('POST', '/api/surveys', { token: admin, body: { template: 'blank' } })).status).toBe(201);
    } finally {
      await capped.table.drop();
    }
  });
});

describe('an item measured as it will be written', () => {
  /** A definition whose stored item (with `owner`) takes exactly `target` bytes, found by growing one question's help. */
  function sizedDefinition(base: Survey, version: number, owner: string, target: number): Survey {
    const questions: Survey['questions'] = [];
    const withQuestions = () => ({ ...base, questions: [...questions] });
    // The stored definition item, as survey-item.ts writes it (measured here without its check).
    const size = () => itemBytes({ ...keys.surveyById(base.id), type: 'survey', status: base.status, survey: withQuestions(), version, owner });
    const filler = (help: string) => ({ id: `q${questions.length}`, type: 'text', required: false, title: '长'.repeat(200), help, maxLength: 100 }) as Survey['questions'][number];
    while (size() < target - 5000) questions.push(filler('题'.repeat(1000)));
    while (size() < target - 900) questions.push(filler('h'.repeat(100)));
    const last = { id: `q${questions.length}`, type: 'text', required: false, title: 'x', help: '', maxLength: 100 } as Survey['questions'][number] & { help: string };
    questions.push(last);
    let lo = 0;
    let hi = 1000;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      last.help = 'h'.repeat(mid);
      if (size() <= target) lo = mid;
      else hi = mid - 1;
    }
    last.help = 'h'.repeat(lo);
    expect(Math.abs(size() - target)).toBeLessThan(4);
    return withQuestions();
  }

  it('Should answer 422 (never a 500) for an edit or a publish that only the owner’s long e-mail pushes past 400 KB', async () => {
    const email = `${'a'.repeat(200)}-${randomUUID().slice(0, 8)}@district.cn`;
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { email, password: 'long-owner-password-1', role: 'organizer' });
    const token = await f.login({ email, password: 'long-owner-password-1' });
    const draft = await json<{ survey: Survey; version?: number }>(f.api('POST', '/api/surveys', { token, body: { template: 'blank', title: '长邮箱' } }));
    const { version } = await json<{ version: number }>(f.api('GET', `/api/surveys/${draft.survey.id}`, { token }));

    // Without its owner the item would fit; with it, it does not.
    const over = sizedDefinition(draft.survey, version + 1, email, MAX_ITEM_BYTES + 20);
    const edit = await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token, body: over });
    expect(edit.status).toBe(422);
    expect((await json<{ error: { code: string } }>(edit)).error.code).toBe('invalid_survey');

    // Fits as a draft; the publish time it gains on publishing takes it past the limit.
    const fits = sizedDefinition(draft.survey, version + 1, email, MAX_ITEM_BYTES - 8);
    expect((await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token, body: fits })).status).toBe(200);
    const publish = await f.api('POST', `/api/surveys/${draft.survey.id}/publish`, { token });
    expect(publish.status).toBe(422);
    expect((await json<{ error: { code: string } }>(publish)).error.code).toBe('invalid_survey');
    expect((await json<{ survey: Survey }>(f.api('GET', `/api/surveys/${draft.survey.id}`, { token }))).survey.status).toBe('draft');
  });
});
