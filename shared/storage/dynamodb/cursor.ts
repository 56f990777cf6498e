// Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded, checked on the way back in.
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { InvalidCursorError } from '../../errors.js';

type Key = Record<string, NativeAttributeValue>;

export function encodeCursor(key: Key | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

/**
 * `partition` pins the partition key values of the query the cursor continues: DynamoDB answers a
 * start key from another partition, with a missing key attribute or an empty value with a
 * ValidationException, which would otherwise surface as a 500 for a hand-edited cursor.
 */
export function decodeCursor(cursor: string | undefined, allowed: readonly string[], partition: Record<string, string>): Key | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new InvalidCursorError();
    const entries = Object.entries(key);
    if (entries.length !== allowed.length || entries.some(([k, val]) => !allowed.includes(k) || typeof val !== 'string' || val === '')) {
      throw new InvalidCursorError();
    }
    if (Object.entries(partition).some(([k, val]) => (key as Key)[k] !== val)) throw new InvalidCursorError();
    return key as Key;
  } catch {
    throw new InvalidCursorError();
  }
}
