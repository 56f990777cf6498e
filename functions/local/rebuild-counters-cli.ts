// `npm run rebuild-counters -- --survey <id> [--write]`: recounts a survey's counters from its
// responses and lists every difference from the live ones; exits 1 when there are any.
import { parseArgs } from 'node:util';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { openConfiguredTable } from './configured-table.js';

const USAGE = 'usage: npm run rebuild-counters -- --survey <surveyId> [--write]';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { survey: { type: 'string' }, write: { type: 'boolean', default: false } } });
  if (!values.survey) return console.error(USAGE), 2;
  const table = await openConfiguredTable();
  try {
    const result = await rebuildCounters(table.store, values.survey, { write: values.write });
    console.log(`Survey ${values.survey}: ${result.responses} responses recounted (${result.invalid} invalid, skipped) in table ${table.tableName}.`);
    if (result.differences.length === 0) {
      console.log('Live counters agree with the recount.');
      return 0;
    }
    console.log(`${result.differences.length} counter(s) differ (unit, counter, live, recounted):`);
    for (const d of result.differences) console.log(`  ${d.unitId}\t${d.counter}\t${d.live}\t${d.recounted}`);
    console.log(result.written ? 'The recount has replaced the live counters.' : 'Run again with --write to replace the live counters with the recount.');
    return 1;
  } finally {
    await table.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
