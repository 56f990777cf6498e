// Export jobs: one item each, every state change conditional on the state it leaves, parsed on read.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { ExportJobSchema, type ExportJob } from '../../exports/export-job-schema.js';
import { keys } from '../keys.js';
import type { ExportJobRepository } from '../../exports/export-job-store.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

/** Finished jobs are forgotten after a week, as their files are (the bucket expires them sooner). */
const JOB_TTL_SECONDS = 7 * 24 * 3600;

/** The job item: its keys, a type, the job under one attribute, and a TTL. */
function jobItem(job: ExportJob): Record<string, unknown> {
  return { ...keys.exportJob(job.exportId), type: 'export-job', job, [tableDefinition.ttlAttribute]: Math.ceil(Date.parse(job.createdAt) / 1000) + JOB_TTL_SECONDS };
}

export class DynamoExportJobRepository implements ExportJobRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(job: ExportJob): Promise<void> {
    const checked = v.parse(ExportJobSchema, job);
    await guarded(() =>
      this.client.send(new PutCommand({ TableName: this.tableName, Item: jobItem(checked), ConditionExpression: 'attribute_not_exists(pk)' })),
    );
  }

  async get(exportId: string): Promise<ExportJob | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.exportJob(exportId), ConsistentRead: true })));
    if (!Item) return undefined;
    const parsed = v.safeParse(ExportJobSchema, Item.job);
    // An item this version cannot read is reported as a failed job rather than a 500.
    if (!parsed.success) return undefined;
    return parsed.output;
  }

  async start(exportId: string, at: string): Promise<boolean> {
    return this.change(exportId, ['queued'], 'SET #job.#status = :running, #job.#updatedAt = :at', { ':running': 'running', ':at': at });
  }

  async progress(exportId: string, rowsDone: number, at: string): Promise<void> {
    await this.change(exportId, ['running'], 'SET #job.#rowsDone = :rows, #job.#updatedAt = :at', { ':rows': rowsDone, ':at': at });
  }

  async finish(exportId: string, { rowsDone, file }: { rowsDone: number; file: NonNullable<ExportJob['file']> }, at: string): Promise<void> {
    const changed = await this.change(
      exportId,
      ['running'],
      'SET #job.#status = :done, #job.#rowsDone = :rows, #job.#file = :file, #job.#updatedAt = :at, #job.#finishedAt = :at',
      { ':done': 'done', ':rows': rowsDone, ':file': file, ':at': at },
    );
    if (!changed) throw new Error(`Export ${exportId} was no longer running when it finished`);
  }

  async fail(exportId: string, error: string, at: string): Promise<void> {
    await this.change(exportId, ['queued', 'running'], 'SET #job.#status = :failed, #job.#error = :error, #job.#updatedAt = :at, #job.#finishedAt = :at', {
      ':failed': 'failed',
      ':error': error.slice(0, 100),
      ':at': at,
    });
  }

  /** One conditional update; false when the job is missing or not in one of `from`. */
  private async change(exportId: string, from: readonly ExportJob['status'][], update: string, values: Record<string, unknown>): Promise<boolean> {
    const allowed = Object.fromEntries(from.map((status, i) => [`:from${i}`, status]));
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.exportJob(exportId),
            UpdateExpression: update,
            ConditionExpression: `attribute_exists(pk) AND #job.#status IN (${Object.keys(allowed).join(', ')})`,
            ExpressionAttributeNames: Object.fromEntries(
              ['job', 'status', 'updatedAt', 'rowsDone', 'file', 'finishedAt', 'error'].filter((n) => n === 'job' || n === 'status' || update.includes(`#${n}`)).map((n) => [`#${n}`, n]),
            ),
            ExpressionAttributeValues: { ...values, ...allowed },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
