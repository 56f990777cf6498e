// Errors say what was wrong without repeating what was sent: a key, a row, a filter value or a
// question id from the request never comes back in the body.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

const SENT = 'zq7sent';

describe('errors without echo', () => {
  let f: Fixture;
  let token: string;
  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
    await f.table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => f.table.drop());

  it('Should refuse an unknown answer key or matrix row without repeating it', async () => {
    const app = respondentAppFor(f.table.store);
    for (const answers of [{ ...validAnswers(), [`${SENT}-key`]: 'a' }, { ...validAnswers(), matrix: { r1: 5, [`${SENT}-row`]: 3 } }]) {
      const res = await app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers }) });
      expect(res.status).toBe(422);
      expect(await res.text()).not.toContain(SENT);
    }
  });

  it('Should refuse unknown report filters and questions without repeating them', async () => {
    for (const path of [
      `/api/surveys/every-type/report?unit=${SENT}`,
      `/api/surveys/every-type/report?front=${SENT}`,
      `/api/surveys/every-type/report?unit=${SENT}%3Cb%3E`,
      `/api/surveys/every-type/crosstab?question=${SENT}`,
      `/api/surveys/every-type/crosstab?question=${SENT}%3Cb%3E`,
      `/api/surveys/every-type/text-answers?question=${SENT}`,
    ]) {
      const res = await f.api('GET', path, { token });
      expect(res.status, path).toBe(422);
      expect(await res.text(), path).not.toContain(SENT);
    }
  });
});
