// Reads a function's bundle and environment out of a synthesized template, as Lambda would get them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { TableStatement } from './dynamodb-policy-proxy.js';

export interface DeployedFunction {
  logicalId: string;
  /** The directory synthesis bundled the function into (what CloudFormation would upload). */
  assetDir: string;
  handlerFile: string;
  environment: Record<string, unknown>;
}

/** The Lambda function whose logical id starts with the spec's construct id. */
export function deployedFunction(template: Template, assembly: CloudAssembly, stackName: string, specId: string): DeployedFunction {
  const functions = template.findResources('AWS::Lambda::Function');
  const entry = Object.entries(functions).find(([id]) => id.startsWith(`${specId}Function`));
  if (!entry) throw new Error(`no function ${specId} in ${stackName}`);
  const [logicalId, resource] = entry;
  const s3Key: string = resource.Properties.Code.S3Key;
  const hash = s3Key.replace(/\.zip$/, '');
  const manifestFile = join(assembly.directory, `${stackName}.assets.json`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, { source: { path: string } }> };
  const asset = manifest.files[hash];
  if (!asset) throw new Error(`asset ${hash} not in ${manifestFile}`);
  const assetDir = join(assembly.directory, asset.source.path);
  const [file] = String(resource.Properties.Handler).split('.');
  return { logicalId, assetDir, handlerFile: join(assetDir, `${file}.mjs`), environment: resource.Properties.Environment.Variables };
}

/**
 * The environment values as Lambda would see them: literals as written, the table's Ref as
 * the name of the table the test made. Any other reference fails, so a new variable the
 * function depends on cannot slip past this test unresolved.
 */
export function resolveEnvironment(environment: Record<string, unknown>, refs: Record<string, string>): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) {
    if (typeof value === 'string') resolved[name] = value;
    else if (value && typeof value === 'object' && 'Ref' in value && typeof value.Ref === 'string' && refs[value.Ref] !== undefined) {
      resolved[name] = refs[value.Ref] as string;
    } else throw new Error(`cannot resolve ${name}=${JSON.stringify(value)} for a local run`);
  }
  return resolved;
}

/** The statements of a function's role that name the table (by its logical id), as IAM would evaluate them. */
export function tableStatementsOf(template: Template, fnLogicalId: string, tableLogicalId: string): TableStatement[] {
  const fn = template.findResources('AWS::Lambda::Function')[fnLogicalId];
  const roleId = fn?.Properties.Role?.['Fn::GetAtt']?.[0] as string | undefined;
  if (!roleId) throw new Error(`${fnLogicalId} has no role of its own`);
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`));
  return policies
    .flatMap((p) => p.Properties.PolicyDocument.Statement as TableStatement[])
    .filter((s) => JSON.stringify(s.Resource).includes(`"${tableLogicalId}"`));
}
