// The receipt number (回执编号) a respondent is shown: the first 8 hex digits of the response id, upper-cased.
export const RECEIPT_LENGTH = 8;

export function receiptNumber(responseId: string): string {
  return responseId.slice(0, RECEIPT_LENGTH).toUpperCase();
}

/**
 * What an organizer typed in the receipt search, as a response id prefix: a receipt number or a
 * whole response id, spaces and case ignored. Undefined when it can be neither.
 */
export function receiptPrefix(input: string): string | undefined {
  const text = input.replace(/\s+/g, '').toLowerCase();
  if (/^[0-9a-f]{8}$/.test(text)) return text;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text)) return text;
  return undefined;
}
