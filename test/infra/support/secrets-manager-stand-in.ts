// A loopback stand-in for Secrets Manager's GetSecretValue, so a deployed bundle can read its
// session secret by ARN at start-up exactly as it does in AWS (the SDK is pointed here by
// AWS_ENDPOINT_URL_SECRETS_MANAGER).
import { createServer, type Server } from 'node:http';

export interface SecretsStandIn {
  url: string;
  /** How many times a bundle asked for the secret. */
  reads: () => number;
  /** Who signed each read: the access key named in the SigV4 Authorization header, and the session token sent. */
  signers: () => { accessKeyId: string | undefined; sessionToken: string | undefined }[];
  close(): Promise<void>;
}

export async function startSecretsStandIn(secretArn: string, secretString: string): Promise<SecretsStandIn> {
  let reads = 0;
  const signers: { accessKeyId: string | undefined; sessionToken: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const target = req.headers['x-amz-target'];
      const secretId = (JSON.parse(body || '{}') as { SecretId?: string }).SecretId;
      res.setHeader('Content-Type', 'application/x-amz-json-1.1');
      if (target !== 'secretsmanager.GetSecretValue' || secretId !== secretArn) {
        res.statusCode = 400;
        res.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: `no secret ${secretId}` }));
        return;
      }
      reads++;
      const authorization = String(req.headers.authorization ?? '');
      signers.push({ accessKeyId: /Credential=([^/]+)\//.exec(authorization)?.[1], sessionToken: req.headers['x-amz-security-token'] as string | undefined });
      res.end(JSON.stringify({ ARN: secretArn, Name: 'session-secret', SecretString: secretString, VersionId: 'v1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, reads: () => reads, signers: () => [...signers], close: () => new Promise((resolve) => server.close(() => resolve())) };
}
