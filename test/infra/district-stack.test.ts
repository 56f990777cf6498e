// The synthesized template of two districts: every property issue 5 names, least privilege, no fixed names, aws-cn, cdk-nag.
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_EXPIRY_DAYS } from '../../infra/district-stack.js';
import { functionSpecs, organizerFunction, respondentFunction, type RouteKey } from '../../infra/function-specs.js';
import { routeKeyOf } from '../../infra/route-keys.js';
import { ORGANIZER_ROUTES } from '../../functions/organizer/route-table.js';
import { gatewayRouteFor } from './support/gateway-route-selection.js';
import { tableActions } from '../../infra/table-access.js';
import { keys, PUBLIC_WRITE_PREFIX } from '../../shared/storage/keys.js';
import { isAllowed, type TableStatement } from './support/dynamodb-policy-proxy.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { synthDistricts, testDistricts, type Synthesized } from './support/synth-districts.js';

let synth: Synthesized;
// Synthesis with cdk-nag takes seconds alone and a minute or more on a loaded machine.
beforeAll(() => {
  synth = synthDistricts({ bundle: false });
}, 300_000);

const [alpha, beta] = testDistricts as [(typeof testDistricts)[0], (typeof testDistricts)[0]];

function logicalIdOf(type: string, id: string, prefix = ''): string {
  const [logicalId] = Object.keys(synth.template(id).findResources(type)).filter((k) => k.startsWith(prefix));
  if (!logicalId) throw new Error(`no ${type}`);
  return logicalId;
}

/** A template's ARN (a string, or an Fn::Join of strings and Refs) with the Refs replaced by the values given. */
function renderArn(value: unknown, refs: Record<string, string>): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map((part) => renderArn(part, refs)).join(join[0]);
  const ref = (value as { Ref?: string }).Ref;
  if (ref && refs[ref] !== undefined) return refs[ref] as string;
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

/** IAM's ArnLike: each of the six colon-separated parts matched alone, `*` any run of characters (slashes too), `?` one. */
function arnLike(pattern: string, arn: string): boolean {
  const patternParts = pattern.split(':');
  const arnParts = arn.split(':');
  if (patternParts.length < 6 || arnParts.length < 6) return false;
  const part = (p: string[], i: number) => (i < 5 ? (p[i] as string) : p.slice(5).join(':'));
  return [0, 1, 2, 3, 4, 5].every((i) => new RegExp(`^${part(patternParts, i).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(part(arnParts, i)));
}

describe('Per-district stacks', () => {
  it('Should name each stack from its district id', () => {
    expect(synth.stacks.map((s) => s.stackName)).toEqual(['Diancai-alpha', 'Diancai-beta']);
    expect(synth.stacks.map((s) => s.region)).toEqual(['eu-central-1', 'cn-north-1']);
  });

  it.each(['alpha', 'beta'])('Should build %s table from the shared key-schema definition and keep it on delete', (id) => {
    const template = synth.template(id);
    const { partitionKey, sortKey, byTimeIndex, byResponseIdIndex, ttlAttribute } = tableDefinition;
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        TableName: Match.absent(),
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: byTimeIndex.name,
            KeySchema: [
              { AttributeName: byTimeIndex.partitionKey, KeyType: 'HASH' },
              { AttributeName: byTimeIndex.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
          {
            IndexName: byResponseIdIndex.name,
            KeySchema: [
              { AttributeName: byResponseIdIndex.partitionKey, KeyType: 'HASH' },
              { AttributeName: byResponseIdIndex.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
        // AWS-managed key: SSE on, no customer key named.
        SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
      },
    });
  });

  it('Should run the respondent app on Node.js 22, arm64, bundled to ESM with source maps on', () => {
    const template = synth.template('beta');
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: logicalIdOf('AWS::DynamoDB::Table', 'beta') },
          LOG_LEVEL: 'info',
          DISTRICT_ID: 'beta',
          DIANCAI_TIME_ZONE: 'Asia/Shanghai',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
  });

  function statementsOf(districtId: string, roleIdPrefix: string): any[] {
    const policies = synth.template(districtId).findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp(`^${roleIdPrefix}Role`) }] } });
    return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as any[]);
  }

  it.each(['alpha', 'beta'])('Should let the respondent of %s read survey and public partitions but write only public ones, on the table only', (id) => {
    const table = logicalIdOf('AWS::DynamoDB::Table', id);
    const statements = statementsOf(id, respondentFunction.id);
    const onTable = statements.filter((s) => JSON.stringify(s.Resource).includes(table));
    expect(onTable).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        // Unit pages also read a unit's key, its unit and front records, the directory, menus and the unit's lecture list; feedback pages the lecture and the feedback form.
        // The /news pages the published briefings; essay pages the calls; the expert's page their key, record and lecture list.
        Condition: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': ['SURVEY#*', 'PUBLIC#*', 'UNITKEY#*', 'CATALOGUE#unit', 'CATALOGUE#front', 'DIRECTORY', 'MENU#*', 'LECTURE#*', 'PROGRAMME', 'UNIT_LECTURES#*', 'NEWS', 'NEWS#*', 'ESSAYCALL#*', 'ESSAYCALLS', 'EXPERTKEY#*', 'CATALOGUE#expert', 'EXPERT_LECTURES#*'],
          },
        },
      },
      {
        Effect: 'Allow',
        Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PUBLIC#*'] } },
      },
      {
        // An expert's answer: the lecture item's assignment attributes only, nothing returned.
        Effect: 'Allow',
        Action: 'dynamodb:UpdateItem',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LECTURE#*'] },
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'sk', 'status', 'expertId', 'assignment', 'assignmentAt', 'declineReason'] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      },
      {
        // Audit entries of what links do: put only (the organizer's deny on changing them stays).
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT'] } },
      },
    ]);
    // Nothing else: no secret; no bucket but the records bucket's essay files (test/infra/records-bucket.test.ts).
    expect(JSON.stringify(statements)).not.toMatch(/secretsmanager:/);
    const records = logicalIdOf('AWS::S3::Bucket', id, 'Records');
    const onObjects = statements.filter((st) => JSON.stringify(st.Action).includes('s3:'));
    expect(onObjects.length).toBeGreaterThan(0);
    for (const resource of onObjects.flatMap((st) => [st.Resource].flat())) expect(JSON.stringify(resource)).toContain(`"${records}"`);
  });

  it('Should build what respondents write in public partitions and what they only read outside them, so the policy above holds', () => {
    const writes = [
      keys.responseBySubmission('s1', 'sub').pk,
      keys.countersBySurveyUnit('s1', 'u1').pk,
      keys.accessCode('s1', 'CODE').pk,
      keys.surveyQuota('s1', 0).pk,
    ];
    const statements = statementsOf('beta', respondentFunction.id) as TableStatement[];
    const can = (action: string, partitionKey: string) => isAllowed(statements, { action, partitionKey });
    for (const pk of writes) {
      expect(pk.startsWith(PUBLIC_WRITE_PREFIX), pk).toBe(true);
      expect(can('PutItem', pk) && can('UpdateItem', pk) && can('GetItem', pk), pk).toBe(true);
    }
    // Read, never written: the definition and its settings.
    for (const { pk } of [keys.surveyById('s1'), keys.surveySettings('s1')]) {
      expect(can('GetItem', pk), pk).toBe(true);
      expect(can('PutItem', pk) || can('UpdateItem', pk) || can('DeleteItem', pk), pk).toBe(false);
    }
    // Read, never written, by the unit pages: a unit's key, its unit and front records, the directory, menus, its lecture list.
    for (const { pk } of [keys.unitByKey('k'), keys.catalogueItem('unit', 'u'), keys.catalogueItem('front', 'f'), keys.publicDirectory(), keys.menuById('m'), keys.lecturesOfUnit('u')]) {
      expect(can('GetItem', pk), pk).toBe(true);
      expect(can('PutItem', pk) || can('UpdateItem', pk) || can('DeleteItem', pk), pk).toBe(false);
    }
    // Written by the unit pages: request versions and current requests, in public partitions.
    for (const pk of [keys.currentRequest('m', 'u').pk, keys.requestVersionBySubmission('m', 's').pk]) {
      expect(pk.startsWith(PUBLIC_WRITE_PREFIX), pk).toBe(true);
      expect(can('PutItem', pk) && can('GetItem', pk), pk).toBe(true);
    }
    // Neither read nor written: accounts, sign-in throttles, sessions, the rest of the catalogue, meta, the unit-key list.
    for (const { pk } of [keys.accountByEmail('a@b.cn'), keys.loginThrottle('a@b.cn'), keys.sessionById('x'), keys.catalogueItem('topic', 't'), keys.meta('seeded'), keys.unitKeyOfUnit('u')]) {
      expect(can('GetItem', pk) || can('PutItem', pk) || can('UpdateItem', pk), pk).toBe(false);
    }
    // The audit log: what a link does is put there (an expert's answer, a unit's essay), never read or changed.
    const audit = keys.auditEntry('t', 'e').pk;
    expect(can('PutItem', audit)).toBe(true);
    expect(can('GetItem', audit) || can('UpdateItem', audit) || can('DeleteItem', audit)).toBe(false);
    // The expert's page reads the expert's record (its name) and lecture list, never writes them.
    for (const { pk } of [keys.catalogueItem('expert', 'e')]) {
      expect(can('GetItem', pk), pk).toBe(true);
      expect(can('PutItem', pk) || can('UpdateItem', pk) || can('DeleteItem', pk), pk).toBe(false);
    }
  });

  it('Should give the organizer read-write on the table and its named index, the session secret and export objects', () => {
    const table = logicalIdOf('AWS::DynamoDB::Table', 'alpha');
    const statements = statementsOf('alpha', organizerFunction.id);
    const onTable = statements.filter((s) => JSON.stringify(s.Resource).includes(table));
    expect(onTable).toEqual([
      {
        Effect: 'Allow',
        Action: [...tableActions.readWrite].sort(),
        Resource: [
          { 'Fn::GetAtt': [table, 'Arn'] },
          ...[tableDefinition.byTimeIndex, tableDefinition.byResponseIdIndex].map((index) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, `/index/${index.name}`]] })),
        ],
      },
      {
        Effect: 'Deny',
        Action: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': ['AUDIT'] } },
      },
    ]);
    const secret = logicalIdOf('AWS::SecretsManager::Secret', 'alpha');
    expect(statements).toContainEqual({ Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: { Ref: secret } });
    // Signs download links only; the export worker writes the files. (Its records: test/infra/records-bucket.test.ts.)
    const exportsBucket = logicalIdOf('AWS::S3::Bucket', 'alpha', 'Exports');
    const onBucket = statements.filter((st) => JSON.stringify(st.Resource).includes(`"${exportsBucket}"`));
    expect(onBucket.map((st) => st.Action)).toEqual(['s3:GetObject']);
    synth.template('alpha').hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SESSION_SECRET_ARN: { Ref: secret }, EXPORT_BUCKET: Match.anyValue(), PUBLIC_BASE_URL: 'https://survey.alpha.example' }) },
    });
  });

  it.each(['alpha', 'beta'])('Should let the organizer of %s append to the audit log but never delete, batch-write or change an entry in it', (id) => {
    const statements = statementsOf(id, organizerFunction.id) as TableStatement[];
    const can = (action: string, partitionKey: string) => isAllowed(statements, { action, partitionKey });
    const audit = keys.auditEntry('2026-12-01T00:00:00.000Z', 'e1').pk;
    expect(can('PutItem', audit)).toBe(true);
    expect(can('GetItem', audit) && can('Query', audit)).toBe(true);
    for (const action of ['DeleteItem', 'BatchWriteItem', 'UpdateItem']) expect(can(action, audit), action).toBe(false);
    // Everywhere else the organizer still deletes and batch-writes (catalogue imports, unit links).
    for (const action of ['DeleteItem', 'BatchWriteItem', 'UpdateItem']) expect(can(action, keys.catalogueItem('topic', 't').pk), action).toBe(true);
  });

  it.each(['alpha', 'beta'])('Should allow no wildcard action and no DynamoDB action on every resource in %s', (id) => {
    const json = synth.json(id);
    const statements = Object.values(json.Resources as Record<string, any>)
      .filter((r) => r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::Role')
      .flatMap((r) => [...(r.Properties.PolicyDocument?.Statement ?? []), ...(r.Properties.Policies ?? []).flatMap((p: any) => p.PolicyDocument.Statement)]);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const actions = [statement.Action].flat() as string[];
      expect(actions.filter((a) => a.includes('*'))).toEqual([]);
      if (actions.some((a) => a.startsWith('dynamodb:'))) expect(JSON.stringify(statement.Resource)).not.toContain('"*"');
    }
    expect(JSON.stringify(json)).not.toContain('AWSLambdaBasicExecutionRole');
  });

  it('Should route exactly the routes the function specs list, each once, and everything else to the organizer app', () => {
    const template = synth.template('alpha');
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['$default', ...functionSpecs().flatMap((f) => f.routes)].sort());
    // `$default` shares the organizer's integration, whose app answers any unknown path in the error shape.
    const organizerRoute = routes.find((r) => r.Properties.RouteKey === 'POST /api/auth/login');
    const fallback = routes.find((r) => r.Properties.RouteKey === '$default');
    expect(fallback?.Properties.Target).toEqual(organizerRoute?.Properties.Target);
  });

  it('Should send every dashboard path, whatever its method, to the organizer app and none to the respondent, and keep one route per organizer API route', () => {
    const routes = Object.values(synth.template('alpha').findResources('AWS::ApiGatewayV2::Route'));
    const targetOf = (key: string) => JSON.stringify(routes.find((r) => r.Properties.RouteKey === key)?.Properties.Target);
    const organizerTarget = targetOf('POST /api/auth/login');
    const respondentTarget = targetOf('GET /s/{surveyId}');
    expect(organizerTarget).toBeDefined();
    expect(respondentTarget).not.toEqual(organizerTarget);
    const keys = routes.map((r) => r.Properties.RouteKey as string);
    // Each page of the route table, its parameters filled in, and paths no page has.
    const pagePaths = ORGANIZER_ROUTES.filter((r) => r.path.startsWith('/admin')).map((r) => r.path.replace(/:(\w+)/g, 'x1'));
    expect(pagePaths.length).toBeGreaterThan(100);
    for (const path of [...pagePaths, '/admin/no-such-page', '/admin/s/x1', '/admin/api/public/surveys/x1', '/admin/u/x1/menus/x2']) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const key = gatewayRouteFor(keys, method, path);
        expect(targetOf(key), `${method} ${path} -> ${key}`).toEqual(organizerTarget);
      }
    }
    // The greedy keys stand for the pages; the API keeps a key per route (its contract, its access-log lines).
    expect(keys.filter((k) => k.includes('+}')).sort()).toEqual(['GET /admin/{proxy+}', 'POST /admin/{proxy+}']);
    const apiKeys = ORGANIZER_ROUTES.filter((r) => !r.path.startsWith('/admin')).map(routeKeyOf);
    expect(apiKeys.filter((k) => targetOf(k) !== organizerTarget)).toEqual([]);
  });

  // API Gateway's quotas per HTTP API (AWS, "Quotas for configuring and running an HTTP API in API
  // Gateway": https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html, the
  // same in the China regions): 300 routes (raised only by a support request, for one API at a time),
  // 300 integrations, 10 stages, 100 stage variables and 50 tags per stage, a 3 KB access-log template.
  // A stack past any of them synthesizes fine and fails in CloudFormation, mid-deploy.
  it.each(['alpha', 'beta'])('Should stay within the HTTP API quotas in %s: routes, integrations, stages, access-log template', (id) => {
    const template = synth.template(id);
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    const routes = Object.keys(template.findResources('AWS::ApiGatewayV2::Route')).length;
    expect(routes, `${routes} API Gateway routes in ${id}, the quota is 300 per API: collapse more page routes (infra/route-keys.ts) or split the API`).toBeLessThanOrEqual(300);
    const integrations = Object.keys(template.findResources('AWS::ApiGatewayV2::Integration')).length;
    expect(integrations, `${integrations} integrations in ${id}, the quota is 300 per API`).toBeLessThanOrEqual(300);
    const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stages.length).toBeLessThanOrEqual(10);
    for (const stage of stages) {
      expect(Object.keys(stage.Properties.StageVariables ?? {}).length).toBeLessThanOrEqual(100);
      expect(Object.keys(stage.Properties.Tags ?? {}).length).toBeLessThanOrEqual(50);
      const format = stage.Properties.AccessLogSettings?.Format as string;
      expect(Buffer.byteLength(format, 'utf8'), 'access-log template bytes').toBeLessThanOrEqual(3 * 1024);
    }
  });

  it.each([alpha, beta])('Should let API Gateway invoke the organizer alias of $id for the default route of the API, whose source ARN the API-wide grant does not match', (district) => {
    const template = synth.template(district.id);
    const apiId = logicalIdOf('AWS::ApiGatewayV2::Api', district.id);
    const partition = district.region?.startsWith('cn-') ? 'aws-cn' : 'aws';
    // What API Gateway presents when it invokes the function (execute-api ARN: api/stage/route).
    const sourceArnOf = (route: string) => `arn:${partition}:execute-api:${district.region}:${district.account}:api0123/$default/${route}`;
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).map((p) => p.Properties);
    const allows = (alias: string, route: string) =>
      permissions.some(
        (p) =>
          p.Principal === 'apigateway.amazonaws.com' &&
          JSON.stringify(p.FunctionName).includes(`"${alias}"`) &&
          arnLike(renderArn(p.SourceArn, { [apiId]: 'api0123', 'AWS::Partition': partition, 'AWS::Region': district.region!, 'AWS::AccountId': district.account! }), sourceArnOf(route)),
      );
    const organizerAlias = logicalIdOf('AWS::Lambda::Alias', district.id, organizerFunction.id);
    const respondentAlias = logicalIdOf('AWS::Lambda::Alias', district.id, respondentFunction.id);
    expect(allows(organizerAlias, '$default')).toBe(true);
    expect(allows(organizerAlias, 'GET/admin/login')).toBe(true);
    expect(allows(respondentAlias, 'GET/s/abc')).toBe(true);
    // The respondent does not answer `$default`, and the API-wide pattern `*/*/*` alone would not cover it.
    expect(allows(respondentAlias, '$default')).toBe(false);
    expect(arnLike(`arn:${partition}:execute-api:${district.region}:${district.account}:api0123/*/*/*`, sourceArnOf('$default'))).toBe(false);
  });

  it.each([alpha, beta])('Should throttle the default stage of $id as its districts entry says, with JSON access logs', (district) => {
    synth.template(district.id).hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: district.throttling.burst, ThrottlingRateLimit: district.throttling.rate },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
  });

  it('Should allow the dashboard origins, never `*`, with credentials, where a district has them', () => {
    synth.template('alpha').hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['https://survey.alpha.example', 'https://dashboard.alpha.example'],
        AllowCredentials: true,
        AllowHeaders: ['authorization', 'content-type'],
      },
    });
    synth.template('beta').hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('Should map the custom domain to the stage when the district has one', () => {
    synth.template('alpha').hasResourceProperties('AWS::ApiGatewayV2::DomainName', { DomainName: 'survey.alpha.example' });
    synth.template('alpha').resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    synth.template('beta').resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
  });

  it('Should generate the session secret at deploy time, never in the template', () => {
    synth.template('beta').hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: Match.absent(),
      SecretString: Match.absent(),
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
  });

  it('Should keep exports in a private, TLS-only bucket whose objects expire', () => {
    const template = synth.template('alpha');
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        BucketName: Match.absent(),
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: EXPORT_EXPIRY_DAYS, Status: 'Enabled' })] },
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('Should output the API URL, the survey base URL and the dashboard URL', () => {
    const alphaOutputs = synth.template('alpha').findOutputs('*');
    expect(alphaOutputs.SurveyBaseUrl?.Value).toBe('https://survey.alpha.example/s/');
    expect(alphaOutputs.DashboardUrl?.Value).toBe('https://survey.alpha.example/admin');
    const betaOutputs = synth.template('beta').findOutputs('*');
    for (const name of ['ApiUrl', 'SurveyBaseUrl', 'DashboardUrl', 'TableName']) expect(betaOutputs[name]).toBeDefined();
    expect(JSON.stringify(betaOutputs.SurveyBaseUrl?.Value)).toContain('/s/');
  });
});

describe('Nothing hard-coded', () => {
  it.each(['alpha', 'beta'])('Should name no table, function, bucket, topic or secret in %s', (id) => {
    const resources = Object.values(synth.json(id).Resources as Record<string, any>);
    const nameProperty: Record<string, string> = {
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::Lambda::Function': 'FunctionName',
      'AWS::S3::Bucket': 'BucketName',
      'AWS::SNS::Topic': 'TopicName',
      'AWS::IAM::Role': 'RoleName',
      'AWS::Logs::LogGroup': 'LogGroupName',
      'AWS::SecretsManager::Secret': 'Name',
    };
    const named = resources.filter((r) => r.Type in nameProperty && r.Properties?.[nameProperty[r.Type] as string] !== undefined);
    expect(named).toEqual([]);
    synth.template(id).hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: `diancai-${id}` });
  });

  it.each(['alpha', 'beta'])('Should spell no ARN with a literal partition in %s', (id) => {
    const text = JSON.stringify(synth.json(id));
    expect(text).not.toMatch(/arn:aws(-cn|-us-gov)?:/);
    expect(text).toContain('"Ref":"AWS::Partition"');
  });

  it('Should synthesize the Chinese district for the aws-cn partition: URLs from AWS::URLSuffix', () => {
    const stack = synth.stacks.find((s) => s.stackName === 'Diancai-beta');
    expect(stack?.region).toBe('cn-north-1');
    const apiUrl = JSON.stringify(synth.template('beta').findOutputs('ApiUrl'));
    expect(apiUrl).toContain('AWS::URLSuffix');
    expect(apiUrl).not.toContain('amazonaws.com"');
  });
});

describe('cdk-nag AwsSolutions', () => {
  it.each(['Diancai-alpha', 'Diancai-beta'])('Should leave no unsuppressed error or warning in %s', (name) => {
    const stack = synth.stacks.find((s) => s.stackName === name);
    if (!stack) throw new Error(name);
    const findings = (level: 'findError' | 'findWarning') =>
      Annotations.fromStack(stack)[level]('*', Match.stringLikeRegexp('AwsSolutions-.*')).map((f) => `${f.id}: ${String(f.entry.data)}`);
    expect(findings('findError')).toEqual([]);
    expect(findings('findWarning')).toEqual([]);
  });

  it('Should give every suppression a written reason', () => {
    const metadata = synth.json('alpha').Metadata?.cdk_nag?.rules_to_suppress as { id: string; reason: string }[];
    expect(metadata.length).toBeGreaterThan(0);
    for (const rule of metadata) expect(rule.reason.length, rule.id).toBeGreaterThan(40);
  });
});
