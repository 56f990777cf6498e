// Where the session-signing secret comes from: a file under the data dir locally, configuration in AWS.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SessionSecretSource {
  load(): Promise<Uint8Array>;
}

const MIN_BYTES = 32;

/** Generated once (32 random bytes) and kept, so sessions survive restarts of `npm start`. */
export function fileSecret(path: string): SessionSecretSource {
  return {
    async load() {
      try {
        const secret = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
        if (secret.length >= MIN_BYTES) return secret;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const secret = randomBytes(MIN_BYTES);
      mkdirSync(dirname(path), { recursive: true });
      // wx: two processes starting at once cannot both write; the loser reads the winner's.
      try {
        writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
        return secret;
      } catch {
        return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
      }
    },
  };
}

/**
 * In AWS: SESSION_SECRET (at least 32 bytes, base64url or plain text) set from the stack's secret.
 * TODO: read SESSION_SECRET_ARN from Secrets Manager once @aws-sdk/client-secrets-manager is a dependency.
 */
export function environmentSecret(env: NodeJS.ProcessEnv = process.env): SessionSecretSource {
  return {
    async load() {
      const value = env.SESSION_SECRET;
      if (!value) {
        throw new Error(
          env.SESSION_SECRET_ARN
            ? 'SESSION_SECRET_ARN is set but the Secrets Manager reader is not built yet: set SESSION_SECRET'
            : 'SESSION_SECRET is not set',
        );
      }
      const secret = Buffer.from(value, 'utf8');
      if (secret.length < MIN_BYTES) throw new Error(`SESSION_SECRET must be at least ${MIN_BYTES} bytes`);
      return secret;
    },
  };
}
