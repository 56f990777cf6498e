// The records bucket's adapter (records and essays' files) as AWS runs it: the S3 SDK loaded on demand
// (functions/http/s3-sdk.ts), speaking real S3 requests, signed, to a loopback stand-in that keeps
// objects in memory and answers as S3 does (404 NoSuchKey). The presigned POST's policy is read back:
// S3 itself refuses a file over the limit, and sends the browser back only to the app's own address.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3RecordFiles } from '../../functions/http/s3-record-files.js';
import { ESSAY_FILE_MAX_BYTES, pendingEssayUpload } from '../../shared/essays/essay-file.js';

const objects = new Map<string, Buffer>();
let server: Server;
let files: S3RecordFiles;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname.replace(/^\/essays-bucket\//, ''));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200, { etag: '"e"' }).end();
      } else if (req.method === 'GET') {
        const body = objects.get(key);
        if (!body) {
          res.writeHead(404, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`);
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) }).end(body);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new S3Client({ region: 'cn-north-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'secret' } });
  files = new S3RecordFiles('essays-bucket', client);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('S3RecordFiles (records bucket)', () => {
  it('Should hand out a presigned POST for the one pending key, limited to the size and to the app’s redirect', async () => {
    const pending = pendingEssayUpload('call-1', 'upload-1');
    const redirect = 'https://survey.alpha.example/u/key/essay-calls/call-1?lang=zh&upload=upload-1';
    const target = await files.uploadTarget(pending, ESSAY_FILE_MAX_BYTES, redirect);
    if (target.method !== 'POST') throw new Error('expected a presigned POST');
    expect(target.url).toBe(`${endpoint}/essays-bucket`);
    expect(target.fields).toMatchObject({ key: pending, success_action_redirect: redirect, 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' });
    const policy = JSON.parse(Buffer.from(target.fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[]; expiration: string };
    expect(policy.conditions).toEqual(expect.arrayContaining([['content-length-range', 1, ESSAY_FILE_MAX_BYTES], ['eq', '$success_action_redirect', redirect], { key: pending }]));
    const minutes = (Date.parse(policy.expiration) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('Should read a pending upload back (nothing when none arrived, no more than the limit when too large) and remove it', async () => {
    const pending = pendingEssayUpload('call-1', 'upload-2');
    expect(await files.readPending(pending, 100)).toBeUndefined();
    objects.set(pending, Buffer.from('%PDF-1.7 essay'));
    expect(Buffer.from((await files.readPending(pending, 100))!).toString()).toBe('%PDF-1.7 essay');
    expect((await files.readPending(pending, 5))?.byteLength).toBe(6);
    await files.removePending(pending);
    expect(objects.has(pending)).toBe(false);
  });

  it('Should store, stream and remove an object, and link it for a short time under its download name', async () => {
    await files.put('essays/call-1/essay-1/blind', new TextEncoder().encode('blind copy'), 'application/pdf');
    expect(objects.get('essays/call-1/essay-1/blind')?.toString()).toBe('blind copy');
    const chunks: Buffer[] = [];
    for await (const chunk of await files.stream('essays/call-1/essay-1/blind')) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).toString()).toBe('blind copy');
    const link = new URL(await files.link('essays/call-1/essay-1/blind', 'essay-1.pdf', false));
    expect(link.pathname).toBe('/essays-bucket/essays/call-1/essay-1/blind');
    expect(link.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(link.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(link.searchParams.get('response-content-disposition')).toBe("attachment; filename*=UTF-8''essay-1.pdf");
    await files.remove('essays/call-1/essay-1/blind');
    expect(objects.has('essays/call-1/essay-1/blind')).toBe(false);
  });
});
