// Operating a district, by synthesis: alarms and dashboard, kept logs, backups, canary deploys,
// per-district overrides and adopting a restored table, in both partitions.
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ERROR_RATE_PERCENT, P99_LATENCY_MS } from '../../infra/constructs/district-alarms.js';
import { parseDistricts, type District } from '../../infra/districts.js';
import { functionSpecs } from '../../infra/function-specs.js';
import { synthDistricts, testDistricts, type Synthesized } from './support/synth-districts.js';

let synth: Synthesized;
// Tests that synthesize a district of their own get room for it on a loaded machine (see the describe options).
// Synthesis with cdk-nag takes seconds alone and a minute or more on a loaded machine.
beforeAll(() => {
  synth = synthDistricts({ bundle: false });
}, 300_000);

const [alpha] = testDistricts as [District, District];
const ids = ['alpha', 'beta'];

function logicalIdOf(template: Template, type: string, prefix = ''): string {
  const [id] = Object.keys(template.findResources(type)).filter((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no ${type} ${prefix}`);
  return id;
}

function alarmsOf(template: Template): Record<string, any> {
  return template.findResources('AWS::CloudWatch::Alarm');
}

/** The alarm whose logical id starts with the construct path `Alarms<name>`. */
function alarm(template: Template, name: string): any {
  const found = Object.entries(alarmsOf(template)).find(([id]) => id.startsWith(`Alarms${name}`));
  if (!found) throw new Error(`no alarm ${name}`);
  return found[1].Properties;
}

describe('Alarms that fire and do not flap', () => {
  it.each(ids)('Should mail every alarm and its recovery in %s, each with M-of-N datapoints, missing data not breaching, and what to check first', (id) => {
    const template = synth.template(id);
    const topic = logicalIdOf(template, 'AWS::SNS::Topic');
    const all = Object.entries(alarmsOf(template));
    // A single failed export is worth a mail (one datapoint): test/infra/export-worker.test.ts checks that alarm.
    const alarms = all.filter(([alarmId]) => !alarmId.startsWith('ExportWorker')).map(([, a]) => a.Properties);
    expect(all.length - alarms.length).toBe(1);
    // Per function: app 5xx, crashes, throttles, p99, concurrency; then the 4xx rate and table throttling.
    expect(alarms).toHaveLength(5 * functionSpecs().length + 2);
    for (const a of alarms) {
      expect(a.AlarmActions).toEqual([{ Ref: topic }]);
      expect(a.OKActions).toEqual([{ Ref: topic }]);
      expect(a.TreatMissingData).toBe('notBreaching');
      expect(a.DatapointsToAlarm).toBeGreaterThan(1);
      expect(a.EvaluationPeriods).toBeGreaterThanOrEqual(a.DatapointsToAlarm);
      expect(a.AlarmDescription).toMatch(/Check first: /);
    }
  });

  it.each(ids)('Should alarm %s on any application 5xx from the EMF metric, in 2 of 5 one-minute periods, whatever the traffic', (id) => {
    const template = synth.template(id);
    for (const spec of functionSpecs()) {
      expect(alarm(template, `${spec.id}ServerErrors`)).toMatchObject({
        Namespace: 'Diancai',
        MetricName: 'ServerErrors',
        Dimensions: [
          { Name: 'district', Value: id },
          { Name: 'service', Value: spec.service },
        ],
        Statistic: 'Sum',
        Period: 60,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        EvaluationPeriods: 5,
        DatapointsToAlarm: 2,
      });
      expect(alarm(template, `${spec.id}Errors`)).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: 1, Period: 60, DatapointsToAlarm: 2 });
      expect(alarm(template, `${spec.id}Throttles`)).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Threshold: 1 });
      expect(alarm(template, `${spec.id}LatencyP99`)).toMatchObject({
        MetricName: 'Duration',
        ExtendedStatistic: 'p99',
        Threshold: P99_LATENCY_MS[spec.id],
        Period: 300,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
      });
      // No reserved concurrency in the test districts: 80% of the account's default quota of 1000.
      expect(alarm(template, `${spec.id}ConcurrencyNearLimit`)).toMatchObject({ MetricName: 'ConcurrentExecutions', Statistic: 'Maximum', Threshold: 800 });
    }
  });

  it.each(ids)('Should alarm %s on a sustained 4xx share (the ICP 403, credential stuffing), counted only above a minimum of requests', (id) => {
    const a = alarm(synth.template(id), 'ApiClientErrorRate');
    expect(a).toMatchObject({ Threshold: CLIENT_ERROR_RATE_PERCENT, EvaluationPeriods: 3, DatapointsToAlarm: 3 });
    const expression = (a.Metrics as any[]).find((m) => m.Expression)?.Expression;
    expect(expression).toBe('IF(requests >= 20, 100 * clientErrors / requests, 0)');
    expect(JSON.stringify(a.Metrics)).toContain('"MetricName":"4xx"');
    expect(a.AlarmDescription).toContain('ICP');
  });

  it.each(ids)('Should alarm %s on DynamoDB throttling of every operation the apps send', (id) => {
    const a = alarm(synth.template(id), 'TableThrottledRequests');
    const text = JSON.stringify(a.Metrics);
    for (const op of ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'TransactWriteItems', 'BatchWriteItem']) expect(text).toContain(`"Value":"${op}"`);
    expect(a).toMatchObject({ Threshold: 1, DatapointsToAlarm: 2, EvaluationPeriods: 5 });
  });

  it.each(ids)('Should build a dashboard for %s from the apps\' metrics, the API, the functions, the table and every alarm', (id) => {
    const template = synth.template(id);
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboard?.Properties.DashboardName).toBe(`diancai-${id}`);
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of ['Submissions', 'Replays', 'RefusedAnswers', 'SignInFailures', 'SignInLockouts', 'ExportRows', 'ServerErrors', 'StoreUnavailable', 'ConcurrentExecutions', 'Duration', '4xx', 'ConsumedWriteCapacityUnits']) {
      expect(body, name).toContain(name);
    }
    for (const alarmId of Object.keys(alarmsOf(template))) expect(body).toContain(alarmId);
  });
});

describe('Logs kept', { timeout: 180_000 }, () => {
  it.each(ids)('Should keep every log group of %s 180 days by default, and keep it when the stack is deleted', (id) => {
    const groups = Object.values(synth.template(id).findResources('AWS::Logs::LogGroup'));
    // One per function, the export worker's and the API's access log.
    expect(groups).toHaveLength(functionSpecs().length + 2);
    for (const group of groups) {
      expect(group.Properties.RetentionInDays).toBe(180);
      expect(group.DeletionPolicy).toBe('Retain');
      expect(group.UpdateReplacePolicy).toBe('Retain');
    }
  });

  it('Should keep logs as long as the districts file says', () => {
    const keeper = synthDistricts({ bundle: false, districts: [{ ...alpha, logRetentionDays: 365 }] });
    for (const group of Object.values(keeper.template('alpha').findResources('AWS::Logs::LogGroup'))) expect(group.Properties.RetentionInDays).toBe(365);
  });
});

describe('Backups', { timeout: 180_000 }, () => {
  it.each(ids)('Should back the table of %s up daily to a retained vault, each backup kept a year', (id) => {
    const template = synth.template(id);
    const table = logicalIdOf(template, 'AWS::DynamoDB::Table');
    const vault = logicalIdOf(template, 'AWS::Backup::BackupVault');
    template.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: {
        BackupPlanRule: [
          Match.objectLike({
            RuleName: 'Daily',
            ScheduleExpression: 'cron(0 19 * * ? *)',
            TargetBackupVault: { 'Fn::GetAtt': [vault, 'BackupVaultName'] },
            Lifecycle: { DeleteAfterDays: 365 },
          }),
        ],
      },
    });
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: Match.objectLike({ Resources: [{ 'Fn::GetAtt': [table, 'Arn'] }] }),
    });
  });

  it('Should keep backups as long as the districts file says', () => {
    const keeper = synthDistricts({ bundle: false, districts: [{ ...alpha, backupRetentionDays: 730 }] });
    keeper.template('alpha').hasResourceProperties('AWS::Backup::BackupPlan', { BackupPlan: { BackupPlanRule: [Match.objectLike({ Lifecycle: { DeleteAfterDays: 730 } })] } });
  });
});

describe('Restoring a table: the stack adopts it with every setting re-applied', { timeout: 180_000 }, () => {
  const restored = 'diancai-alpha-restored-20261201';
  const district = { ...alpha, restoredTable: restored };

  function tables(template: Template): Record<string, any> {
    return template.findResources('AWS::DynamoDB::Table');
  }

  it('Should add the restored table as it was restored, for `cdk import`, and change nothing else', () => {
    const before = synthDistricts({ bundle: false, districts: [alpha] });
    const importStep = synthDistricts({ bundle: false, districts: [district], importRestoredTable: true });
    const all = tables(importStep.template('alpha'));
    expect(Object.keys(all)).toHaveLength(2);
    const [restoredId, adopted] = Object.entries(all).find(([, t]) => t.Properties.TableName === restored) ?? [];
    // As DynamoDB restores it: keys, index and items, but no TTL, PITR or deletion protection, and retained.
    expect(adopted).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(adopted.Properties.TimeToLiveSpecification).toBeUndefined();
    expect(adopted.Properties.PointInTimeRecoverySpecification).toBeUndefined();
    expect(adopted.Properties.DeletionProtectionEnabled).toBeUndefined();
    // Every index of the table definition (gsi1 by time, gsi2 by response id) comes back with the restore.
    expect(adopted.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName).sort()).toEqual(['gsi1', 'gsi2']);
    // Import allows no other change: without the added table, the template is the one deployed before.
    const withoutRestored = structuredClone(importStep.json('alpha'));
    delete withoutRestored.Resources[restoredId as string];
    expect(withoutRestored.Resources).toEqual(before.json('alpha').Resources);
  });

  it('Should then point functions, alarms and backups at the restored table, with TTL, PITR and deletion protection on, and let the old table go (retained)', () => {
    const adopted = synthDistricts({ bundle: false, districts: [district] });
    const template = adopted.template('alpha');
    const all = Object.entries(tables(template));
    expect(all).toHaveLength(1);
    const [tableId, table] = all[0] as [string, any];
    expect(table.Properties).toMatchObject({
      TableName: restored,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    const text = JSON.stringify(adopted.json('alpha').Resources);
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: tableId } }) } });
    expect(JSON.stringify(template.findResources('AWS::Backup::BackupSelection'))).toContain(`"Fn::GetAtt":["${tableId}","Arn"]`);
    expect(JSON.stringify(alarmsOf(template))).toContain(`"Ref":"${tableId}"`);
    expect(text).not.toMatch(/"Ref":"Table[0-9A-F]{8}"/);
  });

  it('Should refuse the import step when the districts file names no restored table', () => {
    expect(() => synthDistricts({ bundle: false, districts: [alpha], importRestoredTable: true })).toThrow(/restoredTable/);
  });
});

describe('Safe deploys', () => {
  it.each(ids)('Should integrate the `live` alias of each function in %s, never $LATEST, and shift it by a ten-percent canary that rolls back on its error alarms', (id) => {
    const template = synth.template(id);
    const aliases = template.findResources('AWS::Lambda::Alias');
    expect(Object.keys(aliases)).toHaveLength(functionSpecs().length);
    for (const [aliasId, a] of Object.entries(aliases)) {
      expect(a.Properties.Name).toBe('live');
      expect(a.Properties.FunctionVersion).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/CurrentVersion/), 'Version'] });
      expect(a.UpdatePolicy.CodeDeployLambdaAliasUpdate).toMatchObject({ DeploymentGroupName: expect.anything() });
      // The API invokes the alias.
      const integrations = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'));
      expect(integrations.some((i) => JSON.stringify(i.Properties.IntegrationUri).includes(`"${aliasId}"`)), aliasId).toBe(true);
    }
    const integrationUris = JSON.stringify(Object.values(template.findResources('AWS::ApiGatewayV2::Integration')).map((i) => i.Properties.IntegrationUri));
    expect(integrationUris).not.toMatch(/"Fn::GetAtt":\["\w+Function\w+","Arn"\]/);

    const groups = Object.values(template.findResources('AWS::CodeDeploy::DeploymentGroup')).map((g) => g.Properties);
    expect(groups).toHaveLength(functionSpecs().length);
    for (const group of groups) {
      expect(JSON.stringify(group.DeploymentConfigName)).toContain('CodeDeployDefault.LambdaCanary10Percent5Minutes');
      expect(group.AutoRollbackConfiguration.Enabled).toBe(true);
      expect([...group.AutoRollbackConfiguration.Events].sort()).toEqual(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST']);
      const alarmNames = JSON.stringify(group.AlarmConfiguration.Alarms);
      expect(group.AlarmConfiguration.Enabled).toBe(true);
      expect(alarmNames).toMatch(/ServerErrors/);
      expect(alarmNames).toMatch(/Errors/);
    }
  });
});

describe('Per-district overrides', { timeout: 180_000 }, () => {
  it('Should take runtime, architecture, memory and reserved concurrency from the districts file, and alarm at 80% of the reserved concurrency', () => {
    const [custom] = parseDistricts([
      {
        ...alpha,
        lambda: { runtime: 'nodejs20.x', architecture: 'x86_64', functions: { Respondent: { memoryMb: 1024, reservedConcurrency: 50 } } },
      },
    ]) as [District];
    const template = synthDistricts({ bundle: false, districts: [custom] }).template('alpha');
    const fns = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([fid]) => /^(Respondent|Organizer)Function/.test(fid));
    const respondent = fns.find(([fid]) => fid.startsWith('Respondent'))?.[1].Properties;
    const organizer = fns.find(([fid]) => fid.startsWith('Organizer'))?.[1].Properties;
    expect(respondent).toMatchObject({ Runtime: 'nodejs20.x', Architectures: ['x86_64'], MemorySize: 1024, ReservedConcurrentExecutions: 50 });
    expect(organizer).toMatchObject({ Runtime: 'nodejs20.x', Architectures: ['x86_64'], MemorySize: 1024 });
    expect(organizer?.ReservedConcurrentExecutions).toBeUndefined();
    expect(alarm(template, 'RespondentConcurrencyNearLimit').Threshold).toBe(40);
    expect(alarm(template, 'OrganizerConcurrencyNearLimit').Threshold).toBe(800);
  });
});
