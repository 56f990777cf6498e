// Survey management against DynamoDB Local: templates from the live catalogue, the publish freeze,
// time windows, response limits and single-use access codes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessCodeError, SurveyClosedError, SurveyFullError, SurveyNotOpenError } from '../../shared/errors.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ADMIN, ORGANIZER, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

async function createFrom(template: 'needs' | 'feedback' | 'blank', title?: string): Promise<Survey> {
  const response = await f.api('POST', '/api/surveys', { token, body: { template, ...(title ? { title } : {}) } });
  expect(response.status).toBe(201);
  return (await json<{ survey: Survey }>(response)).survey;
}

async function published(template: 'needs' | 'feedback' | 'blank' = 'blank'): Promise<Survey> {
  const survey = await createFrom(template);
  expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(200);
  return survey;
}

const blankAnswers = { q1: '意见' };

describe('creating surveys', () => {
  it('Should build the needs survey from the live catalogue, without retired records', async () => {
    const admin = await f.login(ADMIN);
    expect((await f.api('POST', '/api/catalogue/topics', { token: admin, body: { id: 't-new', title: '新课题：基层治理', theme: 'livelihood' } })).status).toBe(201);
    expect((await f.api('POST', '/api/catalogue/units/housing/retire', { token: admin })).status).toBe(200);
    const survey = await createFrom('needs', '2027 年需求调查');
    expect(survey).toMatchObject({ kind: 'needs', status: 'draft', title: '2027 年需求调查' });
    const topics = survey.questions.find((q) => q.id === 'topics');
    const unit = survey.questions.find((q) => q.type === 'unit');
    expect(topics && 'options' in topics ? topics.options.map((o) => o.id) : []).toContain('t-new');
    expect(unit && 'options' in unit ? unit.options.map((o) => o.id) : []).not.toContain('housing');
  });

  it('Should create a feedback form and a survey from a whole definition', async () => {
    expect((await createFrom('feedback')).kind).toBe('feedback');
    const response = await f.api('POST', '/api/surveys', {
      token,
      body: { definition: { kind: 'custom', title: '自定义', questions: [{ id: 'n', type: 'number', required: true, title: '人数' }] } },
    });
    expect(response.status).toBe(201);
    expect((await json<{ survey: Survey }>(response)).survey).toMatchObject({ status: 'draft', kind: 'custom' });
  });

  it('Should list surveys with status and live response counts summed over units', async () => {
    const survey = await published('needs');
    const answers = (unit: string) => ({
      unit,
      role: 'cadre',
      topics: ['t-ecology', 't-green-life', 't-civility'],
      format: ['lecture'],
      manner: 'central',
      slots: ['mon-am'],
      'speaker-kind': 'scholar',
    });
    await f.submit(survey.id, { answers: answers('dongfeng-st') });
    await f.submit(survey.id, { answers: answers('education') });
    const { surveys } = await json<{ surveys: { id: string; status: string; responses: number }[] }>(f.api('GET', '/api/surveys', { token }));
    expect(surveys.find((s) => s.id === survey.id)).toMatchObject({ status: 'published', responses: 2 });
    expect((await json<{ responses: number }>(f.api('GET', `/api/surveys/${survey.id}`, { token }))).responses).toBe(2);
  });
});

describe('editing and publishing', () => {
  it('Should replace a draft and answer 422 listing every problem of a bad definition', async () => {
    const survey = await createFrom('blank');
    const ok = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { ...survey, title: '改过的标题', status: 'published' } });
    expect(ok.status).toBe(200);
    expect((await json<{ survey: Survey }>(ok)).survey).toMatchObject({ title: '改过的标题', status: 'draft' });

    const bad = await f.api('PUT', `/api/surveys/${survey.id}/definition`, {
      token,
      body: {
        title: '有问题的问卷',
        questions: [
          { id: 'a', type: 'text', required: false, title: 'A', maxLength: 10 },
          { id: 'a', type: 'text', required: false, title: 'A again', maxLength: 10 },
          { id: 'r', type: 'ranking', required: true, title: 'Rank', pick: 3, options: [{ id: 'x', label: 'X' }] },
          { id: 'c', type: 'single_choice', required: true, title: 'Choose', options: [] },
        ],
      },
    });
    expect(bad.status).toBe(422);
    const body = await json<{ error: { code: string; issues: { questionId: string }[] } }>(bad);
    expect(body.error.code).toBe('invalid_survey');
    expect(body.error.issues.map((i) => i.questionId).sort()).toEqual(['a', 'c', 'r']);
  });

  it('Should answer 422 with field paths when the definition does not fit the schema', async () => {
    const survey = await createFrom('blank');
    const response = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { title: '', questions: [{ id: 'bad id', type: 'text' }] } });
    expect(response.status).toBe(422);
    const body = await json<{ error: { code: string; issues: { field: string }[] } }>(response);
    expect(body.error.code).toBe('invalid_survey');
    expect(body.error.issues.length).toBeGreaterThan(1);
  });

  it('Should freeze the questions once published: editing answers 409', async () => {
    const survey = await published();
    const response = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { ...survey, title: '新标题' } });
    expect(response.status).toBe(409);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('survey_frozen');
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(409);
  });

  it('Should close a published survey; closing it again or closing a draft is a 409', async () => {
    const survey = await published();
    const closed = await f.api('POST', `/api/surveys/${survey.id}/close`, { token });
    expect(closed.status).toBe(200);
    expect((await json<{ survey: Survey }>(closed)).survey.status).toBe('closed');
    expect((await f.api('POST', `/api/surveys/${survey.id}/close`, { token })).status).toBe(409);
    const draft = await createFrom('blank');
    expect((await f.api('POST', `/api/surveys/${draft.id}/close`, { token })).status).toBe(409);
    await expect(f.submit(survey.id, { answers: blankAnswers })).rejects.toBeInstanceOf(SurveyClosedError);
  });

  it('Should answer 404 for an unknown survey', async () => {
    const response = await f.api('GET', '/api/surveys/nope', { token });
    expect(response.status).toBe(404);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('record_not_found');
  });

  it('Should give the share link and a QR code as SVG', async () => {
    const survey = await published();
    const overview = await json<{ shareUrl: string }>(f.api('GET', `/api/surveys/${survey.id}`, { token }));
    expect(overview.shareUrl).toBe(`http://localhost/s/${survey.id}`);
    const qr = await f.api('GET', `/api/surveys/${survey.id}/qr.svg`, { token });
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
  });
});

describe('opening and closing times (district time, Asia/Shanghai)', () => {
  it('Should refuse before opensAt, accept inside the window and refuse from closesAt', async () => {
    const survey = await published();
    f.clock.set('2026-04-01T00:00:00.000Z'); // 08:00 in Shanghai
    token = await f.login(ORGANIZER);
    const settings = await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { opensAt: '2026-04-01T09:00', closesAt: '2026-04-02T18:00' } });
    expect(settings.status).toBe(200);
    expect((await json<{ settings: unknown }>(settings)).settings).toEqual({ opensAt: '2026-04-01T01:00:00.000Z', closesAt: '2026-04-02T10:00:00.000Z' });

    await expect(f.submit(survey.id, { answers: blankAnswers })).rejects.toBeInstanceOf(SurveyNotOpenError);
    f.clock.set('2026-04-01T01:00:00.000Z');
    await expect(f.submit(survey.id, { answers: blankAnswers })).resolves.toMatchObject({ replayed: false });
    f.clock.set('2026-04-02T10:00:00.000Z');
    await expect(f.submit(survey.id, { answers: blankAnswers })).rejects.toBeInstanceOf(SurveyClosedError);
    // Sessions last 8 hours: the moved clock needs a fresh one for the tests after this.
    token = await f.login(ORGANIZER);
  });

  it('Should answer 422 when the closing time is not after the opening time, or unreadable', async () => {
    const survey = await createFrom('blank');
    const response = await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { opensAt: '2026-05-02T09:00', closesAt: '2026-05-01T09:00' } });
    expect(response.status).toBe(422);
    const unreadable = await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { opensAt: 'next tuesday' } });
    expect(unreadable.status).toBe(422);
    expect((await json<{ error: { issues: { field: string }[] } }>(unreadable)).error.issues[0]?.field).toBe('opensAt');
  });
});

describe('response limits', () => {
  it('Should accept responses up to the limit and refuse the next, counting those already in', async () => {
    const survey = await published();
    await f.submit(survey.id, { answers: blankAnswers });
    expect((await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { responseLimit: 3 } })).status).toBe(200);
    const replayId = randomUUID();
    await f.submit(survey.id, { submissionId: replayId, answers: blankAnswers });
    await f.submit(survey.id, { answers: blankAnswers });
    await expect(f.submit(survey.id, { answers: blankAnswers })).rejects.toBeInstanceOf(SurveyFullError);
    // A replay of a stored submission still gets its first answer.
    await expect(f.submit(survey.id, { submissionId: replayId, answers: blankAnswers })).resolves.toMatchObject({ replayed: true });
  });

  it('Should never exceed the limit under concurrent submissions', async () => {
    const survey = await published();
    await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { responseLimit: 5 } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => f.submit(survey.id, { answers: blankAnswers })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof SurveyFullError)).toHaveLength(15);
  });
});

describe('access codes', () => {
  async function codeSurvey() {
    const survey = await published('feedback');
    await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { requireAccessCode: true } });
    const response = await f.api('POST', `/api/surveys/${survey.id}/access-codes`, { token, body: { units: [{ unitId: 'education', count: 3 }, { unitId: 'health', count: 2 }] } });
    expect(response.status).toBe(201);
    const { codes } = await json<{ codes: { code: string; unitId: string }[] }>(response);
    return { survey, codes };
  }
  const feedback = (unit: string) => ({ unit, lecture: { relevance: 5, depth: 4, practice: 4, effect: 5 }, teacher: { clarity: 5, interaction: 4, time: 5 }, organization: 5 });

  it('Should generate N codes per unit and list them', async () => {
    const { survey, codes } = await codeSurvey();
    expect(codes.filter((c) => c.unitId === 'education')).toHaveLength(3);
    expect(new Set(codes.map((c) => c.code)).size).toBe(5);
    const listed = await json<{ codes: { code: string; usedAt?: string }[] }>(f.api('GET', `/api/surveys/${survey.id}/access-codes`, { token }));
    expect(listed.codes.map((c) => c.code).sort()).toEqual(codes.map((c) => c.code).sort());
  });

  it('Should answer 422 for a batch naming a unit the survey does not have', async () => {
    const survey = await published('feedback');
    const response = await f.api('POST', `/api/surveys/${survey.id}/access-codes`, { token, body: { units: [{ unitId: 'atlantis', count: 2 }, { unitId: 'education', count: 1 }] } });
    expect(response.status).toBe(422);
    expect((await json<{ error: { issues: { field: string }[] } }>(response)).error.issues).toEqual([{ field: 'units.0.unitId', message: expect.any(String) }]);
  });

  it('Should reject missing, unknown, used and other units’ codes', async () => {
    const { survey, codes } = await codeSurvey();
    const education = codes.find((c) => c.unitId === 'education')!.code;
    const problem = async (accessCode: string | undefined, unit = 'education') => {
      try {
        await f.submit(survey.id, { answers: feedback(unit), ...(accessCode === undefined ? {} : { accessCode }) });
        return 'accepted';
      } catch (error) {
        return error instanceof AccessCodeError ? error.problem : String(error);
      }
    };
    expect(await problem(undefined)).toBe('required');
    expect(await problem('ZZZZZZZZ')).toBe('unknown');
    expect(await problem(education, 'health')).toBe('wrong_unit');
    expect(await problem(education.toLowerCase().replace(/(....)/, '$1-'))).toBe('accepted');
    expect(await problem(education)).toBe('used');
  });

  it('Should let exactly one of 20 concurrent tries of one code through', async () => {
    const { survey, codes } = await codeSurvey();
    const code = codes.find((c) => c.unitId === 'health')!.code;
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => f.submit(survey.id, { answers: feedback('health'), accessCode: code })));
    const accepted = results.filter((r) => r.status === 'fulfilled');
    const used = results.filter((r) => r.status === 'rejected' && r.reason instanceof AccessCodeError && r.reason.problem === 'used');
    expect(accepted).toHaveLength(1);
    expect(used).toHaveLength(19);
    const { responses } = await json<{ responses: number }>(f.api('GET', `/api/surveys/${survey.id}`, { token }));
    expect(responses).toBe(1);
  });
});

describe('audit log', () => {
  it('Should record who changed what, readable by an admin only', async () => {
    const survey = await published();
    const admin = await f.login(ADMIN);
    const { entries } = await json<{ entries: { actor: string; action: string; target: string; at: string }[] }>(f.api('GET', '/api/audit?limit=500', { token: admin }));
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: ORGANIZER.email, action: 'survey.create', target: survey.id }),
        expect.objectContaining({ actor: ORGANIZER.email, action: 'survey.publish', target: survey.id }),
      ]),
    );
    expect((await f.api('GET', '/api/audit', { token })).status).toBe(403);
  });
});
