// A real HTTP server on this machine standing in for the group robots (WeCom, DingTalk, Feishu): it
// records every request (path, query, JSON body, and the time on the test's clock) and answers as each
// path is told to: the platform's "ok", an HTTP error, the platform's own error code, or no answer at all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | 'hang' | { status: number; body?: unknown };

export interface ReceivedRequest {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The test clock's time when it arrived. */
  at: number;
}

const OK: Record<string, unknown> = { wecom: { errcode: 0, errmsg: 'ok' }, dingtalk: { errcode: 0, errmsg: 'ok' }, feishu: { code: 0, msg: 'success', data: {} } };

export interface Receiver {
  origin: string;
  requests: ReceivedRequest[];
  /** What the next requests to a path get, in order; once used up, 'ok'. */
  script(path: string, ...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/** `port`: listen on this one (to bring a robot that was down back at its address). */
export async function startReceiver(now: () => number = Date.now, port = 0): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const scripts = new Map<string, Behaviour[]>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://receiver');
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      body = {};
    }
    requests.push({ path: url.pathname, query: url.searchParams, body, at: now() });
    const behaviour = scripts.get(url.pathname)?.shift() ?? 'ok';
    if (behaviour === 'hang') return; // no answer: the sender's timeout decides
    const kind = url.pathname.split('/')[1] ?? '';
    const [status, answer] = behaviour === 'ok' ? [200, OK[kind] ?? {}] : [behaviour.status, behaviour.body ?? {}];
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    script: (path, ...behaviours) => scripts.set(path, [...(scripts.get(path) ?? []), ...behaviours]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
