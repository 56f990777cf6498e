// Serves an app (anything with fetch) on a free loopback port for browser runs.
import { serve, type ServerType } from '@hono/node-server';
import type { FetchApp } from '../../functions/local/dispatch.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveApp(app: FetchApp): Promise<RunningServer> {
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: (request: Request) => app.fetch(request), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
