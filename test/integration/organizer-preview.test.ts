// The respondent preview an organizer opens from the dashboard: any status, nothing can be sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../functions/http/security-headers.js';
import { pageStyle } from '../../functions/respondent/pages/page-style.js';
import { previewScript } from '../../functions/respondent/pages/form-script.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

async function draft(title: string): Promise<Survey> {
  const response = await f.api('POST', '/api/surveys', { token, body: { template: 'feedback', title } });
  return ((await response.json()) as { survey: Survey }).survey;
}

const page = (path: string) => f.app.request(`${ORIGIN}${path}`, { headers: { cookie: `diancai_session=${token}` } });

describe('GET /admin/surveys/:surveyId/preview', () => {
  it('Should show a draft as respondents will see it, under a preview banner, with submitting off', async () => {
    // Prepare
    const survey = await draft('<b>讲座</b> 反馈');
    // Act
    const response = await page(`/admin/surveys/${survey.id}/preview`);
    const html = await response.text();
    // Assess
    expect(response.status).toBe(200);
    expect(html).toContain('预览：这是答卷人看到的问卷。提交已停用，填写的内容不会保存。');
    expect(html).toContain('&lt;b&gt;讲座&lt;/b&gt; 反馈');
    expect(html).not.toContain('<b>讲座');
    expect(html).toMatch(/<button type="submit" id="send" disabled/);
    // Only the display-logic script (it sends nothing), hashed in the CSP.
    expect(html.replace(`<script>${previewScript}</script>`, '')).not.toContain('<script');
    expect(html).toContain(`<script>${previewScript}</script>`);
    expect(response.headers.get('content-security-policy')).toContain(cspHash(previewScript));
    expect(html).toContain(`<style>${pageStyle}</style>`);
    expect(response.headers.get('content-security-policy')).toContain(cspHash(pageStyle));
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('Should speak English with ?lang=en and show the access code box when codes are required', async () => {
    const survey = await draft('Feedback');
    await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { requireAccessCode: true } });
    const html = await (await page(`/admin/surveys/${survey.id}/preview?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Preview — this is the survey as respondents see it. Submitting is off; answers are not saved.');
    expect(html).toContain('name="accessCode"');
    expect(html).toContain(`href="/admin/surveys/${survey.id}/preview?lang=zh"`);
  });

  it('Should preview published and closed surveys too, and be linked from the survey page', async () => {
    const survey = await draft('已结束的问卷');
    await f.api('POST', `/api/surveys/${survey.id}/publish`, { token });
    await f.api('POST', `/api/surveys/${survey.id}/close`, { token });
    expect((await page(`/admin/surveys/${survey.id}/preview`)).status).toBe(200);
    expect(await (await page(`/admin/surveys/${survey.id}`)).text()).toContain(`href="/admin/surveys/${survey.id}/preview"`);
  });

  it('Should answer 404 for an unknown survey', async () => {
    expect((await page('/admin/surveys/nope123/preview')).status).toBe(404);
  });
});
