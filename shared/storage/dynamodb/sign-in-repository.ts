// Sign-ins, stored exactly once per signInId and counted on the event's counter shards in the same
// transaction: the one counted write of survey responses and lecture feedback (counted-submission.ts), so a hall of 300
// signing in within a minute spreads over the shards instead of queueing on one item. A retry that
// lost a race moves to the next shard; the sign-in's own key makes it exactly once.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { StoreUnavailableError } from '../../errors.js';
import { SIGN_IN_COUNTER_NAME as SIGN_IN_COUNTER } from '../../lectures/feedback-counters.js';
import { DEFAULT_SIGN_IN_SETTINGS, SignInSettingsSchema, StoredSignInSchema, type SignInSettings, type StoredSignIn } from '../../sign-in/sign-in-schema.js';
import type { SignInOutcome, SignInRepository, SignInSettingsRepository } from '../../sign-in/sign-in-store.js';
import { keys } from '../keys.js';
import type { Page } from '../../kernel/page.js';
import { writeCountedSubmission } from './counted-submission.js';
import { defaultRetry, type RetryPolicy } from './exactly-once.js';
import { LECTURE_COUNTER_SHARDS } from './lecture-counter-shards.js';
import { partitionQuery, queryPage } from './query-all.js';
import { guarded } from './sdk-errors.js';

export function signInItem(signIn: StoredSignIn): Record<string, unknown> {
  return { ...keys.signInById(signIn.eventId, signIn.signInId), ...keys.signInsByTime(signIn.eventId, signIn.at, signIn.signInId), type: 'sign-in', ...signIn };
}

const toSignIn = (item: Record<string, unknown>): StoredSignIn => v.parse(StoredSignInSchema, item);

export class DynamoSignInRepository implements SignInRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  async submit(signIn: StoredSignIn): Promise<SignInOutcome> {
    const { replayed } = await writeCountedSubmission(
      { client: this.client, tableName: this.tableName, retry: this.retry },
      {
        record: signInItem(signIn),
        submissionId: signIn.signInId,
        responseId: signIn.signInId,
        target: { key: (shard) => keys.lectureCounterShard(signIn.eventId, shard), shards: LECTURE_COUNTER_SHARDS },
        deltas: { [SIGN_IN_COUNTER]: 1 },
      },
      async () => ((await this.find(signIn.eventId, signIn.signInId)) ? { responseId: signIn.signInId } : undefined),
    );
    if (!replayed) return { signIn, replayed: false };
    const stored = await this.find(signIn.eventId, signIn.signInId);
    if (!stored) throw new StoreUnavailableError('ReplayNotVisible');
    return { signIn: stored, replayed: true };
  }

  async find(eventId: string, signInId: string): Promise<StoredSignIn | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.signInById(eventId, signInId), ConsistentRead: true })));
    return Item ? toSignIn(Item) : undefined;
  }

  async list(eventId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<StoredSignIn>> {
    const partition = keys.signInsPartition(eventId);
    const page = await queryPage(this.client, partitionQuery(this.tableName, partition, { byTime: true }), partition, { limit: Math.min(Math.max(options.limit ?? 500, 1), 1000), cursor: options.cursor });
    return { ...page, items: page.items.map(toSignIn) };
  }
}

export class DynamoSignInSettingsRepository implements SignInSettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<SignInSettings> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.signInSettings() })));
    const parsed = v.safeParse(SignInSettingsSchema, Item?.settings);
    return parsed.success ? parsed.output : DEFAULT_SIGN_IN_SETTINGS;
  }

  async put(settings: SignInSettings): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.signInSettings(), type: 'sign-in-settings', settings: v.parse(SignInSettingsSchema, settings) } })));
  }
}
