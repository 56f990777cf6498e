// `npm run restore-rehearsal`: rehearses the runbook's restore on DynamoDB Local. The local district's
// table (or TABLE_NAME on DYNAMODB_ENDPOINT) is exported in DynamoDB's export layout, restored into a
// new table and counted by kind against the original; exits 1 on any difference.
// `npm run restore-rehearsal -- --export <dir>` restores a real export instead (the folder holding its
// manifest-summary.json, downloaded with `aws s3 sync`) into a DynamoDB Local of its own, and compares
// it with the export's own counts. `--keep` keeps the restored table and the export folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { openConfiguredTable, type ConfiguredTable } from '../../functions/local/configured-table.js';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';
import { quietSdkNodeNotice } from '../../functions/local/node-version.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { rehearseRestore, type RehearsalResult } from './rehearse-restore.js';

quietSdkNodeNotice();

export function rehearsalLines(result: RehearsalResult): string[] {
  const kinds = [...new Set([...Object.keys(result.exported), ...Object.keys(result.restored), ...Object.keys(result.source ?? {})])].sort();
  const lines = [`${'kind'.padEnd(44)} ${result.source ? 'table'.padStart(8) : ''} ${'export'.padStart(8)} ${'restored'.padStart(8)}`];
  for (const kind of kinds) {
    lines.push(`${kind.padEnd(44)} ${result.source ? String(result.source[kind] ?? 0).padStart(8) : ''} ${String(result.exported[kind] ?? 0).padStart(8)} ${String(result.restored[kind] ?? 0).padStart(8)}`);
  }
  lines.push(`The export's summary counts ${result.exportItems} items.`);
  lines.push(result.differences.length === 0 ? 'Whole: every kind has as many items restored as exported.' : `${result.differences.length} kind(s) differ: ${result.differences.map((d) => d.kind).join(', ')}.`);
  return lines;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { export: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  if (!values.export && process.env.TABLE_NAME && !process.env.DYNAMODB_ENDPOINT) {
    console.error('The rehearsal runs on DynamoDB Local. For a deployed table, export it to S3, download the export (aws s3 sync) and pass --export <folder>.');
    return 2;
  }
  let source: ConfiguredTable | undefined;
  let dynamo: DynamoLocal | undefined;
  const exportDir = values.export ?? mkdtempSync(join(tmpdir(), 'diancai-export-'));
  try {
    let client;
    if (values.export) {
      dynamo = await startDynamoLocal();
      client = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials });
    } else {
      source = await openConfiguredTable();
      client = source.client;
    }
    const restoredTable = `${source?.tableName ?? 'export'}-restored-${Date.now()}`;
    const result = await rehearseRestore({ client, exportDir, restoredTable, ...(source ? { sourceTable: source.tableName } : {}) });
    for (const line of rehearsalLines(result)) console.log(line);
    if (values.keep) console.log(`Kept: table ${restoredTable}${values.export ? '' : `, export in ${exportDir}`}.`);
    else if (source) await client.send(new DeleteTableCommand({ TableName: restoredTable }));
    return result.differences.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  } finally {
    if (!values.export && !values.keep) rmSync(exportDir, { recursive: true, force: true });
    await source?.close();
    await dynamo?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
