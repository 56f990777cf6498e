// Reads counter attributes from a raw DynamoDB item as DynamoDB's own number text. The document
// client would turn a total past 2^53 into a BigInt, or throw on one with decimals it cannot hold as
// a double ("can't be converted to BigInt"): every counter read goes through the low-level item.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { decimalText } from '../../kernel/exact-decimal.js';
import type { ExactCounters } from '../../survey/exact-counters.js';

export type RawItem = Record<string, AttributeValue>;

export function exactCountersOf(item: RawItem, isCounter: (name: string) => boolean): ExactCounters {
  const counters: ExactCounters = {};
  for (const [name, value] of Object.entries(item)) if (isCounter(name) && value.N !== undefined) counters[name] = decimalText(value.N);
  return counters;
}
