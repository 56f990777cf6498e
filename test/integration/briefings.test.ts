// 学习动态 (briefings) on DynamoDB Local through the production adapter: written and published through
// the organizer API, read through the respondent app's /news pages. Only published briefings are listed
// or served; the display photos are resized copies; the Word file reads back with its title, day and text.
import JSZip from 'jszip';
import { Jimp } from 'jimp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondentAppFor } from '../support/respondent-app.js';
import { TINY_JPEG, webpWithMetadata } from '../support/image-fixtures.js';
import { organizerFixture, type Fixture } from './organizer-fixture.js';

/** A camera-sized JPEG (3000 × 2000 by default) with some detail, so resizing has work to do. */
async function cameraJpeg(width = 3000, height = 2000): Promise<Buffer> {
  const image = new Jimp({ width, height, color: 0x8a3b2aff });
  for (let i = 0; i < image.bitmap.data.length; i += 4 * 97) image.bitmap.data[i + 1] = (i * 31) & 255;
  return image.getBuffer('image/jpeg', { quality: 85 });
}

type Briefing = { briefingId: string; status: string; version: number; publicUrl?: string; photoIds: string[] };

describe('briefings (学习动态)', () => {
  let f: Fixture;
  let token: string;
  let lectureId: string;
  let respondent: ReturnType<typeof respondentAppFor>;
  const photos: Record<string, string> = {};

  async function upload(bytes: Buffer, name: string): Promise<string> {
    const ticket = (await (await f.api('POST', `/api/lectures/${lectureId}/record/uploads`, { token, body: { kind: 'photo' } })).json()) as { upload: { url: string }; confirmUrl: string };
    const put = await f.app.request(`http://localhost${ticket.upload.url}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
    expect(put.status).toBe(204);
    const confirmed = await f.api('POST', ticket.confirmUrl, { token, body: { kind: 'photo', name } });
    expect(confirmed.status).toBe(201);
    return ((await confirmed.json()) as { item: { itemId: string } }).item.itemId;
  }
  const write = async (body: unknown) => f.api('POST', '/api/briefings', { token, body });
  const briefingOf = async (response: Response) => ((await response.json()) as { briefing: Briefing }).briefing;
  const publish = (id: string) => f.api('POST', `/api/briefings/${id}/publish`, { token });
  const page = (path: string) => respondent.request(`http://localhost${path}`);

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    const created = await f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-04-01T09:00', durationMinutes: 90, place: '区委党校报告厅' },
    });
    lectureId = ((await created.json()) as { lectureId: string }).lectureId;
    photos.big = await upload(await cameraJpeg(), '会场全景.jpg');
    photos.small = await upload(await cameraJpeg(640, 480), '小图.jpg');
    photos.broken = await upload(TINY_JPEG, '坏图.jpg');
    photos.webp = await upload(webpWithMetadata(), '转发图.webp');
    respondent = respondentAppFor(f.table.store);
  }, 120_000);
  afterAll(() => f.table.drop());

  it('Should list and serve only published briefings: not a draft, not a withdrawn one', async () => {
    const draft = await briefingOf(await write({ title: '草稿：还没写完', date: '2026-12-01', text: '草稿正文' }));
    const shown = await briefingOf(await write({ title: '区委理论学习中心组集体学习', date: '2026-12-06', text: '12月6日上午，区委理论学习中心组举行集体学习。\n\n大家交流了学习体会。', eventId: lectureId, photoIds: [photos.big, photos.small] }));
    const gone = await briefingOf(await write({ title: '已撤回的一篇', date: '2026-12-03', text: '这篇发布后又撤回了。' }));
    expect(draft.status).toBe('draft');

    const published = await publish(shown.briefingId);
    expect(published.status).toBe(200);
    expect(await briefingOf(published)).toMatchObject({ status: 'published', publicUrl: `/news/${shown.briefingId}` });
    expect((await publish(gone.briefingId)).status).toBe(200);
    const withdrawn = await f.api('POST', `/api/briefings/${gone.briefingId}/withdraw`, { token });
    expect(withdrawn.status).toBe(200);
    expect((await briefingOf(withdrawn)).status).toBe('withdrawn');

    const list = await page('/news');
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('区委理论学习中心组集体学习');
    expect(html).toContain('2026年12月6日');
    expect(html).not.toContain('草稿：还没写完');
    expect(html).not.toContain('已撤回的一篇');
    expect(html.match(/href="\/news\/[^"]+"/g)).toEqual([`href="/news/${shown.briefingId}"`]);

    for (const hidden of [draft.briefingId, gone.briefingId, 'no-such-briefing']) {
      for (const path of [`/news/${hidden}`, `/news/${hidden}/briefing.docx`]) expect((await page(path)).status, path).toBe(404);
    }
    const asJson = await respondent.request(`http://localhost/news/${draft.briefingId}`, { headers: { accept: 'application/json' } });
    expect(asJson.status).toBe(404);
    expect(((await asJson.json()) as { error: { code: string } }).error.code).toBe('briefing_not_found');
  });

  it('Should show a briefing with lazily loaded, resized photos of stated size, and the photos only of its own', async () => {
    const [entry] = (await f.table.store.news.list()).filter((e) => e.title === '区委理论学习中心组集体学习');
    const response = await page(`/news/${entry!.briefingId}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(imgs).toHaveLength(2);
    for (const img of imgs) expect(img).toMatch(/loading="lazy"/);
    const [first] = imgs;
    const [, src] = /src="([^"]+)"/.exec(first!)!;
    const width = Number(/width="(\d+)"/.exec(first!)![1]);
    const height = Number(/height="(\d+)"/.exec(first!)![1]);
    expect([width, height]).toEqual([1280, 853]);
    // A photo smaller than the display size is not enlarged.
    expect(imgs[1]).toMatch(/width="640" height="480"/);
    const photo = await page(src!);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(bytes.length).toBeLessThan(300 * 1024);
    const decoded = await Jimp.read(bytes);
    expect([decoded.width, decoded.height]).toEqual([1280, 853]);
    // A record photo's own id is no public address: only the display copies published with it are.
    expect((await page(`/news/${entry!.briefingId}/photos/${photos.big}`)).status).toBe(404);
  });

  it('Should download a Word file that reads back with the title, the day in Chinese and the text', async () => {
    const [entry] = (await f.table.store.news.list()).filter((e) => e.title === '区委理论学习中心组集体学习');
    const response = await page(`/news/${entry!.briefingId}/briefing.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('区委理论学习中心组集体学习.docx'));
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    expect(text).toContain('区委理论学习中心组集体学习');
    expect(text).toContain('2026年12月6日');
    expect(text).toContain('12月6日上午，区委理论学习中心组举行集体学习。');
    expect(text).toContain('大家交流了学习体会。');
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  });

  it('Should refuse what does not fit: a WebP photo, photos without their event, a stale edit, a second publication, editing while published', async () => {
    const webp = await write({ title: '带 WebP 照片', date: '2026-12-05', text: '正文', eventId: lectureId, photoIds: [photos.webp] });
    expect(webp.status).toBe(422);
    expect(JSON.stringify(await webp.json())).toContain('WebP');
    const orphan = await write({ title: '没有活动的照片', date: '2026-12-05', text: '正文', photoIds: [photos.big] });
    expect(orphan.status).toBe(422);
    const badDay = await write({ title: '二月三十日', date: '2026-02-30', text: '正文' });
    expect([400, 422]).toContain(badDay.status);

    const broken = await briefingOf(await write({ title: '坏照片', date: '2026-12-05', text: '正文', eventId: lectureId, photoIds: [photos.broken] }));
    const unreadable = await publish(broken.briefingId);
    expect(unreadable.status).toBe(422);
    expect(JSON.stringify(await unreadable.json())).toContain('坏图.jpg');

    const b = await briefingOf(await write({ title: '一篇', date: '2026-12-05', text: '' }));
    const empty = await publish(b.briefingId);
    expect(empty.status).toBe(422);
    const edited = await f.api('PUT', `/api/briefings/${b.briefingId}`, { token, body: { title: '一篇（改）', date: '2026-12-05', text: '有了正文', version: b.version } });
    expect(edited.status).toBe(200);
    const stale = await f.api('PUT', `/api/briefings/${b.briefingId}`, { token, body: { title: '旧窗口里的改动', date: '2026-12-05', text: '会覆盖别人的', version: b.version } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('briefing_edit_conflict');
    expect((await publish(b.briefingId)).status).toBe(200);
    const again = await publish(b.briefingId);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('briefing_status_conflict');
    const whilePublished = await f.api('PUT', `/api/briefings/${b.briefingId}`, { token, body: { title: '改', date: '2026-12-05', text: '改', version: b.version + 2 } });
    expect(whilePublished.status).toBe(409);
    const audit = (await (await f.api('GET', '/api/audit', { token: await f.login({ email: 'admin@district.cn', password: 'admin-password-1' }) })).json()) as { entries: { action: string; target: string }[] };
    expect(audit.entries.filter((e) => e.target === b.briefingId).map((e) => e.action).sort()).toEqual(['briefing.create', 'briefing.edit', 'briefing.publish']);
  });

  it('Should keep every publication in the list when several publish at once', async () => {
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => write({ title: `同时发布 ${i + 1}`, date: '2026-11-20', text: '正文' }).then(briefingOf)));
    const answers = await Promise.all(made.map((b) => publish(b.briefingId)));
    expect(answers.map((a) => a.status)).toEqual(made.map(() => 200));
    const listed = new Set((await f.table.store.news.list()).map((e) => e.briefingId));
    for (const b of made) expect(listed.has(b.briefingId)).toBe(true);
  });

  it('Should work as forms without JavaScript: problems beside their fields, a confirmation before publishing, another event starting the pick afresh', async () => {
    const form = (path: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
      return f.app.request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    };
    const refused = await form('/admin/briefings', { title: '', date: '2026-02-30', text: '留着的正文' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toMatch(/id="new-title-err"[^>]*>\s*<li>请填写标题<\/li>/);
    expect(html).toContain('id="new-date-err"');
    expect(html).toContain('留着的正文');

    const created = await form('/admin/briefings', { title: '表单写的一篇', date: '2026-12-04', text: '表单正文' });
    expect(created.status).toBe(303);
    const editPath = created.headers.get('location')!.split('?')[0]!;
    const briefingId = editPath.split('/').pop()!;
    const picked = await form(editPath, { title: '表单写的一篇', date: '2026-12-04', text: '表单正文', eventId: lectureId, photoIds: [photos.small!], version: '1' });
    expect(picked.status).toBe(303);
    expect((await f.table.store.briefings.get(briefingId))?.photoIds).toEqual([photos.small]);
    const other = ((await (await f.api('POST', '/api/lectures', { token, body: { topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['dongfeng-st'], startsAt: '2026-05-01T09:00', durationMinutes: 60, place: '街道党群服务中心' } })).json()) as { lectureId: string }).lectureId;
    const switched = await form(editPath, { title: '表单写的一篇', date: '2026-12-04', text: '表单正文', eventId: other, photoIds: [photos.small!], version: '2' });
    expect(switched.status).toBe(303);
    expect(await f.table.store.briefings.get(briefingId)).toMatchObject({ eventId: other, photoIds: [] });

    const asked = await form(`${editPath}/publish`, { version: '3' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('确认发布');
    expect((await f.table.store.briefings.get(briefingId))?.status).toBe('draft');
    const done = await form(`${editPath}/publish`, { version: '3', confirmed: '1' });
    expect(done.status).toBe(303);
    expect((await f.table.store.briefings.get(briefingId))?.status).toBe('published');
    expect((await page(`/news/${briefingId}`)).status).toBe(200);
  });
});
