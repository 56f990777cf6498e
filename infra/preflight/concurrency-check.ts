// The account's Lambda concurrency in the district's region: enough left unreserved for the reserved
// concurrency the districts file asks for (Lambda keeps at least 100 unreserved, and new accounts
// start with quotas far below the default 1000), and the quota the near-limit alarm is computed from.
import { GetAccountSettingsCommand, GetFunctionConcurrencyCommand, paginateListFunctions } from '@aws-sdk/client-lambda';
import { functionSettings } from '../constructs/app-function.js';
import { EXPORT_WORKER_ID } from '../constructs/export-worker.js';
import { DEFAULT_ACCOUNT_CONCURRENCY, stackName } from '../districts.js';
import { functionSpecs } from '../function-specs.js';
import { error, ok, warning, type Finding, type PreflightCheck } from './findings.js';

const CHECK = 'Lambda concurrency';
/** Lambda refuses a reservation that would leave fewer unreserved than this. */
export const MIN_UNRESERVED = 100;
/** Below this quota a lecture hall answering at once (300 phones within minutes) is throttled. */
export const LOW_QUOTA = 100;

/** The reservations the file asks for, per function id. */
function wantedReservations(district: Parameters<typeof functionSettings>[1]): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const spec of [...functionSpecs(), { id: EXPORT_WORKER_ID }]) {
    const reserved = functionSettings(spec, district).reservedConcurrency;
    if (reserved !== undefined) wanted.set(spec.id, reserved);
  }
  return wanted;
}

export const concurrencyCheck: PreflightCheck = async ({ district, region, clients }) => {
  const settings = await clients.lambda.send(new GetAccountSettingsCommand({}));
  const quota = settings.AccountLimit?.ConcurrentExecutions ?? 0;
  const unreserved = settings.AccountLimit?.UnreservedConcurrentExecutions ?? 0;
  const wanted = wantedReservations(district);
  const wantedTotal = [...wanted.values()].reduce((a, b) => a + b, 0);

  // What this district's functions already reserve (a redeploy) is given back before it is taken again.
  let held = 0;
  if (wantedTotal > 0) {
    const prefix = `${stackName(district)}-`;
    for await (const page of paginateListFunctions({ client: clients.lambda }, {})) {
      for (const fn of page.Functions ?? []) {
        if (!fn.FunctionName?.startsWith(prefix)) continue;
        const concurrency = await clients.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: fn.FunctionName }));
        held += concurrency.ReservedConcurrentExecutions ?? 0;
      }
    }
  }

  const findings: Finding[] = [];
  const left = unreserved + held - wantedTotal;
  if (wantedTotal > 0 && left < MIN_UNRESERVED) {
    const asked = [...wanted].map(([id, n]) => `${id} ${n}`).join(', ');
    findings.push(
      error(
        CHECK,
        `The file reserves ${wantedTotal} (${asked}), but ${region} has ${unreserved + held} of the account's ${quota} unreserved and Lambda keeps ${MIN_UNRESERVED} of them: ` +
          `the deploy would fail. Lower reservedConcurrency to at most ${Math.max(0, unreserved + held - MIN_UNRESERVED)} in all, or ask for a higher quota (Service Quotas, Lambda, "Concurrent executions").`,
      ),
    );
  }
  const assumed = district.lambda?.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY;
  if (assumed !== quota) {
    findings.push(
      warning(
        CHECK,
        `The account's quota in ${region} is ${quota}, the file assumes ${assumed}: the near-limit alarm would fire at the wrong point. Set "lambda": { "accountConcurrency": ${quota} } in the district's entry.`,
      ),
    );
  }
  if (quota < LOW_QUOTA) {
    findings.push(warning(CHECK, `The account may run only ${quota} functions at once in ${region} (new accounts start low): a hall of 300 answering within minutes will be throttled. Ask for at least 1000 (Service Quotas, Lambda, "Concurrent executions").`));
  }
  if (findings.length === 0) findings.push(ok(CHECK, `quota ${quota}, ${unreserved} unreserved${wantedTotal > 0 ? `, ${wantedTotal} to reserve` : ''}.`));
  return findings;
};
