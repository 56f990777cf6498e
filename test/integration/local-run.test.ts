// `npm start`'s server: DynamoDB Local on disk, seeded once, data kept across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { localConfig } from '../../functions/local/config.js';
import { startLocalServer } from '../../functions/local/local-server.js';
import { lanAddress } from '../../functions/local/lan-address.js';
import { createLogger } from '../../functions/http/logger.js';
import { DEMO_FEEDBACK_FORM_ID, DEMO_NEEDS_SURVEY_ID } from '../../shared/demo/seed-demo.js';
import { validFeedback } from '../support/demo-answers.js';
import { cspHash } from '../../functions/http/security-headers.js';
import { dashboardStyle } from '../../functions/organizer/pages/dashboard-style.js';
import { formScript } from '../../functions/respondent/pages/form-script.js';

// Each start launches DynamoDB Local (Java), which may take up to 90 s on a loaded 2-core machine.
const START_BUDGET_MS = 150_000;

describe('the local run', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diancai-local-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = localConfig({ PORT: '0', DIANCAI_DATA_DIR: dataDir });
  const quiet = createLogger({ level: 'silent' });

  it('seeds the demo district once, serves both surveys, and keeps responses across a restart', async () => {
    const first = await startLocalServer(config, quiet);
    const submissionId = randomUUID();
    try {
      expect(first.seeded).toBe(true);
      for (const id of [DEMO_NEEDS_SURVEY_ID, DEMO_FEEDBACK_FORM_ID]) {
        expect((await fetch(`${first.url}/s/${id}`)).status).toBe(200);
      }
      const res = await fetch(`${first.url}/api/public/surveys/${DEMO_FEEDBACK_FORM_ID}/responses`, {
        method: 'POST',
        body: JSON.stringify({ submissionId, answers: validFeedback() }),
      });
      expect(res.status).toBe(201);

      // Each app answers its own paths with its own headers, as behind API Gateway.
      const dashboard = await fetch(`${first.url}/admin/login`);
      expect(dashboard.headers.get('content-security-policy')).toContain(cspHash(dashboardStyle));
      const survey = await fetch(`${first.url}/s/${DEMO_NEEDS_SURVEY_ID}`);
      expect(survey.headers.get('content-security-policy')).toContain(cspHash(formScript));
      const unknown = await fetch(`${first.url}/nothing/here`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toContain('text/html');
      const unknownApi = await fetch(`${first.url}/api/nothing/here`);
      expect(unknownApi.status).toBe(404);
      expect(await unknownApi.json()).toMatchObject({ error: { code: 'not_found' } });
      // `/` goes to the organizer app, as API Gateway's `$default` route sends it: the dashboard, signed in first.
      const root = await fetch(first.url, { redirect: 'manual' });
      expect(root.headers.get('location')).toBe('/admin/login?next=%2F');
    } finally {
      await first.stop();
    }

    const second = await startLocalServer(config, quiet);
    try {
      expect(second.seeded).toBe(false);
      const replay = await fetch(`${second.url}/api/public/surveys/${DEMO_FEEDBACK_FORM_ID}/responses`, {
        method: 'POST',
        body: JSON.stringify({ submissionId, answers: validFeedback() }),
      });
      expect(replay.status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 2 * START_BUDGET_MS);

  it('listens on the network with HOST=0.0.0.0 and puts the LAN address in the links phones open', async () => {
    const lanDir = mkdtempSync(join(tmpdir(), 'diancai-lan-'));
    const lan = lanAddress('0.0.0.0');
    const server = await startLocalServer(localConfig({ PORT: '0', DIANCAI_DATA_DIR: lanDir, HOST: '0.0.0.0' }), quiet);
    try {
      expect(server.publicUrl).toBe(lan ? `http://${lan}:${server.port}` : undefined);
      if (!lan) return;
      // Reached from the network address, not only localhost.
      expect((await fetch(`${server.publicUrl}/s/${DEMO_NEEDS_SURVEY_ID}`)).status).toBe(200);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: server.admin.email, password: server.admin.password }),
      });
      // Said outright, so a refused sign-in is not mistaken later for a missing link on the sign-in page.
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const page = await fetch(`${server.url}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}`, { headers: { cookie: `diancai_session=${token}` }, redirect: 'manual' });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`${server.publicUrl}/s/${DEMO_NEEDS_SURVEY_ID}`);
      expect(html).not.toContain(`${server.url}/s/`);
    } finally {
      await server.stop();
      rmSync(lanDir, { recursive: true, force: true });
    }
  }, START_BUDGET_MS);
});
