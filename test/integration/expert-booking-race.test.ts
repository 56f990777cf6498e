// Two bookings of one expert racing: the clash check must see every booking its write's condition lets
// through. Driven deterministically: the first booking's reads are held at the worst moment while the
// second one commits, through a middleware on the real client against DynamoDB Local.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { ExpertBusyError } from '../../shared/errors.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';

/** Held reads: a GetItem of an expert's booking lock waits for `release` once `holdLockRead` is set. */
let holdLockRead: Promise<void> | undefined;
const client = createDocumentClient({ endpoint: inject('dynamoEndpoint') });
client.middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as { Key?: { sk?: unknown } };
    if (context.commandName === 'GetItemCommand' && input.Key?.sk === 'LOCK' && holdLockRead) {
      const hold = holdLockRead;
      holdLockRead = undefined;
      await hold;
    }
    return next(args);
  },
  { step: 'initialize', name: 'hold-lock-read' },
);

function lecture(startsAt: string): Lecture {
  const starts = new Date(startsAt);
  return {
    id: randomUUID(),
    status: 'scheduled',
    topicId: 't-party-history',
    topicTitle: '党史学习',
    themeId: 'party',
    expertId: 'e-race',
    expertName: '王老师',
    units: [{ id: 'dongfeng-st', name: '东丰街道', front: 'street' }],
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 90 * 60_000).toISOString(),
    durationMinutes: 90,
    place: '报告厅',
    formVersion: 1,
    createdAt: new Date().toISOString(),
  };
}

describe('an expert booked twice at once', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable({ client });
  });
  afterAll(() => table.drop());

  it('Should refuse the second of two overlapping bookings when the other commits between its reads', async () => {
    // Prepare: the first booking's lock read is held until the second booking has committed.
    let release!: () => void;
    holdLockRead = new Promise<void>((resolve) => (release = resolve));
    // Act
    const first = table.store.lectures.create(lecture('2026-05-01T01:00:00Z')).then(
      () => 'booked',
      (error: unknown) => (error instanceof ExpertBusyError ? 'busy' : Promise.reject(error)),
    );
    // Give the first booking's slot query time to run while its lock read waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await table.store.lectures.create(lecture('2026-05-01T01:30:00Z'));
    release();
    // Assess: one booking, and the other told the expert is busy.
    expect(await first).toBe('busy');
  });
});
