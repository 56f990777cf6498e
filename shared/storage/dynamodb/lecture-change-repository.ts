// A scheduled lecture's change, as one transaction: the lecture's new arrangements (conditioned on
// the start, expert and units it was read with), its expert's slot moved (and the lock versions that
// make bookings race-free, as in booking), and its entries added to the lists it now belongs on.
// The entries it no longer belongs on are taken off after the commit: readers check each listed
// lecture, so an entry left over for a moment shows nothing wrong.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LectureStatusError, StoreUnavailableError } from '../../errors.js';
import type { LectureChangeStore } from '../../lectures/lecture-change-store.js';
import type { Lecture } from '../../lectures/lecture-schema.js';
import { keys } from '../keys.js';
import { expertListRemoval, expertListUpdate } from './expert-lecture-repository.js';
import { checkedBooking, lockUpdate, unitListUpdate } from './lecture-repository.js';
import { slotItem } from './expert-slot-item.js';
import { guarded } from './sdk-errors.js';

const CHANGE_ATTEMPTS = 6;

/** The lecture's attributes a change may set (everything else, counters and answers included, is left alone). */
function setClause(after: Lecture, resetAssignment: boolean) {
  const names: Record<string, string> = { '#gsi1sk': 'gsi1sk' };
  const values: Record<string, unknown> = { ':gsi1sk': keys.lecturesByStart(after.startsAt, after.id).gsi1sk };
  const set = ['#gsi1sk = :gsi1sk'];
  const remove: string[] = [];
  const put = (name: string, value: unknown) => {
    names[`#${name}`] = name;
    if (value === undefined) remove.push(`#${name}`);
    else {
      values[`:${name}`] = value;
      set.push(`#${name} = :${name}`);
    }
  };
  for (const name of ['startsAt', 'endsAt', 'durationMinutes', 'place', 'expertId', 'expertName', 'expertNameEn', 'units', 'notes'] as const) put(name, after[name]);
  if (resetAssignment) {
    put('assignment', 'pending');
    put('assignmentAt', after.assignmentAt);
    put('declineReason', undefined);
  }
  return { expression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`, names, values };
}

export class DynamoLectureChangeRepository implements LectureChangeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async change(before: Lecture, after: Lecture, resetAssignment: boolean): Promise<void> {
    const moved = before.startsAt !== after.startsAt || before.endsAt !== after.endsAt || before.expertId !== after.expertId;
    const newStart = before.startsAt !== after.startsAt;
    const keptUnits = new Set(before.units.map((u) => u.id));
    const unitsToList = after.units.filter((u) => newStart || !keptUnits.has(u.id));
    const { expression, names, values } = setClause(after, resetAssignment);
    for (let attempt = 1; attempt <= CHANGE_ATTEMPTS; attempt++) {
      // The new expert (or the same one at the new time) is checked for clashes as a booking is.
      const version = moved ? await checkedBooking(this.client, this.tableName, after) : undefined;
      try {
        await guarded(() =>
          this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Update: {
                    TableName: this.tableName,
                    Key: keys.lectureById(after.id),
                    UpdateExpression: expression,
                    ConditionExpression: '#status = :scheduled AND #was_start = :was_start AND #was_expert = :was_expert AND #was_units = :was_units',
                    ExpressionAttributeNames: { ...names, '#status': 'status', '#was_start': 'startsAt', '#was_expert': 'expertId', '#was_units': 'units' },
                    ExpressionAttributeValues: { ...values, ':scheduled': 'scheduled', ':was_start': before.startsAt, ':was_expert': before.expertId, ':was_units': before.units },
                  },
                },
                ...(moved
                  ? [
                      { Delete: { TableName: this.tableName, Key: keys.expertSlot(before.expertId, before.startsAt, before.id) } },
                      { Put: { TableName: this.tableName, Item: slotItem(after) } },
                      { Update: lockUpdate(this.tableName, after.expertId, version) },
                      // The old expert's time is freed: bookings of theirs in flight re-check.
                      ...(before.expertId !== after.expertId ? [{ Update: lockUpdate(this.tableName, before.expertId) }] : []),
                      { Update: expertListUpdate(this.tableName, after.expertId, after) },
                    ]
                  : []),
                ...unitsToList.map((u) => ({ Update: unitListUpdate(this.tableName, u.id, after) })),
              ],
            }),
          ),
        );
        await this.takeOffOldLists(before, after, moved);
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
        if (codes[0] === 'ConditionalCheckFailed') throw new LectureStatusError(after.id, 'changed meanwhile', 'changed');
        if (!codes.some((c) => c === 'ConditionalCheckFailed' || c === 'TransactionConflict')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
      }
    }
    throw new StoreUnavailableError('LectureChangeContended');
  }

  /** Old entries: the old start in every list it was under, and the lists of units and experts it left. */
  private async takeOffOldLists(before: Lecture, after: Lecture, moved: boolean): Promise<void> {
    const newUnits = new Set(after.units.map((u) => u.id));
    const stale = before.units.filter((u) => before.startsAt !== after.startsAt || !newUnits.has(u.id));
    const removals = [
      ...stale.map((u) => ({
        TableName: this.tableName,
        Key: keys.lecturesOfUnit(u.id),
        UpdateExpression: 'DELETE #lectures :entry',
        ExpressionAttributeNames: { '#lectures': 'lectures' },
        ExpressionAttributeValues: { ':entry': new Set([`${before.startsAt}#${before.id}`]) },
      })),
      ...(moved && (before.expertId !== after.expertId || before.startsAt !== after.startsAt) ? [expertListRemoval(this.tableName, before.expertId, before)] : []),
    ];
    // Best effort: the change is made; a leftover entry is filtered out by every reader.
    await Promise.allSettled(removals.map((r) => guarded(() => this.client.send(new UpdateCommand(r)))));
  }
}
