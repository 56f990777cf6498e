// Where the session-signing secret comes from: a file under the data dir locally, configuration in AWS.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

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

/** Test and emergency path: SESSION_SECRET (at least 32 bytes) straight from the environment. */
export function environmentSecret(env: NodeJS.ProcessEnv = process.env): SessionSecretSource {
  return {
    async load() {
      const value = env.SESSION_SECRET;
      if (!value) throw new Error('SESSION_SECRET is not set');
      return checked(Buffer.from(value, 'utf8'));
    },
  };
}

/**
 * In AWS: the stack's generated secret, read from Secrets Manager by ARN once per container, so the
 * key never appears in the function's configuration.
 */
export function secretsManagerSecret(secretId: string, client: Pick<SecretsManagerClient, 'send'> = new SecretsManagerClient({})): SessionSecretSource {
  return {
    async load() {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (!SecretString) throw new Error('The session secret has no string value');
      return checked(Buffer.from(SecretString, 'utf8'));
    },
  };
}

/** The Lambda's source: Secrets Manager when SESSION_SECRET_ARN is set, else SESSION_SECRET. */
export function lambdaSecret(env: NodeJS.ProcessEnv = process.env): SessionSecretSource {
  return env.SESSION_SECRET_ARN ? secretsManagerSecret(env.SESSION_SECRET_ARN) : environmentSecret(env);
}

function checked(secret: Buffer): Buffer {
  if (secret.length < MIN_BYTES) throw new Error(`The session secret must be at least ${MIN_BYTES} bytes`);
  return secret;
}
