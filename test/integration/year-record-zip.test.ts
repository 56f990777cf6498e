// The year's record as a ZIP (年度台账) through the export job, on DynamoDB Local and the local record
// store: 100 delivered lectures with 3 photos each (about 18 MB) and some files and summaries. Memory is
// held bounded: at most one record file open at a time, and what was read from the files but not yet
// written out stays under 1 MB (stream buffers), whatever the year's size. The ZIP read back with
// JSZip holds a folder per lecture with its exact photos and a text sheet, and an index workbook.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { requestYearRecord, yearRecordWriter } from '../../shared/records/year-record-job.js';
import { runExport } from '../../shared/exports/run-export.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { yearRange } from '../../shared/lectures/year-stats.js';
import type { RecordItem } from '../../shared/records/record-schema.js';
import type { ExportFiles } from '../../shared/report/export-files.js';
import { LocalExportFiles } from '../../functions/organizer/exports/local-export-files.js';
import { waitForExport } from './export-wait.js';
import { ORGANIZER, organizerFixture, type Fixture } from './organizer-fixture.js';

const LECTURES = 100;
const PHOTOS = 3;
const PHOTO_BYTES = 60 * 1024;

/** JPEG-framed random bytes: incompressible, as photos are. */
function photoBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(PHOTO_BYTES - 6), Buffer.from([0xff, 0xd9])]);
}

describe('the year’s record as a ZIP job', () => {
  let f: Fixture;
  let token: string;
  const photos = new Map<string, Buffer>();
  const lectures: Lecture[] = [];

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ORGANIZER);
    const topics = demoCatalogue.topics;
    for (let i = 0; i < LECTURES; i++) {
      const topic = topics[i % topics.length]!;
      const expert = demoCatalogue.experts[i % demoCatalogue.experts.length]!;
      const unit = demoCatalogue.units[i % demoCatalogue.units.length]!;
      const starts = new Date(Date.UTC(2026, 0, 2 + Math.floor(i * 3.5), 1, i % 60));
      lectures.push({
        id: randomUUID(), status: 'delivered', topicId: topic.id, topicTitle: i === 7 ? `${topic.title}/：“试点”*?` : topic.title, themeId: topic.theme, expertId: expert.id, expertName: expert.name,
        units: [{ id: unit.id, name: unit.name, front: unit.front }], startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 5_400_000).toISOString(),
        durationMinutes: 90, place: '报告厅', attendance: 30 + i, formVersion: 1, createdAt: starts.toISOString(),
      });
    }
    // A cancelled lecture has no record to file.
    lectures.push({ ...lectures[0]!, id: randomUUID(), status: 'cancelled', attendance: undefined as never });
    delete (lectures[LECTURES] as Partial<Lecture>).attendance;
    await f.table.store.lectureImport.importLectures(lectures);
    const files = f.deps.recordFiles;
    for (const [i, lecture] of lectures.slice(0, LECTURES).entries()) {
      for (let p = 0; p < PHOTOS; p++) {
        const itemId = randomUUID();
        const bytes = photoBytes();
        const item: RecordItem = { itemId, eventId: lecture.id, kind: 'photo', format: 'jpg', name: p === 1 ? '现场.jpg' : `照片${p}.jpg`, bytes: bytes.length, object: `records/${lecture.id}/${itemId}.jpg`, addedAt: lecture.endsAt, addedBy: ORGANIZER.email };
        await files.put(item.object, bytes, 'image/jpeg');
        await f.table.store.records.add(item, 9);
        photos.set(`${lecture.id}/${p}`, bytes);
      }
      if (i % 10 === 0) {
        const itemId = randomUUID();
        const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
        await files.put(`records/${lecture.id}/${itemId}.pdf`, pdf, 'application/pdf');
        await f.table.store.records.add({ itemId, eventId: lecture.id, kind: 'file', format: 'pdf', name: '讲稿.pdf', bytes: pdf.length, object: `records/${lecture.id}/${itemId}.pdf`, addedAt: lecture.endsAt, addedBy: ORGANIZER.email }, 3);
      }
      if (i % 4 === 0) await f.table.store.records.setSummary(lecture.id, `第 ${i + 1} 场：气氛热烈。\n=1+1`, lecture.endsAt);
    }
  }, 300_000);
  afterAll(() => f.table.drop());

  it('Should write 100 lectures’ photos holding one file open at a time and under 1 MB read but not yet written', async () => {
    let open = 0;
    let maxOpen = 0;
    let bytesIn = 0;
    let bytesOut = 0;
    let maxHeld = 0;
    const counted = {
      async stream(object: string): Promise<Readable> {
        const stream = await f.deps.recordFiles.stream(object);
        open += 1;
        maxOpen = Math.max(maxOpen, open);
        stream.on('data', (chunk: Buffer) => {
          bytesIn += chunk.length;
          maxHeld = Math.max(maxHeld, bytesIn - bytesOut);
        });
        // Done once it has given all its bytes (its file handle closes a moment later).
        stream.once('end', () => (open -= 1));
        return stream;
      },
    };
    const dir = mkdtempSync(join(tmpdir(), 'diancai-year-zip-'));
    const local = new LocalExportFiles(dir);
    // A slow reader: every chunk waits a turn of the event loop before it is written.
    const slow: ExportFiles = {
      link: (name) => local.link(name),
      save: (name, chunks) =>
        local.save(
          name,
          (async function* () {
            for await (const chunk of chunks) {
              await new Promise((resolve) => setImmediate(resolve));
              bytesOut += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
              yield chunk;
            }
          })(),
        ),
    };
    const job = await requestYearRecord({ exportJobs: f.table.store.exportJobs, clock: f.clock, newId: randomUUID, lectures: f.table.store.lectures }, yearRange(2026, 'Asia/Shanghai'), 2026, ORGANIZER.email, 'zh');
    expect(job.rowsExpected).toBe(LECTURES);
    const progress: number[] = [];
    const jobs = f.table.store.exportJobs;
    const noting = { ...jobs, create: jobs.create.bind(jobs), get: jobs.get.bind(jobs), start: jobs.start.bind(jobs), finish: jobs.finish.bind(jobs), fail: jobs.fail.bind(jobs), progress: (id: string, rows: number, at: string) => (progress.push(rows), jobs.progress(id, rows, at)) };
    const result = await runExport(
      { surveys: f.table.store.surveys, responses: f.table.store.responses, exportJobs: noting, files: slow, clock: f.clock, timeZone: 'Asia/Shanghai', heartbeatMs: 0, yearRecord: yearRecordWriter({ lectures: f.table.store.lectures, records: f.table.store.records, recordFiles: counted, catalogue: f.table.store.catalogue }) },
      job.exportId,
    );
    expect(result).toMatchObject({ outcome: 'done', rows: LECTURES });
    expect(bytesIn).toBeGreaterThan(LECTURES * PHOTOS * PHOTO_BYTES);
    expect(maxOpen).toBe(1);
    expect(maxHeld).toBeLessThan(1024 * 1024);
    expect(open).toBe(0);
    // Progress went lecture by lecture (the heartbeat set to 0 writes each one).
    expect(progress).toEqual(Array.from({ length: LECTURES }, (_, i) => i));
    const stored = await jobs.get(job.exportId);
    expect(stored).toMatchObject({ status: 'done', rowsDone: LECTURES });
  }, 300_000);

  it('Should make the ZIP through the API and the job page, a folder per lecture with its exact photos, sheet and index', async () => {
    const started = await f.api('POST', '/api/year-record/exports', { token, body: { year: 2026 } });
    expect(started.status).toBe(202);
    const { exportId } = (await started.json()) as { exportId: string };
    const done = await waitForExport(f, token, exportId);
    expect(done).toMatchObject({ status: 'done', rowsDone: LECTURES, rowsExpected: LECTURES });
    const page = await (await f.app.request(`http://localhost/admin/export-jobs/${exportId}`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(page).toContain('2026 年度宣讲台账');
    const file = await f.app.request(`http://localhost${done.url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/zip');
    // Saved under its name in words, with no id in it.
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2026年度宣讲台账.zip')}`);
    const zip = await JSZip.loadAsync(Buffer.from(await file.arrayBuffer()));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const folders = [...new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]!))];
    expect(folders).toHaveLength(LECTURES);
    // In start order, numbered; no path separator or reserved character from the topic's title.
    expect(folders[0]).toMatch(/^001 2026-01-02 /);
    expect(folders.every((name) => !/[\\:*?"<>|]/.test(name))).toBe(true);
    for (const [i, lecture] of lectures.slice(0, LECTURES).entries()) {
      const folder = folders[i]!;
      const named = zip.file(new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/现场照片/0[1-3] 现场\\.jpg$`));
      expect(named).toHaveLength(1);
      expect(await named[0]!.async('nodebuffer')).toEqual(photos.get(`${lecture.id}/1`));
      expect(zip.file(new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/现场照片/`))).toHaveLength(PHOTOS);
      const sheet = await zip.file(`${folder}/台账.txt`)!.async('string');
      expect(sheet).toContain(`课题：${lecture.topicTitle}`);
      expect(sheet).toContain(`实到人数：${lecture.attendance}`);
      expect(sheet).toContain('北京时间');
      if (i % 10 === 0) expect(zip.file(`${folder}/材料/01 讲稿.pdf`)).not.toBeNull();
    }
    const index = new ExcelJS.Workbook();
    await index.xlsx.load((await zip.file('索引.xlsx')!.async('nodebuffer')) as never);
    const rows = index.getWorksheet('索引')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2 + LECTURES);
    expect(rows[2]![2]).toBe(folders[0]);
    // A summary that looks like a formula stays text.
    const summaryCell = index.getWorksheet('索引')!.getRow(3).getCell(rows[1]!.length - 1);
    expect(summaryCell.type).toBe(ExcelJS.ValueType.String);
  }, 300_000);

  it('Should refuse a malformed year request with the one error shape', async () => {
    for (const body of [{}, { year: '2026' }, { year: 1999 }, { year: 2026.5 }, { year: 2026, extra: 1 }]) {
      const res = await f.api('POST', '/api/year-record/exports', { token, body });
      expect([400, 422], JSON.stringify(body)).toContain(res.status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBeTruthy();
    }
  });
});
