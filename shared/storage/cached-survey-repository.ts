// Keeps recently read surveys in memory for a few seconds: every submission needs its survey,
// and a published definition is frozen, so only a status change (closing) can be seen late.
import type { Clock } from '../clock.js';
import type { Survey } from '../survey/survey-schema.js';
import type { SurveyRepository } from './ports.js';

export interface SurveyCacheOptions {
  ttlMs: number;
  /** Bounded, so requests for many different ids cannot grow memory. */
  maxEntries: number;
  clock: Clock;
}

/** Five seconds: a closed survey stops taking answers within that, on every server. */
export const SURVEY_CACHE_DEFAULTS = { ttlMs: 5000, maxEntries: 200 };

export class CachedSurveyRepository implements SurveyRepository {
  private readonly entries = new Map<string, { survey: Survey; until: number }>();

  constructor(
    private readonly inner: SurveyRepository,
    private readonly options: SurveyCacheOptions,
  ) {}

  async get(surveyId: string): Promise<Survey | undefined> {
    const now = this.options.clock.now().getTime();
    const hit = this.entries.get(surveyId);
    if (hit && hit.until > now) return hit.survey;
    const survey = await this.inner.get(surveyId);
    this.entries.delete(surveyId);
    if (survey && survey.status !== 'draft') {
      if (this.entries.size >= this.options.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(surveyId, { survey, until: now + this.options.ttlMs });
    }
    return survey;
  }

  async put(survey: Survey): Promise<void> {
    this.entries.delete(survey.id);
    await this.inner.put(survey);
  }
}
