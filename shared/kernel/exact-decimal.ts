// Exact decimal numbers as text, the way DynamoDB keeps them: counter sums are added here without
// ever passing through a double, so a recount can be compared with the live counters digit for digit.

/** A decimal number as canonical text: no exponent, no trailing zeros after the point, never "-0". */
export type DecimalText = string;

interface Scaled {
  /** The value is units / 10^scale. */
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function parse(text: string): Scaled {
  const match = DECIMAL.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError('not a decimal number');
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  let units = sign === '-' ? -digits : digits;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

function format({ units, scale }: Scaled): DecimalText {
  // Trailing zeros after the point say nothing: drop them so equal values have equal text.
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

const align = (a: Scaled, b: Scaled): [bigint, bigint, number] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
};

/** Canonical text of any decimal text (DynamoDB's own, or with an exponent). */
export function decimalText(text: string): DecimalText {
  return format(parse(text));
}

/** The decimal a finite double stands for as people write it (its shortest round-trip form). */
export function decimalOf(value: number): DecimalText {
  if (!Number.isFinite(value)) throw new RangeError('not a finite number');
  return format(parse(String(value)));
}

export function addDecimals(a: DecimalText, b: DecimalText): DecimalText {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ units: x + y, scale });
}

export function sameDecimal(a: DecimalText, b: DecimalText): boolean {
  const [x, y] = align(parse(a), parse(b));
  return x === y;
}

/** Digits after the decimal point (0 for a whole number). */
export function decimalPlaces(text: DecimalText): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
