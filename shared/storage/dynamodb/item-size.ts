// An item's size as DynamoDB counts it against its 400 KB limit, measured before writing, so an item
// too large to store is refused as bad input instead of failing as a ValidationException (a 500).

/** DynamoDB's item limit: 400 KB, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** A number's size: about one byte per two significant digits, plus one (at most 21). */
function numberBytes(value: number | bigint): number {
  const digits = String(value).replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.min(21, Math.ceil(Math.max(digits.length, 1) / 2) + 1);
}

/** The size of one attribute value as marshalled (maps and lists: 3 bytes, plus 1 per element). */
export function valueBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberBytes(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + valueBytes(element), 0);
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + valueBytes(element), 0);
  if (typeof value === 'object') {
    let sum = 3;
    for (const [name, element] of Object.entries(value)) if (element !== undefined) sum += 1 + utf8(name) + valueBytes(element);
    return sum;
  }
  return 0;
}

/** The whole item: each top-level attribute's name and value. */
export function itemBytes(item: Record<string, unknown>): number {
  let sum = 0;
  for (const [name, value] of Object.entries(item)) if (value !== undefined) sum += utf8(name) + valueBytes(value);
  return sum;
}

/**
 * The one size check of every write that could pass the limit: given the item exactly as it will be
 * written (every attribute it will hold, its keys and owner too), it is measured and refused with the
 * caller's error before DynamoDB would refuse it with a ValidationException (a 500 for ever).
 */
export function sizedItem<T extends Record<string, unknown>>(item: T, tooLarge: (bytes: number) => Error): T {
  const bytes = itemBytes(item);
  if (bytes > MAX_ITEM_BYTES) throw tooLarge(bytes);
  return item;
}
