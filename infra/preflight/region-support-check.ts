// The region offers what the functions run on: arm64 (AWS lists Lambda's arm prices per region, and
// its documentation points there for which regions have arm64), and the Node.js runtime (Lambda checks
// a runtime name against the ones it knows in that region and refuses the others by name).
import { ListLayersCommand } from '@aws-sdk/client-lambda';
import { GetProductsCommand } from '@aws-sdk/client-pricing';
import { functionSettings } from '../constructs/app-function.js';
import { organizerFunction } from '../function-specs.js';
import { error, ok, type Finding, type PreflightCheck } from './findings.js';

const CHECK = 'Region support';

/** The price list's product group for arm64 Lambda duration. */
export const ARM_DURATION_GROUP = 'AWS-Lambda-Duration-ARM';

export const regionSupportCheck: PreflightCheck = async ({ district, region, clients }) => {
  const { runtime, architecture } = functionSettings(organizerFunction, district);
  const findings: Finding[] = [];
  if (architecture.name === 'arm64') {
    const products = await clients.pricing.send(
      new GetProductsCommand({
        ServiceCode: 'AWSLambda',
        Filters: [
          { Type: 'TERM_MATCH', Field: 'regionCode', Value: region },
          { Type: 'TERM_MATCH', Field: 'group', Value: ARM_DURATION_GROUP },
        ],
        MaxResults: 1,
      }),
    );
    if ((products.PriceList ?? []).length === 0) {
      findings.push(error(CHECK, `Lambda lists no arm64 price in ${region}: arm64 is not offered there. Set "lambda": { "architecture": "x86_64" } in the district's entry.`));
    }
  }
  try {
    // A harmless read that names the runtime and architecture: Lambda validates both against its own list.
    await clients.lambda.send(new ListLayersCommand({ CompatibleRuntime: runtime.name as never, CompatibleArchitecture: architecture.name as never, MaxItems: 1 }));
  } catch (cause) {
    const name = (cause as { name?: string }).name ?? '';
    if (name !== 'InvalidParameterValueException' && name !== 'ValidationException') throw cause;
    findings.push(error(CHECK, `Lambda in ${region} refuses ${runtime.name} on ${architecture.name} (${(cause as Error).message}). Set "lambda": { "runtime": … } to one the region lists (docs/operations.md, Prerequisites).`));
  }
  if (findings.length === 0) findings.push(ok(CHECK, `${runtime.name} on ${architecture.name} in ${region}.`));
  return findings;
};
