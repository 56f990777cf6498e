// The QR code poster and the PNG for group chats: what a printed notice on a board needs, and an
// image that decodes to the survey's link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizerApp } from '../../functions/organizer/app.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { ADMIN, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;

beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ADMIN);
  const [needs] = demoSurveys(f.clock.now().toISOString());
  await f.table.store.surveys.put(needs!);
});
afterAll(() => f.table.drop());

describe('QR code poster and PNG', () => {
  it('Should print title, code, link, closing time and district on one sheet', async () => {
    expect((await f.api('PUT', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/settings`, { token, body: { closesAt: '2026-03-20T18:00' } })).status).toBe(200);
    const app = createOrganizerApp({ ...f.deps, districtName: '东风区委宣传部', publicBaseUrl: 'https://dc.example.cn' });
    const res = await app.request(`${ORIGIN}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/qr-sheet`, { headers: { cookie: `diancai_session=${token}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<p class="district">东风区委宣传部</p>');
    expect(html).toContain('<h1>2026 年度理论宣讲需求调查问卷</h1>');
    expect(html).toContain(`<p class="share-url">https://dc.example.cn/s/${DEMO_NEEDS_SURVEY_ID}</p>`);
    expect(html).toContain('截止时间：2026-03-20 18:00');
    expect(html).toMatch(/<div class="bigqr" role="img" aria-label="https:\/\/dc\.example\.cn\/s\/demo-needs"><svg/);
    const en = await (await app.request(`${ORIGIN}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/qr-sheet?lang=en`, { headers: { cookie: `diancai_session=${token}` } })).text();
    expect(en).toContain('Closes: 2026-03-20 18:00');
  });

  it('Should link the poster and the PNG from the survey page', async () => {
    const html = await (await f.api('GET', `/admin/surveys/${DEMO_NEEDS_SURVEY_ID}`, { token })).text();
    expect(html).toContain(`href="/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/qr-sheet"`);
    expect(html).toContain(`href="/api/surveys/${DEMO_NEEDS_SURVEY_ID}/qr.png"`);
    expect(html).not.toContain('打印本页即可打印二维码');
  });

  it('Should download a 1024 px PNG of the link', async () => {
    const res = await f.api('GET', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/qr.png`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${DEMO_NEEDS_SURVEY_ID}-qr.png"`);
    const png = Buffer.from(await res.arrayBuffer());
    // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect((await f.api('GET', '/api/surveys/no-such/qr.png', { token })).status).toBe(404);
    expect((await f.api('GET', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/qr.png`)).status).toBe(401);
  });
});
