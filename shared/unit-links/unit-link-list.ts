// Every current unit with its link (or none yet), for the links page, the CSV and the QR sheet.
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { UnitKeyRepository } from './unit-key-store.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import { unitPageUrl } from './unit-links.js';

export interface UnitLinkRow {
  unitId: string;
  name: string;
  front: string;
  frontName: string;
  key?: string;
  url?: string;
  issuedAt?: string;
}

/**
 * Reads the catalogue and one key item per unit: O(units). Retired units are left out (their links do not
 * work); so are the units `reach` refuses (a front-limited reader sees its fronts' only).
 */
export async function unitLinkRows(store: { catalogue: CatalogueRepository; unitKeys: UnitKeyRepository }, baseUrl: string, timeZone: string, reach: (unit: { front: string }) => boolean = () => true): Promise<UnitLinkRow[]> {
  const [catalogue, keys] = await Promise.all([store.catalogue.load(), store.unitKeys.list()]);
  const byUnit = new Map(keys.map((k) => [k.unitId, k]));
  const fronts = new Map(catalogue.fronts.map((f) => [f.id, f.name]));
  return catalogue.units
    .filter((u) => !u.retired && reach(u))
    .map((u) => {
      const key = byUnit.get(u.id);
      return {
        unitId: u.id,
        name: u.name,
        front: u.front,
        frontName: fronts.get(u.front) ?? u.front,
        ...(key ? { key: key.key, url: unitPageUrl(baseUrl, key.key), issuedAt: formatDistrictTime(key.issuedAt, timeZone) } : {}),
      };
    });
}
