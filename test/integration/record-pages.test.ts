// 台账 on a lecture's page without JavaScript: the multipart upload form (the local run), the photo shown,
// the summary form (a refusal shown on the page), deletion only after the confirmation page; a viewer
// sees the record without the forms.
import ExifReader from 'exifreader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps } from '../support/image-fixtures.js';
import { ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

describe('the record on a lecture’s page', () => {
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

  const page = async () => (await f.app.request(`${ORIGIN}/admin/lectures/${lectureId}`, { headers: { authorization: `Bearer ${token}` } })).text();
  const postForm = (path: string, fields: [string, string][]) =>
    f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const uploadForm = (kind: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', new File([new Uint8Array(bytes)], name));
    return f.app.request(`${ORIGIN}/admin/lectures/${lectureId}/record/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: ORIGIN }, body: form });
  };

  it('Should offer both upload forms on the page, posting multipart to this app locally', async () => {
    const html = await page();
    expect(html).toContain('<h2 id="record-h">台账</h2>');
    expect(html.match(/enctype="multipart\/form-data"/g)?.length).toBe(2);
    expect(html).toContain(`action="/admin/lectures/${lectureId}/record/upload"`);
  });

  it('Should add a photo from the form, stripped of its GPS position, and show it on the page', async () => {
    const posted = await uploadForm('photo', jpegWithGps(6), '现场.jpg');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/admin/lectures/${lectureId}?record=added#record`);
    const { photos } = (await (await f.api('GET', `/api/lectures/${lectureId}/record`, { token })).json()) as { photos: { itemId: string; url: string }[] };
    expect(photos).toHaveLength(1);
    const html = await (await f.app.request(`${ORIGIN}/admin/lectures/${lectureId}?record=added`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(html).toContain('已加入台账。');
    expect(html).toContain(`<img src="${photos[0]!.url}" alt="现场照片：现场.jpg"`);
    const stored = Buffer.from(await (await f.api('GET', photos[0]!.url, { token })).arrayBuffer());
    expect((ExifReader.load(stored, { expanded: true }) as { gps?: unknown }).gps).toBeUndefined();
  });

  it('Should refuse text posing as a photo and a form without a file, storing nothing', async () => {
    const before = (await f.table.store.records.get(lectureId)).photos.length;
    const text = await uploadForm('photo', Buffer.from('not a photo, only text'), 'x.jpg');
    expect(text.status).toBe(415);
    const empty = await uploadForm('photo', Buffer.alloc(0), 'x.jpg');
    expect(empty.status).toBe(422);
    const badKind = await uploadForm('video', Buffer.from('x'), 'x.mp4');
    expect(badKind.status).toBe(400);
    expect((await f.table.store.records.get(lectureId)).photos.length).toBe(before);
  });

  it('Should save the summary, and show a too-long one refused on the page with nothing saved', async () => {
    const saved = await postForm(`/admin/lectures/${lectureId}/record/summary`, [['summary', '  到场 96 人，气氛热烈。 ']]);
    expect(saved.status).toBe(303);
    expect((await f.table.store.records.get(lectureId)).summary?.text).toBe('到场 96 人，气氛热烈。');
    const refused = await postForm(`/admin/lectures/${lectureId}/record/summary`, [['summary', '长'.repeat(2001)]]);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<h2 id="record-h">台账</h2>');
    expect((await f.table.store.records.get(lectureId)).summary?.text).toBe('到场 96 人，气氛热烈。');
  });

  it('Should delete a photo only after the confirmation page, with one audit entry', async () => {
    const [photo] = (await f.table.store.records.get(lectureId)).photos;
    const asked = await postForm(`/admin/lectures/${lectureId}/record/items/${photo!.itemId}/delete`, []);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('确认删除台账材料');
    expect((await f.table.store.records.get(lectureId)).photos).toHaveLength(1);
    const done = await postForm(`/admin/lectures/${lectureId}/record/items/${photo!.itemId}/delete`, [['confirmed', '1']]);
    expect(done.status).toBe(303);
    expect((await f.table.store.records.get(lectureId)).photos).toHaveLength(0);
    const again = await postForm(`/admin/lectures/${lectureId}/record/items/${photo!.itemId}/delete`, [['confirmed', '1']]);
    expect(again.status).toBe(422);
    const actions = (await f.table.store.audit.list({ limit: 100 })).items.map((e) => e.action);
    expect(actions.filter((a) => a === 'record.remove')).toHaveLength(1);
  });

  it('Should answer an S3 return with no upload behind it as upload_missing, not a 500', async () => {
    const missing = await f.app.request(`${ORIGIN}/admin/lectures/${lectureId}/record/confirm?kind=photo&upload=00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(422);
    const junk = await f.app.request(`${ORIGIN}/admin/lectures/${lectureId}/record/confirm?kind=photo&upload=../../etc`, { headers: { authorization: `Bearer ${token}` } });
    expect(junk.status).toBe(422);
  });
});
