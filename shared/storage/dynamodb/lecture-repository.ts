// Lectures, their experts' booked time and their counters. A booking is race-free: it reads the
// expert's slots and lock version, then writes the lecture, its slot and the next lock version in
// one transaction conditioned on that version, so of two overlapping bookings one must re-read.
import { BatchGetItemCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, NumberValue, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, ExpertBusyError, LectureNotFoundError, LectureStatusError, StoreUnavailableError } from '../../errors.js';
import { isLectureCounterName, type LectureCounters } from '../../lectures/feedback-counters.js';
import { addExactCounters } from '../../survey/exact-counters.js';
import { LectureSchema, MAX_DURATION_MINUTES, type Lecture } from '../../lectures/lecture-schema.js';
import { isLectureItem } from '../../events/event.js';
import { keys } from '../keys.js';
import type { LectureRepository } from '../../lectures/lecture-store.js';
import { batchWrite } from './batch-write.js';
import type { ReadObserver } from './counter-repository.js';
import { exactCountersOf, type RawItem } from './exact-counter-item.js';
import { emptyShard, LECTURE_COUNTER_SHARDS, shardKeys } from './lecture-counter-shards.js';
import { queryAll } from './query-all.js';
import { eventsByStart } from './events-by-start.js';
import { guarded } from './sdk-errors.js';
import { readSlot, slotItem, type Slot } from './expert-slot-item.js';
import { expertListUpdate } from './expert-lecture-repository.js';

/** Bookings of one expert that lose a race re-read and try again this many times. */
const BOOKING_ATTEMPTS = 6;

export function lectureItem(lecture: Lecture): Record<string, unknown> {
  return { ...keys.lectureById(lecture.id), ...keys.lecturesByStart(lecture.startsAt, lecture.id), type: 'lecture', ...lecture };
}

/** The items a new lecture is written with: itself, its expert's slot and its empty counter shards. */
export function newLectureItems(lecture: Lecture): Record<string, unknown>[] {
  return [lectureItem(lecture), slotItem(lecture), ...Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => emptyShard(lecture.id, shard))];
}

/** Adds a lecture to one host unit's list (a string set, so a repeat adds nothing). */
export function unitListUpdate(tableName: string, unitId: string, lecture: Pick<Lecture, 'id' | 'startsAt'>) {
  return {
    TableName: tableName,
    Key: keys.lecturesOfUnit(unitId),
    UpdateExpression: 'SET #type = :type ADD #lectures :entry',
    ExpressionAttributeNames: { '#type': 'type', '#lectures': 'lectures' },
    ExpressionAttributeValues: { ':type': 'unit-lectures', ':entry': new Set([`${lecture.startsAt}#${lecture.id}`]) },
  };
}

/** Lists lectures under their host units and their experts, a few updates at a time (bulk loads and rebuilds). */
export async function addToUnitLists(client: DynamoDBDocumentClient, tableName: string, lectures: readonly Lecture[]): Promise<void> {
  const updates = lectures.flatMap((l) => [...l.units.map((u) => unitListUpdate(tableName, u.id, l)), expertListUpdate(tableName, l.expertId, l)]);
  for (let i = 0; i < updates.length; i += 16) await Promise.all(updates.slice(i, i + 16).map((u) => guarded(() => client.send(new UpdateCommand(u)))));
}

const toLecture = (item: Record<string, unknown>): Lecture => v.parse(LectureSchema, item);
/** A unit's lecture list: a string set of "<startsAt>#<lectureId>" (absent until the unit hosts one). */
const UnitLecturesSchema = v.object({ lectures: v.optional(v.set(v.string())) });

/**
 * Moves an expert's lock version on by one: conditioned on `seen` (the version a clash check read),
 * so of two bookings of one expert checked against the same slots only one commits; unconditioned
 * when time is freed (a cancellation), which only has to make bookings in flight re-check.
 */
export function lockUpdate(tableName: string, expertId: string, seen?: number) {
  return {
    TableName: tableName,
    Key: keys.expertLock(expertId),
    UpdateExpression: 'SET #type = :type ADD #version :one',
    ...(seen === undefined ? {} : { ConditionExpression: seen === 0 ? 'attribute_not_exists(#version)' : '#version = :seen' }),
    ExpressionAttributeNames: { '#type': 'type', '#version': 'version' },
    ExpressionAttributeValues: { ':type': 'expert-lock', ':one': 1, ...(seen === undefined || seen === 0 ? {} : { ':seen': seen }) },
  };
}

/**
 * The clash check of a booking (new or changed): reads the expert's lock version and the slots that
 * could overlap (starting at most the longest lecture before this one), throws ExpertBusyError for an
 * overlap with another lecture, and returns the version the booking's write is conditioned on.
 */
export async function checkedBooking(client: DynamoDBDocumentClient, tableName: string, lecture: Pick<Lecture, 'id' | 'expertId' | 'startsAt' | 'endsAt'>): Promise<number> {
  const earliest = new Date(Date.parse(lecture.startsAt) - MAX_DURATION_MINUTES * 60_000).toISOString();
  // The version first, then the slots: a booking committed after this read bumps the version and so
  // fails our condition. Read together, the slots could miss a booking the version read already saw.
  const lock = await guarded(() => client.send(new GetCommand({ TableName: tableName, Key: keys.expertLock(lecture.expertId), ConsistentRead: true })));
  const items = await queryAll(client, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': keys.expertSlotsPartition(lecture.expertId), ':from': keys.expertSlotBound(earliest), ':to': keys.expertSlotBound(lecture.endsAt) },
    ConsistentRead: true,
  });
  const slots: Slot[] = items.map(readSlot);
  // Touching ends do not overlap: a lecture may start the minute the previous one ends.
  const clash = slots.find((s) => s.lectureId !== lecture.id && s.startsAt < lecture.endsAt && s.endsAt > lecture.startsAt);
  if (clash) throw new ExpertBusyError(lecture.expertId, clash);
  return typeof lock.Item?.version === 'number' ? lock.Item.version : 0;
}

export class DynamoLectureRepository implements LectureRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  async create(lecture: Lecture): Promise<void> {
    for (let attempt = 1; attempt <= BOOKING_ATTEMPTS; attempt++) {
      const version = await checkedBooking(this.client, this.tableName, lecture);
      const [lectureRecord, slot, ...shards] = newLectureItems(lecture);
      try {
        await guarded(() =>
          this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                { Put: { TableName: this.tableName, Item: lectureRecord, ConditionExpression: 'attribute_not_exists(pk)' } },
                { Put: { TableName: this.tableName, Item: slot } },
                { Update: lockUpdate(this.tableName, lecture.expertId, version) },
                ...shards.map((item) => ({ Put: { TableName: this.tableName, Item: item } })),
                ...lecture.units.map((u) => ({ Update: unitListUpdate(this.tableName, u.id, lecture) })),
                { Update: expertListUpdate(this.tableName, lecture.expertId, lecture) },
              ],
            }),
          ),
        );
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
        if (codes[0] === 'ConditionalCheckFailed') throw new AlreadyExistsError('lecture', lecture.id);
        // Another booking of this expert came first (or is in flight): read again and re-check.
        if (!codes.some((c) => c === 'ConditionalCheckFailed' || c === 'TransactionConflict')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
      }
    }
    throw new StoreUnavailableError('ExpertBookingContended');
  }

  async get(lectureId: string): Promise<Lecture | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lectureById(lectureId) })));
    // Study sessions and exchange meetings share the id space: to the lecture pages they do not exist.
    return Item && isLectureItem(Item) ? toLecture(Item) : undefined;
  }

  async ofUnit(unitId: string, since = ''): Promise<Lecture[]> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lecturesOfUnit(unitId) })));
    const listed = v.safeParse(UnitLecturesSchema, Item ?? {});
    const entries = listed.success && listed.output.lectures ? [...listed.output.lectures] : [];
    // Entries are "<startsAt>#<lectureId>": the time filter needs no lecture read.
    const wanted = [...new Set(entries.filter((e) => e >= since).sort().map((e) => e.slice(e.indexOf('#') + 1)))];
    const lectures = await Promise.all(wanted.map((id) => this.get(id)));
    this.observer?.itemsRead((Item ? 1 : 0) + wanted.length);
    // A changed lecture's old entry (another time, or a unit no longer hosting it) may linger a moment: the lecture decides.
    return lectures.filter((l): l is Lecture => l !== undefined && l.units.some((u) => u.id === unitId)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  async listUnderUnits(lectures: readonly Lecture[]): Promise<void> {
    await addToUnitLists(this.client, this.tableName, lectures);
  }

  async listByStart(from: string, to: string): Promise<Lecture[]> {
    const items = await eventsByStart(this.client, this.tableName, 'lecture', from, to);
    this.observer?.itemsRead(items.length);
    // The index lists every kind of event by start; lecture pages keep lectures only.
    return items.filter(isLectureItem).map(toLecture);
  }

  async markDelivered(lectureId: string, attendance: number, at: string): Promise<Lecture> {
    return this.changeStatus(lectureId, 'delivered', {
      UpdateExpression: 'SET #status = :delivered, attendance = :attendance, deliveredAt = if_not_exists(deliveredAt, :at)',
      // Lectures only: another kind of event under the same key is not found here.
      ConditionExpression: 'attribute_exists(pk) AND #status IN (:scheduled, :delivered) AND (attribute_not_exists(#kind) OR #kind = :lecture)',
      ExpressionAttributeNames: { '#status': 'status', '#kind': 'kind' },
      ExpressionAttributeValues: { ':delivered': 'delivered', ':scheduled': 'scheduled', ':attendance': attendance, ':at': at, ':lecture': 'lecture' },
    });
  }

  async cancel(lectureId: string, at: string, reason?: string): Promise<Lecture> {
    const lecture = await this.get(lectureId);
    if (!lecture) throw new LectureNotFoundError(lectureId);
    if (lecture.status !== 'scheduled') throw new LectureStatusError(lectureId, lecture.status, 'cancelled');
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.lectureById(lectureId),
                  UpdateExpression: `SET #status = :cancelled, cancelledAt = :at${reason ? ', cancelReason = :reason' : ''}`,
                  ConditionExpression: '#status = :scheduled',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':cancelled': 'cancelled', ':scheduled': 'scheduled', ':at': at, ...(reason ? { ':reason': reason } : {}) },
                },
              },
              // The slot goes with the cancellation: the expert is free at that time again.
              { Delete: { TableName: this.tableName, Key: keys.expertSlot(lecture.expertId, lecture.startsAt, lecture.id) } },
              { Update: lockUpdate(this.tableName, lecture.expertId) },
            ],
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const now = await this.get(lectureId);
      if (now && now.status !== 'scheduled') throw new LectureStatusError(lectureId, now.status, 'cancelled');
      throw new StoreUnavailableError('TransactionConflict', { cause: error });
    }
    return { ...lecture, status: 'cancelled', cancelledAt: at, ...(reason ? { cancelReason: reason } : {}) };
  }

  async repinForm(lectureId: string, version: number, now: string): Promise<boolean> {
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.lectureById(lectureId),
            UpdateExpression: 'SET formVersion = :version',
            ConditionExpression: '#status = :scheduled AND startsAt > :now',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':version': version, ':scheduled': 'scheduled', ':now': now },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async changeStatus(lectureId: string, wanted: string, update: Omit<NonNullable<UpdateCommand['input']>, 'TableName' | 'Key'>): Promise<Lecture> {
    try {
      const { Attributes } = await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.lectureById(lectureId),
            ...update,
            ReturnValues: 'ALL_NEW',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
      return toLecture(Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item;
      if (!old || (old.kind?.S !== undefined && old.kind.S !== 'lecture')) throw new LectureNotFoundError(lectureId);
      throw new LectureStatusError(lectureId, String(old.status?.S ?? 'unknown'), wanted);
    }
  }

  /** Every lecture's shards summed exactly: read as raw items (the document client would lose a total past 2^53). */
  async counters(lectureIds: readonly string[]): Promise<Map<string, LectureCounters>> {
    const result = new Map<string, LectureCounters>(lectureIds.map((id) => [id, {}]));
    const wanted = lectureIds.flatMap((id) => shardKeys(id)).map((key) => ({ pk: { S: key.pk ?? '' }, sk: { S: key.sk ?? '' } }));
    const batches: RawItem[][] = [];
    for (let i = 0; i < wanted.length; i += 100) batches.push(wanted.slice(i, i + 100));
    await Promise.all(
      batches.map(async (batch) => {
        let pending: RawItem[] | undefined = batch;
        for (let attempt = 0; pending && pending.length > 0; attempt++) {
          if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
          const request: RawItem[] = pending;
          const answer = await guarded(() => this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: request } } })));
          const items = answer.Responses?.[this.tableName] ?? [];
          this.observer?.itemsRead(items.length);
          for (const item of items) {
            const totals = result.get(item.lectureId?.S ?? '');
            if (totals) addExactCounters(totals, exactCountersOf(item, isLectureCounterName));
          }
          pending = answer.UnprocessedKeys?.[this.tableName]?.Keys;
        }
      }),
    );
    return result;
  }

  async replaceCounters(lectureId: string, counters: LectureCounters): Promise<void> {
    // Written as number text, so a recount is stored exactly as added up.
    const exact = Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, NumberValue.from(value)]));
    await batchWrite(
      this.client,
      this.tableName,
      Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => ({ PutRequest: { Item: { ...emptyShard(lectureId, shard), ...(shard === 0 ? exact : {}) } } })),
    );
  }
}
