// The district's HTTP API: every spec's routes to its function, stage throttling, CORS for the dashboard, access logs.
import { CfnOutput, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { ApiMapping, CorsHttpMethod, DomainName, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { allowedOrigins, type District } from '../districts.js';
import type { FunctionSpec, RouteKey } from '../function-specs.js';
import { logRetentionOf } from '../log-retention.js';

export interface RoutedFunction {
  spec: FunctionSpec;
  /** What the routes invoke: the function's `live` alias. */
  target: IFunction;
}

export function parseRouteKey(key: RouteKey): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [keyof typeof HttpMethod, string];
  return { method: HttpMethod[method], path };
}

export class DistrictApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  /** Where people reach the district: its custom domain, or the API's own URL. Ends in `/`. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: { district: District; functions: RoutedFunction[] }) {
    super(scope, id);
    const { district } = props;
    const corsOrigins = allowedOrigins(district);
    // One invoke permission per function for the whole API, not one per route: dozens of
    // route-scoped statements would crowd the function's 20 KB resource policy.
    const integrations = props.functions.map(({ spec, target }) => ({
      spec,
      integration: new HttpLambdaIntegration(`${spec.id}Integration`, target, { scopePermissionToRoute: false }),
    }));
    const fallback = props.functions.find(({ spec }) => spec.defaultRoute);
    const fallbackIntegration = integrations.find(({ spec }) => spec.defaultRoute);

    this.api = new HttpApi(this, 'Api', {
      // API names need not be unique; this one only tells districts apart in the console.
      apiName: `diancai-${district.id}`,
      description: `Diancai ${district.name}`,
      createDefaultStage: false,
      // The `$default` route: whatever no route matches goes to the app that answers it in the error shape.
      ...(fallbackIntegration ? { defaultIntegration: fallbackIntegration.integration } : {}),
      // The dashboard calls the organizer API with its session cookie, so origins are listed, never `*`.
      corsPreflight: corsOrigins.length
        ? {
            allowOrigins: corsOrigins,
            allowCredentials: true,
            allowHeaders: ['authorization', 'content-type'],
            allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE],
          }
        : undefined,
    });

    // Kept as long as the function logs, and past the stack: the record of who asked for what.
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: logRetentionOf(district), removalPolicy: RemovalPolicy.RETAIN });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { burstLimit: district.throttling.burst, rateLimit: district.throttling.rate },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // One JSON object per request; requestId joins it to the function's log lines.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            // API Gateway's own refusals (the China ICP 403 "Forbidden", throttling's 429) say why here.
            error: '$context.error.message',
            ip: '$context.identity.sourceIp',
            bytes: '$context.responseLength',
          }),
        ),
      },
    });

    // The API-wide permission above is scoped `{api}/*/*/*` (stage, method, path), but API Gateway
    // invokes the `$default` route as `{api}/{stage}/$default`, which that pattern does not match:
    // without this grant `/` and every unknown path would answer the gateway's own 500, unseen by the
    // function and its alarms.
    if (fallback) {
      fallback.target.addPermission('DefaultRouteInvoke', {
        principal: new ServicePrincipal('apigateway.amazonaws.com'),
        sourceArn: Stack.of(this).formatArn({ service: 'execute-api', resource: this.api.apiId, resourceName: '*/$default' }),
      });
    }

    for (const { spec, integration } of integrations) {
      for (const key of spec.routes) {
        const { method, path } = parseRouteKey(key);
        this.api.addRoutes({ path, methods: [method], integration });
      }
    }

    this.baseUrl = this.stage.url;
    if (district.customDomain) {
      const domainName = new DomainName(this, 'Domain', {
        domainName: district.customDomain.name,
        certificate: Certificate.fromCertificateArn(this, 'Certificate', district.customDomain.certificateArn),
      });
      new ApiMapping(this, 'DomainMapping', { api: this.api, domainName, stage: this.stage });
      new CfnOutput(this, 'DomainTarget', {
        description: 'Point the custom domain (CNAME) here',
        value: domainName.regionalDomainName,
      });
      this.baseUrl = `https://${district.customDomain.name}/`;
    }
  }
}
