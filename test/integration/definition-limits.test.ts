// Definitions that DynamoDB could not store, or whose counters could one day outgrow an item, are
// refused with 422 when saved or published, through the organizer API on DynamoDB Local; what the
// checks accept really fits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxCounterNames } from '../../shared/survey/counter-budget.js';
import { counterDeltas, respondentUnit } from '../../shared/survey/counter-deltas.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

type Definition = Omit<Survey, 'id' | 'status' | 'createdAt'>;
type Problem = { error: { code: string; issues?: { questionId?: string; field?: string; message: string }[] } };

const longId = (prefix: string, i: number) => `${prefix}${String(i).padStart(3, '0')}`.padEnd(64, 'x');

function rankingOf(options: number, pick: number): Definition {
  return {
    kind: 'custom',
    title: '很多课题',
    fronts: [{ id: 'street', label: '街道战线' }],
    questions: [
      { id: 'unit', type: 'unit', required: true, title: '单位', options: [{ id: 'u1', label: '一街道', front: 'street' }] },
      { id: longId('rank', 0), type: 'ranking', required: true, title: '课题排序', pick, options: Array.from({ length: options }, (_, i) => ({ id: longId('topic', i), label: `课题${i}` })) },
    ],
  };
}

describe('definition limits', () => {
  let f: Fixture;
  let token: string;
  const create = (definition: unknown) => f.api('POST', '/api/surveys', { token, body: { definition } });

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
  });
  afterAll(() => f.table.drop());

  it('Should refuse a ranking whose counters could pass 400 KB in one unit, naming the question', async () => {
    const res = await create(rankingOf(200, 20));
    expect(res.status).toBe(422);
    const body = (await res.json()) as Problem;
    expect(body.error.code).toBe('invalid_survey');
    expect(body.error.issues?.map((i) => i.questionId)).toEqual([longId('rank', 0)]);
    expect(body.error.issues?.[0]?.message).toMatch(/KB/);
  });

  it('Should store the fullest counter item of the largest definition the check accepts', async () => {
    // Find the largest pick the check accepts for 200 long options, then fill every counter it allows.
    let pick = 20;
    let res = await create(rankingOf(200, pick));
    while (res.status === 422 && pick > 1) res = await create(rankingOf(200, --pick));
    expect(res.status).toBe(201);
    expect(pick).toBeGreaterThan(5);
    const survey = ((await res.json()) as { survey: Survey }).survey;
    const counters = Object.fromEntries(maxCounterNames(survey).map((name) => [name, `-${'9'.repeat(38)}`]));
    await f.table.store.counters.replace(survey.id, [{ unitId: 'u1', front: 'street', lastResponseAt: '2026-11-01T00:00:00.000Z', counters }]);
    const [stored] = await f.table.store.counters.readExact(survey.id);
    expect(Object.keys(stored!.counters)).toHaveLength(Object.keys(counters).length);

    // And every counter a response can touch is one the size check counted.
    const answers = { unit: 'u1', [longId('rank', 0)]: Array.from({ length: pick }, (_, i) => longId('topic', 199 - i)) };
    const names = new Set(maxCounterNames(survey));
    expect(respondentUnit(survey, answers).unitId).toBe('u1');
    expect(Object.keys(counterDeltas(survey, answers)).filter((n) => !names.has(n))).toEqual([]);
  });

  it('Should refuse number bounds DynamoDB or the answers cannot use (1e300, 1e-300) with 422', async () => {
    for (const bounds of [{ max: 1e300 }, { min: 1e-300 }, { min: -1e13 }, { max: 0.00001 }]) {
      const res = await create({ kind: 'custom', title: '数字', questions: [{ id: 'n', type: 'number', required: false, title: '人数', ...bounds }] });
      expect(res.status, JSON.stringify(bounds)).toBe(422);
      expect(((await res.json()) as Problem).error.issues?.map((i) => i.questionId)).toEqual(['n']);
    }
    const ok = await create({ kind: 'custom', title: '数字', questions: [{ id: 'n', type: 'number', required: false, title: '金额', min: -1e12, max: 1e12, decimals: 4 }] });
    expect(ok.status).toBe(201);
  });

  it('Should refuse a definition under the body limit but over the 400 KB item limit (CJK text) with 422', async () => {
    const questions = Array.from({ length: 100 }, (_, i) => ({ id: `q${i}`, type: 'text', required: false, title: '长'.repeat(500), help: '题'.repeat(1000), maxLength: 100 }));
    const definition = { kind: 'custom', title: '很长的问卷', questions };
    expect(Buffer.byteLength(JSON.stringify({ definition }))).toBeLessThan(512 * 1024);
    const res = await create(definition);
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).error.code).toBe('invalid_survey');

    // The same text in a draft: saving it is refused the same way, and the draft stays as it was.
    const draft = (await (await create({ kind: 'custom', title: '草稿', questions: questions.slice(0, 10) })).json()) as { survey: Survey };
    const put = await f.api('PUT', `/api/surveys/${draft.survey.id}/definition`, { token, body: { ...draft.survey, questions } });
    expect(put.status).toBe(422);
    const again = (await (await f.api('GET', `/api/surveys/${draft.survey.id}`, { token })).json()) as { survey: Survey };
    expect(again.survey.questions).toHaveLength(10);
  });

  it('Should keep the needs and feedback templates working whatever the catalogue holds: long expert labels, retired fronts with active units', async () => {
    const expert = { id: `e-${randomUUID().slice(0, 8)}`, name: '专'.repeat(100), title: '职'.repeat(100), organisation: '单'.repeat(200), topics: [] };
    expect((await f.api('POST', '/api/catalogue/experts', { token, body: expert })).status).toBe(201);
    const catalogue = (await (await f.api('GET', '/api/catalogue', { token })).json()) as { fronts: { id: string }[] };
    const front = catalogue.fronts[0]!.id;
    const retired = await f.api('POST', `/api/catalogue/fronts/${front}/retire`, { token });
    expect(retired.status).toBeLessThan(500);

    for (const template of ['needs', 'feedback']) {
      const res = await f.api('POST', '/api/surveys', { token, body: { template } });
      expect(res.status, `${template}: ${await res.clone().text()}`).toBe(201);
      const { survey } = (await res.json()) as { survey: Survey };
      expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(200);
    }
  });

  it('Should refuse a 201st active topic with 422, so the needs template can still list them all', async () => {
    const catalogue = await f.table.store.catalogue.load();
    const active = catalogue.topics.filter((t) => !t.retired).length;
    const theme = catalogue.themes[0]!.id;
    const extra = Array.from({ length: 200 - active }, (_, i) => ({ id: `bulk-${i}`, title: `课题 ${i}`, theme }));
    await f.table.store.catalogue.putAll({ ...catalogue, topics: [...catalogue.topics, ...extra, { id: 'resting', title: '休眠课题', theme, retired: true }] });

    const refused = await f.api('POST', '/api/catalogue/topics', { token, body: { id: 'one-too-many', title: '多一个', theme } });
    expect(refused.status).toBe(422);
    expect((await f.api('POST', '/api/catalogue/topics/resting/restore', { token })).status).toBe(422);
    expect((await f.api('POST', '/api/catalogue/topics', { token, body: { id: 'kept-retired', title: '备用', theme, retired: true } })).status).toBe(201);
    const needs = await f.api('POST', '/api/surveys', { token, body: { template: 'needs' } });
    expect(needs.status).toBe(201);
  });

  it('Should say what is wrong with a catalogue reference without repeating it', async () => {
    const res = await f.api('POST', '/api/catalogue/units', { token, body: { id: 'u-new', name: '新单位', front: 'no-such-front' } });
    expect(res.status).toBe(422);
    expect(await res.text()).not.toContain('no-such-front');
  });

  it('Should refuse a catalogue record that could not be stored (an expert listing one topic 42,000 times) with 422', async () => {
    const topic = (await f.table.store.catalogue.load()).topics[0]!.id;
    const expert = { id: 'many-topics', name: '专家', title: '教授', organisation: '党校', topics: Array.from({ length: Math.floor(500_000 / (topic.length + 3)) }, () => topic) };
    expect(Buffer.byteLength(JSON.stringify(expert))).toBeLessThan(512 * 1024);
    const res = await f.api('POST', '/api/catalogue/experts', { token, body: expert });
    expect(res.status).toBe(422);
    expect((await f.api('PUT', `/api/catalogue/experts/${(await f.table.store.catalogue.load()).experts[0]!.id}`, { token, body: expert })).status).toBe(422);
  });
});
