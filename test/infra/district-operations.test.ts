// Operating a district, by synthesis: alarms and dashboard, kept logs, the audit trail, backups,
// canary deploys with their pre-traffic checks, per-district overrides and adopting a restored table,
// in both partitions.
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_P99_LATENCY_MS, CLIENT_ERROR_RATE_PERCENT, P99_LATENCY_MS, SERVER_ERROR_RATE_PERCENT } from '../../infra/constructs/district-alarms.js';
import { parseDistricts, type District } from '../../infra/districts.js';
import { functionSpecs } from '../../infra/function-specs.js';
import { synthDistricts, testDistricts, type Synthesized } from './support/synth-districts.js';
import { gatewayRouteFor } from './support/gateway-route-selection.js';

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
    // A single failed export or notifier run is worth a mail (one datapoint): test/infra/export-worker.test.ts
    // and test/infra/notifier.test.ts check those four alarms; the path check fires only when set by hand.
    const alarms = all.filter(([alarmId]) => !alarmId.startsWith('ExportWorker') && !alarmId.startsWith('Notifier') && !alarmId.startsWith('AlarmsAlarmPathCheck')).map(([, a]) => a.Properties);
    expect(all.length - alarms.length).toBe(5);
    // Per function: app 5xx, crashes, throttles, p99 (no reserved concurrency here, so no pool of its own);
    // then the API's 5xx count, 5xx rate and p99 latency, the account's unreserved pool, the 4xx rate,
    // table throttling and table system errors.
    expect(alarms).toHaveLength(4 * functionSpecs().length + 7);
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
      // No reserved concurrency in the test districts: no pool of their own to watch.
      expect(() => alarm(template, `${spec.id}ConcurrencyNearLimit`)).toThrow();
    }
    // One alarm on the pool every function without reserved concurrency shares: 80% of the default quota of 1000.
    expect(alarm(template, 'UnreservedConcurrencyNearLimit')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'UnreservedConcurrentExecutions', Statistic: 'Maximum', Threshold: 800 });
    expect(alarm(template, 'UnreservedConcurrencyNearLimit').Dimensions).toBeUndefined();
  });

  it.each(ids)('Should alarm %s on what callers saw at the API: any 5xx, a 5xx share, and p99 latency with cold starts', (id) => {
    const template = synth.template(id);
    const api = logicalIdOf(template, 'AWS::ApiGatewayV2::Api');
    expect(alarm(template, 'ApiServerErrors')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: api } }],
      Statistic: 'Sum',
      Period: 60,
      Threshold: 1,
      DatapointsToAlarm: 2,
    });
    const rate = alarm(template, 'ApiServerErrorRate');
    expect(rate.Threshold).toBe(SERVER_ERROR_RATE_PERCENT);
    expect((rate.Metrics as any[]).find((m) => m.Expression)?.Expression).toBe('IF(FILL(whole, 0) >= 10, 100 * FILL(part, 0) / FILL(whole, 0), 0)');
    expect(alarm(template, 'ApiLatencyP99')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: 'Latency', ExtendedStatistic: 'p99', Threshold: API_P99_LATENCY_MS, Period: 60, DatapointsToAlarm: 3 });
  });

  it.each(ids)('Should fill every term of every metric-math alarm in %s, so that a sparse series never leaves the sum without data', (id) => {
    const mathAlarms = Object.values(alarmsOf(synth.template(id))).filter((a) => a.Properties.Metrics);
    expect(mathAlarms.length).toBeGreaterThanOrEqual(4);
    for (const a of mathAlarms) {
      const metrics = a.Properties.Metrics as { Id: string; Expression?: string; MetricStat?: unknown }[];
      const [expression] = metrics.filter((m) => m.Expression).map((m) => m.Expression as string);
      const terms = metrics.filter((m) => m.MetricStat).map((m) => m.Id);
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) {
        // Every mention of the term is inside FILL(term, 0), and there is at least one.
        const mentions = expression?.match(new RegExp(`\\b${term}\\b`, 'g')) ?? [];
        const filled = expression?.match(new RegExp(`FILL\\(${term}, 0\\)`, 'g')) ?? [];
        expect(mentions.length, `${term} in ${expression}`).toBeGreaterThan(0);
        expect(filled.length, `${term} in ${expression}`).toBe(mentions.length);
      }
    }
  });

  it.each(ids)('Should alarm %s on a sustained 4xx share (the ICP 403, credential stuffing), counted only above a minimum of requests', (id) => {
    const a = alarm(synth.template(id), 'ApiClientErrorRate');
    expect(a).toMatchObject({ Threshold: CLIENT_ERROR_RATE_PERCENT, EvaluationPeriods: 3, DatapointsToAlarm: 3 });
    const expression = (a.Metrics as any[]).find((m) => m.Expression)?.Expression;
    expect(expression).toBe('IF(FILL(whole, 0) >= 20, 100 * FILL(part, 0) / FILL(whole, 0), 0)');
    expect(JSON.stringify(a.Metrics)).toContain('"MetricName":"4xx"');
    expect(a.AlarmDescription).toContain('ICP');
  });

  it.each(ids)('Should alarm %s on DynamoDB throttling and on DynamoDB system errors of every operation the apps send', (id) => {
    for (const [name, metric] of [['TableThrottledRequests', 'ThrottledRequests'], ['TableSystemErrors', 'SystemErrors']] as const) {
      const a = alarm(synth.template(id), name);
      const text = JSON.stringify(a.Metrics);
      for (const op of ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']) expect(text, `${name} ${op}`).toContain(`"Value":"${op}"`);
      expect(text).toContain(`"MetricName":"${metric}"`);
      expect(a).toMatchObject({ Threshold: 1, DatapointsToAlarm: 2, EvaluationPeriods: 5 });
    }
  });

  it.each(ids)('Should give %s an alarm that only a person sets, to prove the way to the mailbox, and name it in the outputs', (id) => {
    const template = synth.template(id);
    const topic = logicalIdOf(template, 'AWS::SNS::Topic');
    const [alarmId, check] = Object.entries(alarmsOf(template)).find(([k]) => k.startsWith('AlarmsAlarmPathCheck')) ?? [];
    expect(check?.Properties).toMatchObject({ Namespace: 'Diancai', MetricName: 'AlarmPathCheck', AlarmActions: [{ Ref: topic }], OKActions: [{ Ref: topic }], TreatMissingData: 'notBreaching' });
    expect(template.findOutputs('AlarmPathCheck').AlarmPathCheck?.Value).toEqual({ Ref: alarmId });
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
  it.each(ids)('Should keep every log group of %s a year by default, never less, and keep it when the stack is deleted', (id) => {
    const groups = Object.values(synth.template(id).findResources('AWS::Logs::LogGroup'));
    // One per app function and its pre-traffic check, the export worker's, the notifier's, the API's access log and the audit trail's.
    expect(groups).toHaveLength(2 * functionSpecs().length + 4);
    for (const group of groups) {
      expect(group.Properties.RetentionInDays).toBe(365);
      expect(group.DeletionPolicy).toBe('Retain');
      expect(group.UpdateReplacePolicy).toBe('Retain');
    }
  });

  it('Should keep logs as long as the districts file says, and refuse less than a year', () => {
    const keeper = synthDistricts({ bundle: false, districts: [{ ...alpha, logRetentionDays: 400 }] });
    for (const group of Object.values(keeper.template('alpha').findResources('AWS::Logs::LogGroup'))) expect(group.Properties.RetentionInDays).toBe(400);
    // Six calendar months can be 184 days: 180 falls short of the law some months.
    expect(() => parseDistricts([{ ...alpha, logRetentionDays: 180 }])).toThrow(/180 days can fall short/);
  });
});

describe('The audit trail', () => {
  it.each(ids)('Should record %s management calls and every read and write of an export or a record, kept as long as the logs', (id) => {
    const template = synth.template(id);
    const exportsBucket = Object.keys(template.findResources('AWS::S3::Bucket')).find((k) => k.startsWith('Exports')) as string;
    const recordsBucket = Object.keys(template.findResources('AWS::S3::Bucket')).find((k) => k.startsWith('Records')) as string;
    const trails = Object.values(template.findResources('AWS::CloudTrail::Trail'));
    expect(trails).toHaveLength(1);
    const trail = trails[0] as any;
    expect(trail.Properties).toMatchObject({ IsLogging: true, EnableLogFileValidation: true, IncludeGlobalServiceEvents: true, IsMultiRegionTrail: false });
    expect(trail.Properties.TrailName).toBeUndefined();
    const selectors = trail.Properties.EventSelectors as any[];
    expect(selectors).toContainEqual({ IncludeManagementEvents: true, ReadWriteType: 'All' });
    expect(selectors).toContainEqual({
      DataResources: [{ Type: 'AWS::S3::Object', Values: [exportsBucket, recordsBucket].map((bucket) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/']] })) }],
      IncludeManagementEvents: false,
      ReadWriteType: 'All',
    });
    const group = trail.Properties.CloudWatchLogsLogGroupArn['Fn::GetAtt'][0] as string;
    expect(template.findResources('AWS::Logs::LogGroup')[group]?.Properties.RetentionInDays).toBe(365);
    const files = trail.Properties.S3BucketName.Ref as string;
    expect(template.findResources('AWS::S3::Bucket')[files]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: { LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 365 })] } },
    });
  });
});

describe('Backups', { timeout: 180_000 }, () => {
  it.each(ids)('Should back the table of %s up daily to a retained vault locked for the retention, each backup kept a year', (id) => {
    const template = synth.template(id);
    const table = logicalIdOf(template, 'AWS::DynamoDB::Table');
    const vault = logicalIdOf(template, 'AWS::Backup::BackupVault');
    template.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Retain', Properties: { LockConfiguration: { MinRetentionDays: 365 } } });
    // Governance mode: no lock date, so an administrator can still lift it (docs/operations.md: making it immutable).
    expect(template.findResources('AWS::Backup::BackupVault')[vault]?.Properties.LockConfiguration.ChangeableForDays).toBeUndefined();
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

  it('Should keep backups as long as the districts file says, and lock the vault as long', () => {
    const keeper = synthDistricts({ bundle: false, districts: [{ ...alpha, backupRetentionDays: 730 }] });
    keeper.template('alpha').hasResourceProperties('AWS::Backup::BackupPlan', { BackupPlan: { BackupPlanRule: [Match.objectLike({ Lifecycle: { DeleteAfterDays: 730 } })] } });
    keeper.template('alpha').hasResourceProperties('AWS::Backup::BackupVault', { LockConfiguration: { MinRetentionDays: 730 } });
  });

  it.each(ids)('Should mail the alarm address of %s when a backup or copy job fails, expires or is aborted', (id) => {
    const template = synth.template(id);
    const topic = logicalIdOf(template, 'AWS::SNS::Topic');
    // The backup rule among the stack's rules (the notifier's schedule is another).
    const rule = Object.values(template.findResources('AWS::Events::Rule')).find((r) => JSON.stringify(r.Properties?.EventPattern ?? {}).includes('aws.backup'));
    expect(rule?.Properties).toMatchObject({
      State: 'ENABLED',
      EventPattern: { source: ['aws.backup'], 'detail-type': ['Backup Job State Change', 'Copy Job State Change'], detail: { state: ['FAILED', 'EXPIRED', 'ABORTED'] } },
      Targets: [expect.objectContaining({ Arn: { Ref: topic }, InputTransformer: expect.objectContaining({ InputTemplate: expect.stringContaining('Check first') }) })],
    });
    // The topic lets EventBridge publish to it.
    const policy = JSON.stringify(template.findResources('AWS::SNS::TopicPolicy'));
    expect(policy).toContain('events.amazonaws.com');
    // Without a copy region, no copy.
    expect(JSON.stringify(template.findResources('AWS::Backup::BackupPlan'))).not.toContain('CopyActions');
  });

  it('Should copy each backup to a locked vault in the other China region when the district asks, deployed first', () => {
    const [beta] = testDistricts.filter((d) => d.id === 'beta') as [District];
    const copying = synthDistricts({ bundle: false, districts: [{ ...beta, backupCopyRegion: 'cn-northwest-1' }] });
    const copyStack = copying.assembly.getStackByName('Diancai-beta-backup-copy');
    expect(copyStack.environment.region).toBe('cn-northwest-1');
    const copyVaults = Object.values(copyStack.template.Resources as Record<string, any>).filter((r) => r.Type === 'AWS::Backup::BackupVault');
    expect(copyVaults).toEqual([expect.objectContaining({ DeletionPolicy: 'Retain', Properties: { BackupVaultName: 'diancai-beta-copies', LockConfiguration: { MinRetentionDays: 365 } } })]);
    expect(copying.assembly.getStackByName('Diancai-beta').dependencies.map((d) => d.id)).toContain('Diancai-beta-backup-copy');
    const [rule] = (Object.values(copying.template('beta').findResources('AWS::Backup::BackupPlan'))[0]?.Properties.BackupPlan.BackupPlanRule ?? []) as any[];
    expect(rule.CopyActions).toEqual([
      {
        DestinationBackupVaultArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':backup:cn-northwest-1:222222222222:backup-vault:diancai-beta-copies']] },
        Lifecycle: { DeleteAfterDays: 365 },
      },
    ]);
    expect(JSON.stringify(copyStack.template)).not.toMatch(/arn:aws(-cn)?:/);
    // Only within one partition, and never to the district's own region.
    expect(() => parseDistricts([{ ...beta, backupCopyRegion: 'ap-east-1' }])).toThrow(/backupCopyRegion/);
    expect(() => parseDistricts([{ ...beta, backupCopyRegion: 'cn-north-1' }])).toThrow(/backupCopyRegion/);
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
    const alarmIds = Object.keys(alarmsOf(template));
    const ref = (name: string) => ({ Ref: alarmIds.find((k) => k.startsWith(`Alarms${name}`)) });
    for (const [i, group] of groups.entries()) {
      const spec = functionSpecs()[i]!;
      expect(JSON.stringify(group.DeploymentConfigName)).toContain('CodeDeployDefault.LambdaCanary10Percent10Minutes');
      expect(group.AutoRollbackConfiguration.Enabled).toBe(true);
      expect([...group.AutoRollbackConfiguration.Events].sort()).toEqual(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST']);
      expect(group.AlarmConfiguration.Enabled).toBe(true);
      // The function's own errors, and what callers saw at the gateway.
      expect(group.AlarmConfiguration.Alarms.map((a: { Name: unknown }) => a.Name)).toEqual(
        [`${spec.id}ServerErrors`, `${spec.id}Errors`, 'ApiServerErrors', 'ApiServerErrorRate', 'ApiLatencyP99'].map(ref),
      );
    }
  });

  it.each(ids)('Should give every deployment group of %s a pre-traffic hook that calls only the new version, with its spec\'s synthetic requests', (id) => {
    const template = synth.template(id);
    const functions = template.findResources('AWS::Lambda::Function');
    for (const spec of functionSpecs()) {
      const [aliasId, alias] = Object.entries(template.findResources('AWS::Lambda::Alias')).find(([k]) => k.startsWith(`${spec.id}Live`)) ?? [];
      const hookId = alias?.UpdatePolicy.CodeDeployLambdaAliasUpdate.BeforeAllowTrafficHook.Ref as string;
      expect(hookId, `${spec.id}: ${aliasId}`).toMatch(new RegExp(`^Deploys${spec.id}PreTraffic`));
      const hook = functions[hookId]?.Properties;
      const version = alias?.Properties.FunctionVersion['Fn::GetAtt'][0] as string;
      expect(hook.Environment.Variables.TARGET_VERSION_ARN).toEqual({ Ref: version });
      expect(JSON.parse(hook.Environment.Variables.SYNTHETIC_REQUESTS)).toEqual(spec.syntheticRequests);
      // Its role may invoke that version and nothing else.
      const roleId = hook.Role['Fn::GetAtt'][0] as string;
      const statements = Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`))
        .flatMap((p) => p.Properties.PolicyDocument.Statement as any[]);
      expect(statements.filter((st) => JSON.stringify(st.Action).includes('lambda:'))).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { Ref: version } }]);
      expect(statements.some((st) => JSON.stringify(st.Action).includes('codedeploy:PutLifecycleEventHookExecutionStatus'))).toBe(true);
    }
  });

  it('Should send synthetic requests only on routes the function answers, and none that could store anything', () => {
    for (const spec of functionSpecs()) {
      for (const request of spec.syntheticRequests) {
        expect([...spec.routes, ...(spec.defaultRoute ? ['$default'] : [])], request.name).toContain(request.routeKey);
        // The key is the one API Gateway would pick for the request's path, as its event would carry it.
        expect(gatewayRouteFor(functionSpecs().flatMap((s) => s.routes), request.method, request.path), request.name).toBe(request.routeKey);
        // Writes only where the answer is a refusal before anything is stored.
        if (request.method !== 'GET') expect(request.expect.status, request.name).toBeGreaterThanOrEqual(400);
      }
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
    expect(() => alarm(template, 'OrganizerConcurrencyNearLimit')).toThrow();
    // The shared pool is what the reservation leaves of the quota: 80% of 1000 - 50.
    expect(alarm(template, 'UnreservedConcurrencyNearLimit').Threshold).toBe(760);
    // The export worker and the pre-traffic checks run on the district's runtime and architecture too.
    const others = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([fid]) => /^(ExportWorker|Deploys)/.test(fid));
    expect(others.length).toBe(1 + functionSpecs().length);
    for (const [fid, fn] of others) expect(fn.Properties, fid).toMatchObject({ Runtime: 'nodejs20.x', Architectures: ['x86_64'] });
  });
});
