// The catalogue as files: export as .xlsx or CSV (anyone signed in), import from either (admins): a dry run
// that reports every row, and an apply that plans the same file again on the server and writes it.
import { catalogueCsv, catalogueXlsx } from '../../../shared/catalogue-admin/catalogue-file.js';
import { importReport } from '../../../shared/catalogue-admin/import-report.js';
import { requestLocale } from '../../http/error-handler.js';
import type { OrganizerDeps } from '../deps.js';
import { register, type OrganizerApp } from '../register-route.js';
import { runImport } from '../catalogue-deps.js';
import { csvResponse, xlsxResponse } from '../csv-response.js';

/** The day in the district's zone, for file names people keep (课题库与专家库-20261201.xlsx). */
export function exportFileName(deps: OrganizerDeps, extension: string): { name: string; ascii: string } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(deps.clock.now()).replaceAll('-', '');
  return { name: `课题库与专家库-${day}.${extension}`, ascii: `catalogue-${day}.${extension}` };
}

export function catalogueTransferApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/catalogue.csv', async (c) => {
    const { name, ascii } = exportFileName(deps, 'csv');
    return csvResponse(c, name, catalogueCsv(await deps.store.catalogue.load()), ascii);
  });

  register(app, deps, 'GET /api/catalogue.xlsx', async (c) => {
    const { name, ascii } = exportFileName(deps, 'xlsx');
    return xlsxResponse(c, name, await catalogueXlsx(await deps.store.catalogue.load()), ascii);
  });

  for (const [key, apply] of [
    ['POST /api/catalogue-import', false],
    ['POST /api/catalogue-import/apply', true],
  ] as const) {
    register(app, deps, key, async (c) => {
      const plan = await runImport(deps, c, new Uint8Array(await c.req.arrayBuffer()), apply);
      return c.json(importReport(plan, apply, requestLocale(c)));
    });
  }
}
