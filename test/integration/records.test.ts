// 台账 through the organizer app on DynamoDB Local and the local record store: upload, confirm by
// content, metadata stripped, limits held (also under a race), oversize refused, delete, summary.
import ExifReader from 'exifreader';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps, pngWithMetadata, TINY_JPEG } from '../support/image-fixtures.js';
import { organizerFixture, type Fixture } from './organizer-fixture.js';

describe('a lecture’s record (台账)', () => {
  let f: Fixture;
  let token: string;
  let lectureId: string;

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    const created = await f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-04-01T09:00', durationMinutes: 90, place: '区委党校报告厅' },
    });
    lectureId = ((await created.json()) as { lectureId: string }).lectureId;
  });
  afterAll(() => f.table.drop());

  /** The browser's part: ask where, send the bytes there, then confirm. */
  async function upload(kind: 'photo' | 'file', bytes: Buffer, name: string) {
    const ticket = await f.api('POST', `/api/lectures/${lectureId}/record/uploads`, { token, body: { kind } });
    expect(ticket.status).toBe(201);
    const { uploadId, upload: target, confirmUrl } = (await ticket.json()) as { uploadId: string; upload: { method: string; url: string }; confirmUrl: string };
    expect(target.method).toBe('PUT');
    const put = await f.app.request(`http://localhost${target.url}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
    if (put.status !== 204) return put;
    return f.api('POST', confirmUrl, { token, body: { kind, name } });
  }
  const record = async () => (await (await f.api('GET', `/api/lectures/${lectureId}/record`, { token })).json()) as { photos: { itemId: string; url: string; name: string; format: string }[]; files: { itemId: string }[]; summary?: string };

  it('Should take a JPEG with a GPS position and give it back without it, orientation kept', async () => {
    const confirmed = await upload('photo', jpegWithGps(6), '../../现场照片.JPG');
    expect(confirmed.status).toBe(201);
    const { item } = (await confirmed.json()) as { item: { url: string; name: string; format: string } };
    expect(item).toMatchObject({ name: '现场照片.jpg', format: 'jpg' });
    const stored = Buffer.from(await (await f.api('GET', item.url, { token })).arrayBuffer());
    const read = ExifReader.load(stored, { expanded: true }) as Record<string, Record<string, { value: unknown }> | undefined>;
    expect(read.gps).toBeUndefined();
    expect(read.exif?.Orientation?.value).toBe(6);
    expect(stored.includes(Buffer.from('PhoneCam'))).toBe(false);
  });

  it('Should decide the type by content: a PNG named .jpg is a PNG; text named .jpg and a PDF as a photo are refused with 415', async () => {
    const png = await upload('photo', pngWithMetadata(), 'scan.jpg');
    expect(png.status).toBe(201);
    expect(((await png.json()) as { item: { format: string; name: string } }).item).toMatchObject({ format: 'png', name: 'scan.png' });
    const text = await upload('photo', Buffer.from('just some text, not a photo at all'), 'photo.jpg');
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe('unsupported_file_type');
    const pdfAsPhoto = await upload('photo', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'x.jpg');
    expect(pdfAsPhoto.status).toBe(415);
    const exe = await upload('file', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'report.pdf');
    expect(exe.status).toBe(415);
  });

  it('Should take a PDF and a DOCX as files', async () => {
    expect((await upload('file', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), '讲稿.pdf')).status).toBe(201);
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    const confirmed = await upload('file', docx, '简报');
    expect(confirmed.status).toBe(201);
    expect(((await confirmed.json()) as { item: { format: string; name: string } }).item).toMatchObject({ format: 'docx', name: '简报.docx' });
  });

  it('Should refuse a photo over 5 MB with 413 and store nothing', async () => {
    const before = await record();
    const big = Buffer.concat([TINY_JPEG.subarray(0, TINY_JPEG.length - 2), Buffer.alloc(5 * 1024 * 1024), Buffer.from([0xff, 0xd9])]);
    const refused = await upload('photo', big, 'big.jpg');
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('file_too_large');
    expect((await record()).photos.length).toBe(before.photos.length);
  });

  it('Should answer 422 upload_missing for a confirm with nothing uploaded', async () => {
    const ticket = (await (await f.api('POST', `/api/lectures/${lectureId}/record/uploads`, { token, body: { kind: 'photo' } })).json()) as { confirmUrl: string };
    const confirmed = await f.api('POST', ticket.confirmUrl, { token, body: { kind: 'photo' } });
    expect(confirmed.status).toBe(422);
  });

  it('Should hold 9 photos at most, even when the last places are raced for, then free a place on delete', async () => {
    const now = (await record()).photos.length;
    for (let i = now; i < 7; i++) expect((await upload('photo', TINY_JPEG, `p${i}.jpg`)).status).toBe(201);
    // Four at once for the last two places.
    const raced = await Promise.all(Array.from({ length: 4 }, (_, i) => upload('photo', TINY_JPEG, `r${i}.jpg`)));
    expect(raced.map((r) => r.status).sort()).toEqual([201, 201, 409, 409]);
    const full = await record();
    expect(full.photos.length).toBe(9);
    const victim = full.photos[0]!;
    expect((await f.api('POST', `/api/lectures/${lectureId}/record/items/${victim.itemId}/delete`, { token })).status).toBe(200);
    expect((await f.api('GET', victim.url, { token })).status).toBe(422);
    expect((await upload('photo', TINY_JPEG, 'again.jpg')).status).toBe(201);
  });

  it('Should keep a summary of at most 2,000 characters', async () => {
    expect((await f.api('PUT', `/api/lectures/${lectureId}/record/summary`, { token, body: { summary: '  讲座效果好，听众踊跃提问。 ' } })).status).toBe(200);
    expect((await record()).summary).toBe('讲座效果好，听众踊跃提问。');
    expect((await f.api('PUT', `/api/lectures/${lectureId}/record/summary`, { token, body: { summary: 'x'.repeat(2001) } })).status).toBe(400);
  });
});
