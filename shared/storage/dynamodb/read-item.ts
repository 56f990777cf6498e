// Reads a stored item through its schema. An item that does not fit (hand-edited, or written by a bug)
// is refused with the item type and the attribute that failed named, never passed on as if it fit.
import * as v from 'valibot';

export class UnreadableItemError extends Error {
  override name = 'UnreadableItemError';
  constructor(
    readonly itemType: string,
    readonly attribute: string,
    problem: string,
  ) {
    super(`A stored ${itemType} item does not fit its schema at "${attribute}": ${problem}`);
  }
}

export function readItem<S extends v.GenericSchema>(schema: S, item: Record<string, unknown>, itemType: string): v.InferOutput<S> {
  const parsed = v.safeParse(schema, item);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  throw new UnreadableItemError(itemType, (issue && v.getDotPath(issue)) ?? '', issue?.message ?? 'unreadable');
}
