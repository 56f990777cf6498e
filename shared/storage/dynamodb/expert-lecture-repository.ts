// An expert's lectures and their answers on them. The answer is one conditional UpdateItem of the
// lecture item, touching only ASSIGNMENT_ATTRIBUTES: the respondent function (the expert's page)
// may write those attributes of a lecture and no others (infra/table-access.ts reads this list).
import { ConditionalCheckFailedException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { StoreUnavailableError } from '../../errors.js';
import type { AnswerOutcome, ExpertAnswer, ExpertLectureStore } from '../../experts/expert-lecture-store.js';
import { LectureSchema, type Lecture } from '../../lectures/lecture-schema.js';
import { isLectureItem } from '../../events/event.js';
import { keys } from '../keys.js';
import type { ReadObserver } from './counter-repository.js';
import { guarded } from './sdk-errors.js';

/**
 * Every attribute the answer's write names, in its key, update or condition. IAM's
 * `dynamodb:Attributes` condition allows the respondent these on `LECTURE#` items and nothing else.
 */
export const ASSIGNMENT_ATTRIBUTES = ['pk', 'sk', 'status', 'expertId', 'assignment', 'assignmentAt', 'declineReason'] as const;

/** An answer that meets a cancel or change still in flight on the lecture (TransactionConflict) waits and tries again. */
const CONFLICT_ATTEMPTS = 6;

/** Adds a lecture to its expert's list (a string set, so a repeat adds nothing). */
export function expertListUpdate(tableName: string, expertId: string, lecture: Pick<Lecture, 'id' | 'startsAt'>) {
  return {
    TableName: tableName,
    Key: keys.lecturesOfExpert(expertId),
    UpdateExpression: 'SET #type = :type ADD #lectures :entry',
    ExpressionAttributeNames: { '#type': 'type', '#lectures': 'lectures' },
    ExpressionAttributeValues: { ':type': 'expert-lectures', ':entry': new Set([`${lecture.startsAt}#${lecture.id}`]) },
  };
}

/** Takes a lecture off its expert's list (a change of expert or time). */
export function expertListRemoval(tableName: string, expertId: string, lecture: Pick<Lecture, 'id' | 'startsAt'>) {
  return {
    TableName: tableName,
    Key: keys.lecturesOfExpert(expertId),
    UpdateExpression: 'DELETE #lectures :entry',
    ExpressionAttributeNames: { '#lectures': 'lectures' },
    ExpressionAttributeValues: { ':entry': new Set([`${lecture.startsAt}#${lecture.id}`]) },
  };
}

const toLecture = (item: Record<string, unknown>): Lecture => v.parse(LectureSchema, item);

export class DynamoExpertLectureRepository implements ExpertLectureStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  async ofExpert(expertId: string, since = ''): Promise<Lecture[]> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lecturesOfExpert(expertId) })));
    const entries = Item?.lectures instanceof Set ? [...(Item.lectures as Set<string>)] : [];
    // Entries are "<startsAt>#<lectureId>": the time filter needs no lecture read.
    const wanted = [...new Set(entries.filter((e) => e >= since).sort().map((e) => e.slice(e.indexOf('#') + 1)))];
    const lectures = await Promise.all(wanted.map((id) => this.read(id, false)));
    this.observer?.itemsRead((Item ? 1 : 0) + wanted.length);
    // A changed lecture's old entry (another time, or another expert's now) may linger a moment: the lecture decides.
    return lectures.filter((l): l is Lecture => l !== undefined && l.expertId === expertId).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  lecture(lectureId: string): Promise<Lecture | undefined> {
    return this.read(lectureId, true);
  }

  private async read(lectureId: string, consistent: boolean): Promise<Lecture | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lectureById(lectureId), ConsistentRead: consistent })));
    return Item && isLectureItem(Item) ? toLecture(Item) : undefined;
  }

  async answer(lectureId: string, expertId: string, answer: ExpertAnswer, at: string): Promise<AnswerOutcome> {
    const declined = answer.answer === 'declined';
    const command = new UpdateCommand({
      TableName: this.tableName,
      Key: keys.lectureById(lectureId),
      UpdateExpression: `SET #assignment = :answer, #assignmentAt = :at${declined ? ', #declineReason = :reason' : ''}`,
      ConditionExpression: '#status = :scheduled AND #expertId = :expert AND (attribute_not_exists(#assignment) OR #assignment = :pending)',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#expertId': 'expertId',
        '#assignment': 'assignment',
        '#assignmentAt': 'assignmentAt',
        ...(declined ? { '#declineReason': 'declineReason' } : {}),
      },
      ExpressionAttributeValues: {
        ':answer': answer.answer,
        ':at': at,
        ':scheduled': 'scheduled',
        ':expert': expertId,
        ':pending': 'pending',
        ...(declined ? { ':reason': answer.reason } : {}),
      },
      // Nothing comes back with the write: IAM lets the expert's page see no attribute through it.
      ReturnValues: 'NONE',
    });
    for (let attempt = 1; ; attempt++) {
      try {
        await guarded(() => this.client.send(command));
        const lecture = await this.lecture(lectureId);
        if (!lecture) throw new StoreUnavailableError('LectureVanished');
        return { written: true, lecture };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return { written: false, lecture: await this.lecture(lectureId) };
        // A cancel or change of this lecture is committing right now: once it has, the condition decides.
        if (!(error instanceof TransactionConflictException) || attempt >= CONFLICT_ATTEMPTS) throw error instanceof TransactionConflictException ? new StoreUnavailableError('TransactionConflict', { cause: error }) : error;
        await new Promise((resolve) => setTimeout(resolve, 15 * attempt));
      }
    }
  }

  async listUnderExperts(lectures: readonly Lecture[]): Promise<void> {
    const updates = lectures.map((l) => expertListUpdate(this.tableName, l.expertId, l));
    for (let i = 0; i < updates.length; i += 16) await Promise.all(updates.slice(i, i + 16).map((u) => guarded(() => this.client.send(new UpdateCommand(u)))));
  }
}
