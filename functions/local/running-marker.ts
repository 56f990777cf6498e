// A pid file under the data dir, so a second process knows `npm start` already holds DynamoDB Local's files.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'diancai.pid';

export function markRunning(dataDir: string): () => void {
  const path = join(dataDir, FILE);
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

/** The pid of a live `npm start` on this data dir, if any. */
export function runningServerPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, FILE), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
