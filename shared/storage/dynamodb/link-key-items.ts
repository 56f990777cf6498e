// A secret link key kept as two items: one under the key (the public lookup) and one per owner (the
// organizers' list). Unit links and expert links are kept this way; rotation deletes the old key's
// item in the same transaction that writes the new one.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import { guarded } from './sdk-errors.js';

type Key = { pk: string; sk: string };

export interface LinkKeyItems {
  /** The item a key resolves through. */
  byKey(key: string): Key;
  /** The owner's item in the organizers' list. */
  ofOwner(ownerId: string): Key;
  /** `type` of each item, and the attributes both carry. */
  types: { byKey: string; ofOwner: string };
  attributes(ownerId: string, key: string, issuedAt: string): Record<string, string>;
  /** Named in the error when rotations of one owner keep colliding. */
  contention: string;
}

/** Gives the owner this key; its previous key stops resolving in the same transaction. */
export async function issueLinkKey(client: DynamoDBDocumentClient, tableName: string, items: LinkKeyItems, ownerId: string, key: string, issuedAt: string): Promise<void> {
  // Two organizers rotating at once: the second sees the first's key in its condition and tries again.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { Item: previous } = await guarded(() => client.send(new GetCommand({ TableName: tableName, Key: items.ofOwner(ownerId), ConsistentRead: true })));
    const oldKey = typeof previous?.key === 'string' ? previous.key : undefined;
    const record = items.attributes(ownerId, key, issuedAt);
    try {
      await guarded(() =>
        client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: tableName, Item: { ...items.byKey(key), type: items.types.byKey, ...record }, ConditionExpression: 'attribute_not_exists(pk)' } },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...items.ofOwner(ownerId), type: items.types.ofOwner, ...record },
                  ...(oldKey
                    ? { ConditionExpression: '#key = :old', ExpressionAttributeNames: { '#key': 'key' }, ExpressionAttributeValues: { ':old': oldKey } }
                    : { ConditionExpression: 'attribute_not_exists(pk)' }),
                },
              },
              // The old link dies in the same transaction that gives the new one.
              ...(oldKey ? [{ Delete: { TableName: tableName, Key: items.byKey(oldKey) } }] : []),
            ],
          }),
        ),
      );
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
    }
  }
  throw new StoreUnavailableError(items.contention);
}
