// The local run's settings, all from environment variables (documented in docs/operations.md, Environment variables).
import { publicWritePolicy, signInWritePolicy, type PublicWritePolicy } from '../../shared/responses/public-write-limit.js';
import { parseWebhooks, type WebhookChannel } from '../../shared/notices/webhook-config.js';
import { chmodSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LocalConfig {
  port: number;
  /** The address to listen on: 127.0.0.1 (this machine only) unless HOST says otherwise, e.g. 0.0.0.0 for the LAN. */
  host: string;
  /** Where phones open surveys (links and QR codes); by default the LAN address when listening beyond this machine. */
  publicUrl?: string;
  dataDir: string;
  tableName: string;
  timeZone: string;
  /** Printed on QR code posters. */
  districtName?: string;
  /** The per-source limit on public writes (DIANCAI_PUBLIC_WRITES_PER_MINUTE, default 120); absent: none. */
  publicWrites?: PublicWritePolicy;
  /** Sign-ins' own allowance per source (DIANCAI_SIGN_INS_PER_MINUTE, default 600 a minute). */
  signInWrites?: PublicWritePolicy;
  /** The district's group robots (DIANCAI_WEBHOOKS, a JSON list of { kind, url, secret? }); none: notices are kept as text only. */
  webhooks: WebhookChannel[];
}

export function localConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const host = env.HOST?.trim() || '127.0.0.1';
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '');
  if (publicUrl !== undefined && publicUrl !== '' && !/^https?:\/\/[^\s/]+$/.test(publicUrl)) {
    throw new Error(`PUBLIC_URL must be an origin such as http://192.168.1.20:3000, not "${env.PUBLIC_URL}"`);
  }
  return {
    port,
    host,
    ...(publicUrl ? { publicUrl } : {}),
    dataDir: resolve(env.DIANCAI_DATA_DIR ?? '.data'),
    tableName: env.DIANCAI_TABLE_NAME ?? 'diancai-local',
    timeZone: env.DIANCAI_TIME_ZONE ?? 'Asia/Shanghai',
    districtName: env.DIANCAI_DISTRICT_NAME?.trim() || '演示区（Diancai 示例）',
    publicWrites: publicWritePolicy(env.DIANCAI_PUBLIC_WRITES_PER_MINUTE),
    signInWrites: signInWritePolicy(env.DIANCAI_SIGN_INS_PER_MINUTE),
    // Read at start-up, so a mistyped list stops `npm start` with a sentence naming the entry (never its URL or secret).
    webhooks: parseWebhooks(env.DIANCAI_WEBHOOKS, 'DIANCAI_WEBHOOKS'),
  };
}

/** The data directory, made (or kept) readable by its owner only: it holds responses, accounts and keys. */
export function privateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}
