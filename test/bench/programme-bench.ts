// The programme boards at district scale: the request board and the status board at 500 units and
// 5,000 request versions (10 per unit), by items read and latency on DynamoDB Local.
import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import { requestBoard } from '../../shared/programme/request-board.js';
import { requestIdOf, type RequestVersion } from '../../shared/programme/request-schema.js';
import { statusBoard } from '../../shared/programme/status-board.js';
import { batchWrite } from '../../shared/storage/dynamodb/batch-write.js';
import { requestItems } from '../../shared/storage/dynamodb/request-repository.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import type { Store } from '../../shared/store.js';
import { decimalText } from '../../shared/kernel/exact-decimal.js';
import { percentile } from './measure.js';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';

export interface ProgrammeFigures {
  units: number;
  runs: number;
  catalogueItems: number;
  requestVersions: number;
  requestBoard: { itemsRead: number; p50Ms: number; p95Ms: number };
  statusBoard: { itemsRead: number; p50Ms: number; p95Ms: number };
}

const UNITS = 500;
const VERSIONS_PER_UNIT = 10;
const RUNS = 30;

async function timed(runs: number, read: () => Promise<unknown>, counter: { items: number }) {
  const latencies: number[] = [];
  let itemsRead = 0;
  for (let i = 0; i < runs; i++) {
    counter.items = 0;
    const t0 = performance.now();
    await read();
    latencies.push(performance.now() - t0);
    itemsRead = counter.items;
  }
  latencies.sort((a, b) => a - b);
  return { itemsRead, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}

export async function programmeFigures(): Promise<ProgrammeFigures> {
  const dynamo = await startDynamoLocal();
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const tableName = `programme-${Date.now()}`;
  await ensureTable(client, tableName);
  try {
    return await measure({ client, tableName, store: createDynamoStore({ client, tableName }) });
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

async function measure(db: { client: DynamoDBDocumentClient; tableName: string; store: Store }): Promise<ProgrammeFigures> {
  // Prepare: 500 units across the five fronts, a published menu, 10 versions of each unit's request,
  // and per-unit counters of a needs survey for 480 of them (20 silent).
  const units = Array.from({ length: UNITS }, (_, i) => ({ id: `bench-u${i}`, name: `单位 ${i}`, front: demoCatalogue.fronts[i % 5]!.id }));
  await db.store.catalogue.putAll({ ...demoCatalogue, units: [...demoCatalogue.units.map((u) => ({ ...u, retired: true })), ...units] });
  const menuId = 'bench-menu';
  const topics = demoCatalogue.topics.slice(0, 8);
  const now = new Date().toISOString();
  await db.store.menus.create({
    id: menuId,
    title: 'bench',
    status: 'published',
    orderDeadline: new Date(Date.now() + 86_400_000).toISOString(),
    maxPicks: 3,
    formats: ['lecture'],
    items: topics.map((t) => ({ topicId: t.id, title: t.title, themeId: t.theme, theme: t.theme, experts: [] })),
    createdAt: now,
  });
  const items = units.flatMap((u, n) =>
    Array.from({ length: VERSIONS_PER_UNIT }, (_, v): RequestVersion => ({
      requestId: requestIdOf(menuId, u.id),
      menuId,
      unitId: u.id,
      version: v + 1,
      submissionId: randomUUID(),
      submittedAt: now,
      picks: [0, 1, 2].map((k) => ({ topicId: topics[(n + v + k) % topics.length]!.id })),
      audience: 20 + ((n * 7 + v) % 200),
      contact: { name: '联络员', phone: '13800000000' },
    })).flatMap((version, v) => {
      // Every version item, and the current item once (the last version's).
      const [versionItem, currentItem] = requestItems(version);
      return v === VERSIONS_PER_UNIT - 1 ? [versionItem!, currentItem!] : [versionItem!];
    }),
  );
  await batchWrite(db.client, db.tableName, items.map((Item) => ({ PutRequest: { Item } })), 8);
  // A needs survey without a unit question: every current unit is expected to answer.
  const needs = demoSurveys(now)[0]!;
  const surveyId = needs.id;
  await db.store.surveys.put({ ...needs, questions: needs.questions.filter((q) => q.type !== 'unit') });
  await db.store.counters.replace(
    surveyId,
    units.slice(20).map((u) => ({ unitId: u.id, front: u.front, counters: { responses: decimalText('3') }, lastResponseAt: now })),
  );

  // Act: each board through a store that counts the items every read returns.
  const counter = { items: 0 };
  const counted = createDynamoStore({ client: db.client, tableName: db.tableName, readObserver: { itemsRead: (n) => void (counter.items += n) } });
  const board = await timed(RUNS, () => requestBoard(counted, menuId), counter);
  const status = await timed(RUNS, () => statusBoard(counted, surveyId), counter);
  const catalogue = await db.store.catalogue.load();
  const catalogueItems = Object.values(catalogue).reduce((sum, list) => sum + list.length, 0);
  return { units: UNITS, runs: RUNS, catalogueItems, requestVersions: UNITS * VERSIONS_PER_UNIT, requestBoard: board, statusBoard: status };
}
