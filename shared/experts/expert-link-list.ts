// Every current expert with their link (or none yet), for the links page, the CSV and the QR sheet.
import { csvRows } from '../kernel/csv.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import type { ExpertLinkStore } from './expert-link-store.js';
import { expertPageUrl } from './expert-links.js';

export interface ExpertLinkRow {
  expertId: string;
  name: string;
  title: string;
  organisation: string;
  key?: string;
  url?: string;
  /** District time, `YYYY-MM-DD HH:mm`. */
  issuedAt?: string;
}

/** Reads the catalogue and one key item per expert: O(experts). Retired experts are left out (their links do not work). */
export async function expertLinkRows(deps: { catalogue: CatalogueRepository; expertLinks: ExpertLinkStore }, baseUrl: string, timeZone: string): Promise<ExpertLinkRow[]> {
  const [catalogue, keys] = await Promise.all([deps.catalogue.load(), deps.expertLinks.list()]);
  const byExpert = new Map(keys.map((k) => [k.expertId, k]));
  return catalogue.experts
    .filter((e) => !e.retired)
    .map((e) => {
      const key = byExpert.get(e.id);
      return {
        expertId: e.id,
        name: e.name,
        title: e.title,
        organisation: e.organisation,
        ...(key ? { key: key.key, url: expertPageUrl(baseUrl, key.key), issuedAt: formatDistrictTime(key.issuedAt, timeZone).replace('T', ' ') } : {}),
      };
    });
}

/** Every expert's link as CSV (BOM, formulas neutralised), for handing out. */
export function expertLinksCsv(rows: readonly ExpertLinkRow[]): string {
  return csvRows([['专家', '职务', '工作单位', '专属链接', '发放时间'], ...rows.map((r) => [r.name, r.title, r.organisation, r.url ?? '（尚未生成）', r.issuedAt ?? ''])], { bom: true });
}
