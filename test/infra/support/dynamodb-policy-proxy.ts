// A loopback stand-in for DynamoDB's front door: it authorises every request against the table
// statements a function's role has in the synthesized template (actions and dynamodb:LeadingKeys,
// item by item, as IAM authorises a transaction), then forwards it to DynamoDB Local. It can also
// answer the next requests with a server error, to drive a store outage through a deployed bundle.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tableDefinition } from '../../../shared/storage/table-definition.js';

export interface TableStatement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: {
    'ForAllValues:StringLike'?: { 'dynamodb:LeadingKeys': string[] };
    'ForAnyValue:StringEquals'?: { 'dynamodb:LeadingKeys': string[] };
  };
}

/** One authorisation IAM makes: an action on the item (or request) with this partition key. */
export interface ItemAccess {
  action: string;
  partitionKey?: string;
  index?: string;
}

export interface PolicyProxy {
  url: string;
  /** Every access it refused, as `Action pk`. */
  denied: () => string[];
  /** Every access it allowed, as `Action pk`. */
  allowed: () => string[];
  /** Answers the next `count` requests with a 500 InternalServerError, carrying `requestId`. */
  failNext(count: number, requestId: string): void;
  close(): Promise<void>;
}

type AttributeMap = Record<string, { S?: string }>;
const PK = tableDefinition.partitionKey;

function pkOf(item: AttributeMap | undefined): string | undefined {
  return item?.[PK]?.S;
}

/** The partition key a Query names in its key condition (`pk = :v` or `#n = :v`). */
function queriedKey(body: { KeyConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: AttributeMap }): string | undefined {
  for (const [, name, value] of (body.KeyConditionExpression ?? '').matchAll(/(#?\w+)\s*=\s*(:\w+)/g)) {
    const attribute = name?.startsWith('#') ? body.ExpressionAttributeNames?.[name] : name;
    if (attribute === PK || attribute === tableDefinition.byTimeIndex.partitionKey) return body.ExpressionAttributeValues?.[value as string]?.S;
  }
  return undefined;
}

/** What IAM authorises for one DynamoDB API call. */
export function accessesOf(operation: string, body: any): ItemAccess[] {
  switch (operation) {
    case 'GetItem':
    case 'UpdateItem':
    case 'DeleteItem':
      return [{ action: operation, partitionKey: pkOf(body.Key) }];
    case 'PutItem':
      return [{ action: operation, partitionKey: pkOf(body.Item) }];
    case 'Query':
      return [{ action: operation, partitionKey: queriedKey(body), index: body.IndexName }];
    case 'TransactWriteItems':
      // No action of its own: each item is authorised as the write it contains.
      return (body.TransactItems as any[]).map((item) => {
        if (item.Put) return { action: 'PutItem', partitionKey: pkOf(item.Put.Item) };
        if (item.Update) return { action: 'UpdateItem', partitionKey: pkOf(item.Update.Key) };
        if (item.Delete) return { action: 'DeleteItem', partitionKey: pkOf(item.Delete.Key) };
        return { action: 'ConditionCheckItem', partitionKey: pkOf(item.ConditionCheck.Key) };
      });
    case 'BatchGetItem':
      // Authorised key by key, as a batch write is.
      return Object.values(body.RequestItems as Record<string, { Keys: AttributeMap[] }>)
        .flatMap((r) => r.Keys)
        .map((key) => ({ action: operation, partitionKey: pkOf(key) }));
    case 'BatchWriteItem':
      return Object.values(body.RequestItems as Record<string, any[]>)
        .flat()
        .map((r) => ({ action: operation, partitionKey: pkOf(r.PutRequest?.Item ?? r.DeleteRequest?.Key) }));
    default:
      return [{ action: operation }];
  }
}

function likeToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

export function isAllowed(statements: readonly TableStatement[], access: ItemAccess): boolean {
  const permits = (s: TableStatement) => {
    if (!([s.Action].flat() as string[]).includes(`dynamodb:${access.action}`)) return false;
    // A grant on an index is not one on the table (and the other way round): a Query says which it reads.
    const resources = [s.Resource].flat().map((r) => JSON.stringify(r));
    if (!resources.some((r) => (access.index ? r.includes(`/index/${access.index}`) : !r.includes('/index/')))) return false;
    // One access names one partition key, so "all values" and "any value" are the same test here.
    const like = s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
    const equals = s.Condition?.['ForAnyValue:StringEquals']?.['dynamodb:LeadingKeys'];
    if (!like && !equals) return true;
    if (access.partitionKey === undefined) return false;
    return (like ?? []).some((p) => likeToRegExp(p).test(access.partitionKey as string)) || (equals ?? []).includes(access.partitionKey);
  };
  return !statements.some((s) => s.Effect === 'Deny' && permits(s)) && statements.some((s) => s.Effect === 'Allow' && permits(s));
}

export async function startPolicyProxy(target: string, statements: readonly TableStatement[]): Promise<PolicyProxy> {
  const denied: string[] = [];
  const allowed: string[] = [];
  let failures: { count: number; requestId: string } = { count: 0, requestId: '' };
  const upstream = new URL(target);

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      const reply = (status: number, requestId: string, body: object) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': requestId });
        res.end(JSON.stringify(body));
      };
      if (failures.count > 0) {
        failures.count--;
        reply(500, failures.requestId, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error (injected)' });
        return;
      }
      const accesses = accessesOf(operation, JSON.parse(raw.toString('utf8') || '{}'));
      const refused = accesses.filter((a) => !isAllowed(statements, a));
      for (const a of accesses) (refused.includes(a) ? denied : allowed).push(`${a.action} ${a.partitionKey ?? ''}`.trim());
      if (refused.length > 0) {
        reply(400, 'POLICY-PROXY', { __type: 'com.amazon.coral.service#AccessDeniedException', message: `not authorized to perform: dynamodb:${refused[0]?.action}` });
        return;
      }
      const forward = httpRequest(
        { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 500, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      forward.on('error', (error) => reply(500, 'POLICY-PROXY', { __type: 'InternalServerError', message: error.message }));
      forward.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    denied: () => [...denied],
    allowed: () => [...allowed],
    failNext: (count, requestId) => {
      failures = { count, requestId };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
