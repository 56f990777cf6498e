// Essays as PDF/DOCX files through the real apps on DynamoDB Local and the local file store (the same
// port the records bucket answers in AWS): a unit uploads one file to its essay (checked by content,
// at most 10 MB, not after the deadline), the save names the upload, experts download only a blind copy
// without author metadata and see no unit, author or file name, organizers download the original.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalRecordFiles } from '../../functions/http/local-record-files.js';
import { ESSAY_FILE_MAX_BYTES } from '../../shared/essays/essay-file.js';
import { AUTHOR, COMPANY, docxText, docxWithAuthor, pdfAuthor, pdfWithAuthor, PNG_BYTES } from '../support/essay-documents.js';
import { ADMIN } from './organizer-fixture.js';
import { inlineBlockedByCsp } from '../support/inline-csp.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

const ORIGINAL_NAME = '东风街道-张晓东-学习体会.docx';

describe('essay files (征文全文 PDF/DOCX)', () => {
  let f: ProgrammeFixture;
  let callId: string;
  let files: LocalRecordFiles;
  const keys = new Map<string, string>();
  let expertKey: string;
  const essayIds = new Map<string, string>();

  beforeAll(async () => {
    files = new LocalRecordFiles(mkdtempSync(join(tmpdir(), 'diancai-essay-files-')));
    f = await programmeFixture({ respondent: () => ({ essayFiles: files }) });
    // The organizer reads the same store (one data directory locally, one bucket in AWS).
    (f.deps as { recordFiles: LocalRecordFiles }).recordFiles = files;
    for (const unit of ['dongfeng-st', 'xinli-st', 'party-office']) keys.set(unit, (await f.issueKey(unit)).key);
    expertKey = ((await (await f.api('POST', '/api/experts/e-wang/key', { token: await f.login(ADMIN) })).json()) as { key: string }).key;
    const created = await f.api('POST', '/api/essay-calls', { token: await f.login(ADMIN), body: { title: '全文征文', themeIds: ['party-cause'], deadline: '2026-03-10T18:00' } });
    callId = ((await created.json()) as { call: { callId: string } }).call.callId;
    expect((await f.api('POST', `/api/essay-calls/${callId}/open`, { token: await f.login(ADMIN) })).status).toBe(200);
  });
  afterAll(() => f.table.drop());

  const unitApi = (unit: string) => `/api/public/units/${keys.get(unit)}/essay-calls/${callId}`;
  /** The API's two steps: ask where to upload, then send the bytes there (locally, to the app). */
  const upload = async (unit: string, bytes: Uint8Array) => {
    const ticket = await f.pub('POST', `${unitApi(unit)}/uploads`);
    expect(ticket.status).toBe(201);
    const { uploadId, upload: target, maxBytes } = (await ticket.json()) as { uploadId: string; maxBytes: number; upload: { method: string; url: string } };
    expect(maxBytes).toBe(ESSAY_FILE_MAX_BYTES);
    expect(target.method).toBe('PUT');
    const put = await f.respondent.request(`http://localhost${target.url}`, { method: 'PUT', body: bytes as unknown as BodyInit, headers: { 'content-type': 'application/octet-stream' } });
    return { uploadId, put };
  };
  const body = (overrides: Record<string, unknown> = {}) => ({ themeId: 'party-cause', title: '以学促干的体会', authors: AUTHOR, text: '', ...overrides });
  const save = (unit: string, b: unknown) => f.pub('PUT', `${unitApi(unit)}/essay`, b);
  const errorOf = async (r: Response) => ((await r.json()) as { error: { code: string; issues?: { field: string; message: string }[] } }).error;

  it('Should refuse an essay with neither text nor file at the text field (422)', async () => {
    const refused = await save('dongfeng-st', body());
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).issues?.map((i) => i.field)).toEqual(['text']);
  });

  it('Should refuse a PNG named .docx as unsupported (415, by content), naming the file field', async () => {
    const { uploadId, put } = await upload('dongfeng-st', PNG_BYTES);
    expect(put.status).toBe(200);
    const refused = await save('dongfeng-st', body({ uploadId, fileName: 'essay.docx' }));
    expect(refused.status).toBe(415);
    const error = await errorOf(refused);
    expect(error.code).toBe('unsupported_file_type');
    expect(error.issues).toEqual([{ field: 'file', message: expect.stringContaining('PDF') }]);
    expect(await f.table.store.essays.essayOfUnit(callId, 'dongfeng-st')).toBeUndefined();
  });

  it('Should refuse a ZIP that is not a Word document (no word/document.xml) and a broken PDF as unsupported', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const { uploadId } = await upload('dongfeng-st', await zip.generateAsync({ type: 'uint8array' }));
    expect((await save('dongfeng-st', body({ uploadId }))).status).toBe(415);
    // A PDF header and nothing a reader could open: refused too, never a server error.
    const broken = await upload('dongfeng-st', new TextEncoder().encode('%PDF-1.7 and then nothing'));
    expect((await save('dongfeng-st', body({ uploadId: broken.uploadId }))).status).toBe(415);
  });

  it('Should refuse a file over 10 MB (413 file_too_large) without keeping it', async () => {
    const big = new Uint8Array(ESSAY_FILE_MAX_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const { uploadId, put } = await upload('dongfeng-st', big);
    expect(put.status).toBe(413);
    expect((await errorOf(put)).code).toBe('file_too_large');
    const save1 = await save('dongfeng-st', body({ uploadId }));
    expect(save1.status).toBe(422);
    expect((await errorOf(save1)).code).toBe('upload_missing');
  });

  it('Should refuse a save naming an upload that never arrived (422 at the file field)', async () => {
    const refused = await save('dongfeng-st', body({ uploadId: 'no-such-upload' }));
    expect(refused.status).toBe(422);
    expect(await errorOf(refused)).toMatchObject({ code: 'upload_missing', issues: [{ field: 'file' }] });
  });

  it('Should store a DOCX and a PDF with their original and a blind copy, the pending upload gone', async () => {
    const docx = await docxWithAuthor();
    const a = await upload('dongfeng-st', docx);
    expect(a.put.status).toBe(200);
    const saved = await save('dongfeng-st', body({ uploadId: a.uploadId, fileName: ORIGINAL_NAME }));
    expect(saved.status).toBe(201);
    essayIds.set('dongfeng-st', ((await saved.json()) as { essayId: string }).essayId);
    const stored = await f.table.store.essays.essayOfUnit(callId, 'dongfeng-st');
    expect(stored?.file).toEqual({ uploadId: a.uploadId, format: 'docx', bytes: docx.byteLength, name: ORIGINAL_NAME });
    expect(await files.readPending(`uploads/essays/${callId}/${a.uploadId}`, ESSAY_FILE_MAX_BYTES)).toBeUndefined();
    // A change that names the same upload keeps the file as it is; the unit's own view lists it.
    expect((await save('dongfeng-st', body({ uploadId: a.uploadId, text: '补充说明' }))).status).toBe(200);
    const mine = (await (await f.pub('GET', `/api/public/units/${keys.get('dongfeng-st')}/essay-calls`)).json()) as { calls: { essay: { file: unknown; version: number } }[] };
    expect(mine.calls[0]?.essay).toMatchObject({ version: 2, file: { format: 'docx', bytes: docx.byteLength, name: ORIGINAL_NAME } });

    const pdf = await pdfWithAuthor();
    expect(Buffer.from(pdf).toString('latin1')).toContain(AUTHOR);
    const b = await upload('xinli-st', pdf);
    const savedPdf = await save('xinli-st', body({ uploadId: b.uploadId, authors: '王新立', text: '摘要' }));
    expect(savedPdf.status).toBe(201);
    essayIds.set('xinli-st', ((await savedPdf.json()) as { essayId: string }).essayId);
  });

  it('Should refuse uploads and saves after the deadline (410)', async () => {
    f.clock.set('2026-03-10T10:00:00.000Z');
    expect((await f.pub('POST', `${unitApi('party-office')}/uploads`)).status).toBe(410);
    expect((await f.respondent.request(`http://localhost${unitApi('party-office')}/uploads/late-upload`, { method: 'PUT', body: await docxWithAuthor() as unknown as BodyInit })).status).toBe(410);
    expect((await save('party-office', body({ text: '迟到' }))).status).toBe(410);
  });

  it('Should give experts only the blind copy: no author in its metadata, and no unit, author or file name on the page or in the API', async () => {
    const docxId = essayIds.get('dongfeng-st')!;
    const pdfId = essayIds.get('xinli-st')!;
    const base = `/e/${expertKey}/essay-calls/${callId}/essays`;
    const docx = await f.respondent.request(`http://localhost${base}/${docxId}/file`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.headers.get('content-disposition')).not.toContain('张晓东');
    const docxXml = await docxText(new Uint8Array(await docx.arrayBuffer()));
    expect(docxXml).toContain('学习体会正文');
    expect(docxXml).not.toContain(AUTHOR);
    expect(docxXml).not.toContain(COMPANY);
    expect(docxXml).not.toContain('ZXD');

    const pdf = await f.respondent.request(`http://localhost${base}/${pdfId}/file`);
    expect(pdf.status).toBe(200);
    const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
    expect(await pdfAuthor(pdfBytes)).toBeUndefined();
    expect(Buffer.from(pdfBytes).toString('latin1')).not.toContain(AUTHOR);
    expect(Buffer.from(pdfBytes).toString('latin1')).not.toContain(COMPANY);

    const page = await (await f.respondent.request(`http://localhost${base}/${docxId}`)).text();
    expect(page).toContain('下载全文');
    expect(page).toContain(`${base}/${docxId}/file`);
    const json = await (await f.pub('GET', `/api/public/experts/${expertKey}/essay-calls/${callId}/essays/${docxId}`)).text();
    for (const shown of [page, json]) {
      for (const secret of [AUTHOR, ORIGINAL_NAME, '东风街道', 'dongfeng-st', '张晓东']) expect(shown).not.toContain(secret);
    }
    expect(JSON.parse(json).essay.file).toEqual({ format: 'docx', bytes: expect.any(Number) });
    // An essay without a file has nothing to download.
    expect((await f.respondent.request(`http://localhost${base}/no-such-essay/file`)).status).toBe(404);
  });

  it('Should draw the unit’s essay form and the expert’s essay page with only the inline styles and scripts their CSP allows', async () => {
    const pages = [`/u/${keys.get('dongfeng-st')}/essay-calls/${callId}`, `/e/${expertKey}`, `/e/${expertKey}/essay-calls/${callId}/essays/${essayIds.get('dongfeng-st')!}`];
    for (const path of pages) {
      // The unit's form (with its file form) as it was before the deadline; the experts' pages after it.
      f.clock.set(path.startsWith('/u/') ? '2026-03-09T00:00:00.000Z' : '2026-03-10T10:00:00.000Z');
      const response = await f.respondent.request(`http://localhost${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<style>/);
      if (path.startsWith('/u/')) expect(html).toContain('type="file"');
      expect(inlineBlockedByCsp(response.headers.get('content-security-policy') ?? '', html), path).toEqual([]);
    }
  });

  it('Should give organizers the original, with its name', async () => {
    const docxId = essayIds.get('dongfeng-st')!;
    const original = await f.api('GET', `/api/essay-calls/${callId}/essays/${docxId}/file`, { token: await f.login(ADMIN) });
    expect(original.status).toBe(200);
    expect(original.headers.get('content-disposition')).toContain(encodeURIComponent(ORIGINAL_NAME));
    expect(await docxText(new Uint8Array(await original.arrayBuffer()))).toContain(AUTHOR);
    const detail = (await (await f.api('GET', `/api/essay-calls/${callId}`, { token: await f.login(ADMIN) })).json()) as { essays: { essayId: string; file?: { url: string } }[] };
    expect(detail.essays.find((e) => e.essayId === docxId)?.file?.url).toBe(`/api/essay-calls/${callId}/essays/${docxId}/file`);
    const page = await (await f.app.request(`http://localhost/admin/essay-calls/${callId}`, { headers: { authorization: `Bearer ${await f.login(ADMIN)}` } })).text();
    expect(page).toContain(`/api/essay-calls/${callId}/essays/${docxId}/file`);
  });
});
