// Lambda entry for CodeDeploy's BeforeAllowTraffic hook: before any request reaches a new version of
// an app function, this invokes that version with the synthetic requests its spec lists and tells
// CodeDeploy whether to go on. A failure (or no answer at all) stops the deploy and rolls it back.
import { randomUUID } from 'node:crypto';
import { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } from '@aws-sdk/client-codedeploy';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import * as v from 'valibot';
import { createLogger } from '../http/logger.js';
import { checkVersion, type CheckOutcome } from './check-version.js';
import { syntheticEvent, SyntheticRequestsSchema } from './synthetic-request.js';

const logger = createLogger({ base: { service: 'deploy-check' } });
const lambda = new LambdaClient({});
const codedeploy = new CodeDeployClient({});

const HookEventSchema = v.object({ DeploymentId: v.string(), LifecycleEventHookExecutionId: v.string() });

async function invokeVersion(target: string, event: unknown): Promise<unknown> {
  const result = await lambda.send(new InvokeCommand({ FunctionName: target, Payload: new TextEncoder().encode(JSON.stringify(event)) }));
  const payload = result.Payload ? new TextDecoder().decode(result.Payload) : '';
  if (result.FunctionError) throw new Error(`the function failed (${result.FunctionError}): ${payload.slice(0, 300)}`);
  return payload ? JSON.parse(payload) : undefined;
}

async function outcomesFor(target: string | undefined, requestsJson: string | undefined): Promise<CheckOutcome[]> {
  if (!target || !requestsJson) return [{ name: 'configuration', passed: false, detail: 'TARGET_VERSION_ARN or SYNTHETIC_REQUESTS is not set' }];
  const requests = v.parse(SyntheticRequestsSchema, JSON.parse(requestsJson));
  return checkVersion(requests, (request) => syntheticEvent(request, `deploy-check-${randomUUID()}`), (event) => invokeVersion(target, event));
}

export async function handler(event: unknown): Promise<{ passed: boolean; outcomes: CheckOutcome[] }> {
  const hook = v.parse(HookEventSchema, event);
  let outcomes: CheckOutcome[];
  try {
    outcomes = await outcomesFor(process.env.TARGET_VERSION_ARN, process.env.SYNTHETIC_REQUESTS);
  } catch (error) {
    outcomes = [{ name: 'deploy check', passed: false, detail: error instanceof Error ? error.message : String(error) }];
  }
  const passed = outcomes.every((o) => o.passed);
  if (passed) logger.info('new version passed its synthetic requests', { target: process.env.TARGET_VERSION_ARN, outcomes });
  else logger.error('new version failed its synthetic requests: the deploy stops and rolls back', { target: process.env.TARGET_VERSION_ARN, outcomes });
  // Always answered: without it CodeDeploy waits an hour for the hook before failing the deploy.
  await codedeploy.send(
    new PutLifecycleEventHookExecutionStatusCommand({ deploymentId: hook.DeploymentId, lifecycleEventHookExecutionId: hook.LifecycleEventHookExecutionId, status: passed ? 'Succeeded' : 'Failed' }),
  );
  return { passed, outcomes };
}
