// DynamoDB's "export to S3" layout (DYNAMODB_JSON), read and written: a manifest-summary.json with the
// item count, a manifest-files.json line per data file (its item count and MD5), and gzipped data files
// of one `{"Item": {…}}` line per item. Reading checks every file against its manifest line, so a
// missing, truncated or altered file is refused before anything is restored from it. Writing (by Scan)
// stands in for ExportTableToPointInTime where there is none: DynamoDB Local.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type RawItem = Record<string, AttributeValue>;

export interface ExportSummary {
  exportArn: string;
  itemCount: number;
  outputFormat: 'DYNAMODB_JSON';
  manifestFilesS3Key: string;
}

interface ManifestFile {
  itemCount: number;
  md5Checksum: string;
  dataFileS3Key: string;
}

export class ExportDamagedError extends Error {
  override name = 'ExportDamagedError';
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('base64');

/** Scans the table into `dir` in the export layout, `itemsPerFile` items to a data file; returns the summary. */
export async function writeExport(client: DynamoDBDocumentClient, tableName: string, dir: string, itemsPerFile = 1000): Promise<ExportSummary> {
  const exportId = `${Date.now()}-${randomUUID().slice(0, 8)}`;
  const prefix = `AWSDynamoDB/${exportId}`;
  mkdirSync(join(dir, 'data'), { recursive: true });
  const files: ManifestFile[] = [];
  let lines: string[] = [];
  let total = 0;
  const flush = () => {
    if (lines.length === 0) return;
    const key = `${prefix}/data/${randomUUID()}.json.gz`;
    const bytes = gzipSync(`${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'data', basename(key)), bytes);
    files.push({ itemCount: lines.length, md5Checksum: md5(bytes), dataFileS3Key: key });
    lines = [];
  };
  let startKey: RawItem | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    for (const item of page.Items ?? []) {
      lines.push(JSON.stringify({ Item: item }));
      total++;
      if (lines.length >= itemsPerFile) flush();
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  flush();
  const summary: ExportSummary = { exportArn: `local:${tableName}/export/${exportId}`, itemCount: total, outputFormat: 'DYNAMODB_JSON', manifestFilesS3Key: `${prefix}/manifest-files.json` };
  writeFileSync(join(dir, 'manifest-files.json'), files.map((f) => JSON.stringify(f)).join('\n') + (files.length ? '\n' : ''));
  writeFileSync(join(dir, 'manifest-summary.json'), JSON.stringify({ version: '2020-06-30', ...summary, exportType: 'FULL_EXPORT' }, null, 2));
  return summary;
}

export function readSummary(dir: string): ExportSummary {
  const summary = JSON.parse(readFileSync(join(dir, 'manifest-summary.json'), 'utf8')) as ExportSummary;
  if (summary.outputFormat !== 'DYNAMODB_JSON') throw new ExportDamagedError(`the export is ${summary.outputFormat}; only DYNAMODB_JSON keeps every attribute's type`);
  return summary;
}

/** Every item of the export, file by file, each file checked against its manifest line first. */
export function* readExport(dir: string): Generator<RawItem> {
  const manifest = readFileSync(join(dir, 'manifest-files.json'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of manifest) {
    const file = JSON.parse(line) as ManifestFile;
    const path = join(dir, 'data', basename(file.dataFileS3Key));
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new ExportDamagedError(`data file ${basename(path)} is missing`);
    }
    if (md5(bytes) !== file.md5Checksum) throw new ExportDamagedError(`data file ${basename(path)} does not match its checksum`);
    const items = gunzipSync(bytes).toString('utf8').split('\n').filter((l) => l.trim() !== '');
    if (items.length !== file.itemCount) throw new ExportDamagedError(`data file ${basename(path)} holds ${items.length} items, its manifest says ${file.itemCount}`);
    for (const item of items) yield (JSON.parse(item) as { Item: RawItem }).Item;
  }
}

/** Reads the whole export once, checking every file; returns its item count. */
export function checkExport(dir: string): number {
  let count = 0;
  for (const _item of readExport(dir)) count++;
  return count;
}
