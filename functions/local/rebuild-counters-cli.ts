// `npm run rebuild-counters -- --survey <id> [--write]`: recounts a survey's counters from its
// responses and lists every difference from the live ones; exits 1 when there are any.
// `--lecture <id>` does the same for one lecture's feedback counters, `--lectures` for every lecture.
import { parseArgs } from 'node:util';
import { rebuildAllLectureCounters, rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { CounterDifference } from '../../shared/report/recount.js';
import { openConfiguredTable } from './configured-table.js';
import { quietSdkNodeNotice } from './node-version.js';

quietSdkNodeNotice();

const USAGE = 'usage: npm run rebuild-counters -- (--survey <surveyId> | --lecture <lectureId> | --lectures) [--write]';

/** Prints the differences; the exit code is 1 when there are any. */
function report(what: string, differences: CounterDifference[], written: boolean): number {
  if (differences.length === 0) {
    console.log(`${what}: live counters agree with the recount.`);
    return 0;
  }
  console.log(`${what}: ${differences.length} counter(s) differ (unit or lecture, counter, live, recounted):`);
  for (const d of differences) console.log(`  ${d.unitId}\t${d.counter}\t${d.live}\t${d.recounted}`);
  console.log(written ? 'The recount has replaced the live counters.' : 'Run again with --write to replace the live counters with the recount.');
  return 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { survey: { type: 'string' }, lecture: { type: 'string' }, lectures: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } },
  });
  if (!values.survey && !values.lecture && !values.lectures) return console.error(USAGE), 2;
  const table = await openConfiguredTable();
  try {
    if (values.survey) {
      const result = await rebuildCounters(table.store, values.survey, { write: values.write });
      console.log(`Survey ${values.survey}: ${result.responses} responses recounted (${result.invalid} invalid, skipped) in table ${table.tableName}.`);
      return report(`Survey ${values.survey}`, result.differences, result.written);
    }
    const results = values.lecture
      ? [await rebuildLectureCounters(table.store, values.lecture, { write: values.write })]
      : await rebuildAllLectureCounters(table.store, { from: '0000', to: '9999' }, { write: values.write });
    let code = 0;
    for (const r of results) code = Math.max(code, report(`Lecture ${r.lectureId} (${r.feedback} feedback)`, r.differences, r.written));
    return code;
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
