// The catalogue import's .xlsx guard in memory terms: a small file declaring tens of megabytes unpacked
// is refused before anything is inflated, a file just under the cap is read row by row and stopped at the
// row limit, and only one import of a district runs at a time. RSS is sampled while the requests run.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UNPACKED_BYTES } from '../../shared/catalogue-admin/catalogue-file.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let admin: string;

beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
});
afterAll(() => f.table.drop());

const ROW = '<row><c t="inlineStr"><is><t>某单位</t></is></c></row>';

/** A valid workbook whose one sheet holds `rows` one-cell rows: it compresses about a thousand to one. */
async function manyRowsXlsx(rows: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="单位" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const row = ROW;
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>单位</t></is></c></row>${row.repeat(rows)}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Runs `action` while sampling the process's RSS every few milliseconds; answers its result and the peak growth. */
async function peakRssGrowth<T>(action: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await action();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

const upload = async (bytes: Uint8Array): Promise<Response> => f.app.request(`${ORIGIN}/api/catalogue-import`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/octet-stream' }, body: bytes as BodyInit });

describe('an .xlsx import in bounded memory', () => {
  it('Should refuse a ~100 KB file declaring 31 MB unpacked, four at once, without inflating it (RSS grows by far less than the file would)', async () => {
    // 31 MB of rows, as the attack run's file declared (under the 32 MB the guard allowed before).
    const bomb = await manyRowsXlsx(Math.floor((31 * 1024 * 1024) / Buffer.byteLength(ROW)));
    expect(bomb.byteLength).toBeLessThan(256 * 1024);
    const { result, growth } = await peakRssGrowth(() => Promise.all([upload(bomb), upload(bomb), upload(bomb), upload(bomb)]));
    for (const res of result) {
      expect([409, 422]).toContain(res.status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^(unreadable_file|import_busy)$/);
    }
    expect(growth).toBeLessThan(120 * 1024 * 1024);
  });

  it('Should read a file just under the unpacked cap row by row and stop at the 5,000-row limit (422), in bounded memory', async () => {
    const rows = Math.floor((MAX_UNPACKED_BYTES - 1024) / Buffer.byteLength(ROW));
    const wide = await manyRowsXlsx(rows);
    const { result, growth } = await peakRssGrowth(() => upload(wide));
    expect(result.status).toBe(422);
    expect(growth).toBeLessThan(120 * 1024 * 1024);
  });

  it('Should run one import of a district at a time: a second one while the first runs answers 409 import_busy, and the next goes through', async () => {
    const now = f.clock.now();
    expect(await f.table.store.meta.takeLease('catalogue-import', 'someone-else', now, new Date(now.getTime() + 60_000))).toBe(true);
    const busy = await upload(await manyRowsXlsx(3));
    expect(busy.status).toBe(409);
    expect(busy.headers.get('retry-after')).toBe('10');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('import_busy');
    await f.table.store.meta.releaseLease('catalogue-import', 'someone-else');
    expect((await upload(await manyRowsXlsx(3))).status).toBe(200);
  });
});
