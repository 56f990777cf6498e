// A loopback stand-in for one S3 bucket's object reads, for a deployed bundle's own S3 client (reached
// through AWS_ENDPOINT_URL_S3, path-style as the SDK speaks to an IP address). It authorises each
// GetObject against the object statements a function's role has on that bucket in the synthesized
// template (action and key prefix, as IAM would), answers with the bytes it holds, and records both.
import { createServer, type Server } from 'node:http';

export interface BucketStatement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
}

export interface S3StandIn {
  url: string;
  objects: Map<string, Buffer>;
  /** Every read it refused or served, as `Action key`. */
  denied: () => string[];
  allowed: () => string[];
  close(): Promise<void>;
}

/**
 * The key patterns a statement grants in the bucket: CDK writes `bucket.arnForObjects(p)` as
 * `{ "Fn::Join": ["", [{ "Fn::GetAtt": [bucket, "Arn"] }, "/p"]] }`.
 */
export function keyPatternsOf(statement: BucketStatement, bucketLogicalId: string): string[] {
  return [statement.Resource].flat().flatMap((resource: any) => {
    const parts = resource?.['Fn::Join']?.[1] as unknown[] | undefined;
    if (!parts || parts.length !== 2 || JSON.stringify(parts[0]) !== JSON.stringify({ 'Fn::GetAtt': [bucketLogicalId, 'Arn'] })) return [];
    return typeof parts[1] === 'string' && parts[1].startsWith('/') ? [parts[1].slice(1)] : [];
  });
}

function matches(pattern: string, key: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(key);
}

export function mayAccess(statements: readonly BucketStatement[], bucketLogicalId: string, action: string, key: string): boolean {
  const grants = (s: BucketStatement) => ([s.Action].flat() as string[]).includes(action) && keyPatternsOf(s, bucketLogicalId).some((p) => matches(p, key));
  return !statements.some((s) => s.Effect === 'Deny' && grants(s)) && statements.some((s) => s.Effect === 'Allow' && grants(s));
}

export async function startS3StandIn(bucketName: string, bucketLogicalId: string, statements: readonly BucketStatement[]): Promise<S3StandIn> {
  const objects = new Map<string, Buffer>();
  const denied: string[] = [];
  const allowed: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://stand-in').pathname);
    const prefix = `/${bucketName}/`;
    const error = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    // Only reads of this bucket's objects: anything else is a call the code under test should not make here.
    if (req.method !== 'GET' || !path.startsWith(prefix)) return error(400, 'UnexpectedRequest');
    const key = path.slice(prefix.length);
    if (!mayAccess(statements, bucketLogicalId, 's3:GetObject', key)) {
      denied.push(`s3:GetObject ${key}`);
      return error(403, 'AccessDenied');
    }
    allowed.push(`s3:GetObject ${key}`);
    const body = objects.get(key);
    if (!body) return error(404, 'NoSuchKey');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    denied: () => [...denied],
    allowed: () => [...allowed],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
