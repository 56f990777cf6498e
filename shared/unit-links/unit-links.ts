// Unit links (单位专属链接): one secret key per unit, issued and rotated by organizers, resolved by the unit's page.
import { randomBytes } from 'node:crypto';
import type { FrontRecord, UnitRecord } from '../catalogue/catalogue-schema.js';
import type { Clock } from '../kernel/clock.js';
import { InvalidInputError, RecordNotFoundError, UnitLinkNotFoundError } from '../errors.js';
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import type { UnitKeyRecord, UnitKeyRepository } from './unit-key-store.js';

/** 144 random bits (over the 128 asked for), 24 base64url characters: short enough for a QR code at a glance. */
export const UNIT_KEY_BYTES = 18;
const KEY_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export function newUnitKey(): string {
  return randomBytes(UNIT_KEY_BYTES).toString('base64url');
}

/** A cheap filter before any read: anything else cannot be a key. */
export function isUnitKeyShape(value: unknown): value is string {
  return typeof value === 'string' && KEY_SHAPE.test(value);
}

export function unitPageUrl(baseUrl: string, key: string): string {
  return `${baseUrl.replace(/\/$/, '')}/u/${key}`;
}

export interface UnitLinkDeps {
  unitKeys: UnitKeyRepository;
  catalogueRecords: CatalogueRecordRepository;
}

export interface ResolvedUnit {
  unit: UnitRecord;
  front?: FrontRecord;
  key: UnitKeyRecord;
}

/** The unit a link belongs to; unknown, rotated and retired units' links all answer "not found". */
export async function resolveUnitLink(deps: UnitLinkDeps, key: unknown): Promise<ResolvedUnit> {
  if (!isUnitKeyShape(key)) throw new UnitLinkNotFoundError();
  const record = await deps.unitKeys.resolve(key);
  if (!record) throw new UnitLinkNotFoundError();
  const unit = await deps.catalogueRecords.get('units', record.unitId);
  if (!unit || unit.retired) throw new UnitLinkNotFoundError();
  const front = await deps.catalogueRecords.get('fronts', unit.front);
  return front ? { unit, front, key: record } : { unit, key: record };
}

/** Issues a unit's first key or replaces its key: the old link stops working in the same write. */
export async function issueUnitKey(deps: UnitLinkDeps & { clock: Clock; newKey?: () => string }, unitId: string): Promise<UnitKeyRecord> {
  const unit = await deps.catalogueRecords.get('units', unitId);
  if (!unit) throw new RecordNotFoundError('unit', unitId);
  if (unit.retired) throw new InvalidInputError([{ field: 'unitId', message: 'A retired unit gets no link', zh: '已停用的单位不能生成链接。' }]);
  const record: UnitKeyRecord = { unitId, key: (deps.newKey ?? newUnitKey)(), issuedAt: deps.clock.now().toISOString() };
  await deps.unitKeys.issue(record.unitId, record.key, record.issuedAt);
  return record;
}
