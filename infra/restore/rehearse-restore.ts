// A restore rehearsed end to end on DynamoDB Local: the table exported in DynamoDB's export layout,
// a new table created from the shared definition and filled from the export (as DynamoDB's import
// from S3 does), then the items counted by kind in both and compared with the export's own count.
import { BatchWriteItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { checkExport, readExport, readSummary, writeExport, type RawItem } from './dynamodb-export.js';

/** Items per kind: the key's fixed words with the ids left out, e.g. `PUBLIC#RESPONSES / SUBMISSION`. */
export type Counts = Record<string, number>;

export function kindOf(item: RawItem): string {
  const words = (value: string | undefined) => (value ?? '').split('#').filter((part) => /^[A-Z_]+$/.test(part));
  const pk = words(item[tableDefinition.partitionKey]?.S).join('#') || '?';
  const [sk] = words(item[tableDefinition.sortKey]?.S);
  return sk ? `${pk} / ${sk}` : pk;
}

function add(counts: Counts, item: RawItem): void {
  const kind = kindOf(item);
  counts[kind] = (counts[kind] ?? 0) + 1;
}

export async function countByKind(client: DynamoDBDocumentClient, tableName: string): Promise<Counts> {
  const counts: Counts = {};
  let startKey: RawItem | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    for (const item of page.Items ?? []) add(counts, item);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return counts;
}

/** Creates `tableName` from the shared definition and writes every item of the export into it; returns the export's counts. */
export async function restoreFromExport(client: DynamoDBDocumentClient, exportDir: string, tableName: string): Promise<Counts> {
  readSummary(exportDir);
  // Every file checked before the first write: a damaged export leaves no half-restored table behind.
  checkExport(exportDir);
  await ensureTable(client, tableName);
  const counts: Counts = {};
  let batch: RawItem[] = [];
  const write = async () => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
    batch = [];
  };
  for (const item of readExport(exportDir)) {
    add(counts, item);
    batch.push(item);
    if (batch.length === 25) await write();
  }
  await write();
  return counts;
}

export interface RehearsalResult {
  /** What the export's summary says it holds. */
  exportItems: number;
  source?: Counts;
  exported: Counts;
  restored: Counts;
  /** Kinds whose counts differ anywhere (source, export file, restored table); empty when the restore is whole. */
  differences: { kind: string; source?: number; exported: number; restored: number }[];
}

export function compareCounts(exportItems: number, exported: Counts, restored: Counts, source?: Counts): RehearsalResult['differences'] {
  const kinds = [...new Set([...Object.keys(exported), ...Object.keys(restored), ...Object.keys(source ?? {})])].sort();
  const differences = kinds
    .map((kind) => ({ kind, ...(source ? { source: source[kind] ?? 0 } : {}), exported: exported[kind] ?? 0, restored: restored[kind] ?? 0 }))
    .filter((d) => d.exported !== d.restored || (d.source !== undefined && d.source !== d.exported));
  const exportedTotal = Object.values(exported).reduce((a, b) => a + b, 0);
  if (exportedTotal !== exportItems) differences.push({ kind: '(total in the export summary)', exported: exportItems, restored: exportedTotal });
  return differences;
}

/** Restores an export (made here from `sourceTable`, or given as `exportDir` already holding one) into `restoredTable` and compares. */
export async function rehearseRestore(options: { client: DynamoDBDocumentClient; exportDir: string; restoredTable: string; sourceTable?: string }): Promise<RehearsalResult> {
  const { client, exportDir, restoredTable, sourceTable } = options;
  // Counted before the export is written: with writes frozen (as the runbook asks), the two agree.
  const source = sourceTable ? await countByKind(client, sourceTable) : undefined;
  if (sourceTable) await writeExport(client, sourceTable, exportDir);
  const { itemCount } = readSummary(exportDir);
  const exported = await restoreFromExport(client, exportDir, restoredTable);
  const restored = await countByKind(client, restoredTable);
  return { exportItems: itemCount, ...(source ? { source } : {}), exported, restored, differences: compareCounts(itemCount, exported, restored, source) };
}
