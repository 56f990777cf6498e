// Polls an export job's API until it finishes, as the dashboard does (the in-process worker runs meanwhile).
import type { Fixture } from './organizer-fixture.js';

export interface ExportBody {
  exportId: string;
  status: string;
  rowsDone: number;
  rowsExpected?: number;
  url?: string;
  error?: string;
  bytes?: number;
}

export async function waitForExport(f: Fixture, token: string, exportId: string): Promise<ExportBody> {
  for (let i = 0; i < 500; i++) {
    const res = await f.api('GET', `/api/exports/${exportId}`, { token });
    if (res.status !== 200) throw new Error(`export status ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as ExportBody;
    if (body.status === 'done' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`export ${exportId} did not finish`);
}
