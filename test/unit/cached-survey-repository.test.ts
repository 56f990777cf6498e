import { describe, expect, it } from 'vitest';
import { CachedSurveyRepository } from '../../shared/responses/cached-survey-repository.js';
import type { SurveyRepository } from '../../shared/survey/survey-store.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { everyTypeSurvey } from '../support/fixtures.js';

/** An in-memory repository that counts reads: the thing under test is the cache around it. */
function countingRepository(surveys: Survey[]) {
  const byId = new Map(surveys.map((s) => [s.id, s]));
  const counter = { reads: 0 };
  const repo: SurveyRepository = {
    get: async (id) => {
      counter.reads++;
      return byId.get(id);
    },
    put: async (s) => void byId.set(s.id, s),
  };
  return { repo, counter, byId };
}

describe('CachedSurveyRepository', () => {
  it('reads a published survey once within the time to live, and again after it', async () => {
    let now = 0;
    const { repo, counter } = countingRepository([everyTypeSurvey()]);
    const cache = new CachedSurveyRepository(repo, { ttlMs: 5000, maxEntries: 10, clock: { now: () => new Date(now) } });
    await cache.get('every-type');
    await cache.get('every-type');
    expect(counter.reads).toBe(1);
    now = 5001;
    await cache.get('every-type');
    expect(counter.reads).toBe(2);
  });

  it('never caches drafts or unknown ids', async () => {
    const { repo, counter } = countingRepository([everyTypeSurvey({ id: 'd', status: 'draft' })]);
    const cache = new CachedSurveyRepository(repo, { ttlMs: 5000, maxEntries: 10, clock: { now: () => new Date(0) } });
    await cache.get('d');
    await cache.get('d');
    await cache.get('nope');
    await cache.get('nope');
    expect(counter.reads).toBe(4);
  });

  it('holds at most maxEntries surveys', async () => {
    const surveys = ['a1', 'a2', 'a3'].map((id) => everyTypeSurvey({ id }));
    const { repo, counter } = countingRepository(surveys);
    const cache = new CachedSurveyRepository(repo, { ttlMs: 5000, maxEntries: 2, clock: { now: () => new Date(0) } });
    for (const id of ['a1', 'a2', 'a3', 'a1']) await cache.get(id);
    expect(counter.reads).toBe(4);
  });
});
