// Keeps recently read surveys and their settings in memory for a few seconds: every submission
// needs both, a published definition is frozen, and settings change rarely, so only a status or
// settings change (closing, a new limit) can be seen late, by at most the time to live.
import type { SurveySettings } from '../survey-admin/survey-settings-schema.js';
import type { Survey } from '../survey/survey-schema.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { SurveySettingsReader } from '../survey-admin/survey-admin-store.js';
import { TtlCache, type TtlCacheOptions } from '../kernel/ttl-cache.js';

/** Five seconds: a survey closed by hand stops taking answers within that, on every server. */
export const SURVEY_CACHE_DEFAULTS = { ttlMs: 5000, maxEntries: 200 };

export class CachedSurveyRepository implements SurveyRepository {
  private readonly cache: TtlCache<Survey | undefined>;

  constructor(
    private readonly inner: SurveyRepository,
    options: TtlCacheOptions,
  ) {
    this.cache = new TtlCache(options);
  }

  get(surveyId: string): Promise<Survey | undefined> {
    // Drafts and unknown ids are never kept: publishing shows at once, and junk ids take no memory.
    return this.cache.get(surveyId, () => this.inner.get(surveyId), (survey) => survey !== undefined && survey.status !== 'draft');
  }

  async put(survey: Survey): Promise<void> {
    this.cache.forget(survey.id);
    await this.inner.put(survey);
  }
}

export class CachedSettingsRepository implements SurveySettingsReader {
  private readonly cache: TtlCache<SurveySettings>;

  constructor(
    private readonly inner: SurveySettingsReader,
    options: TtlCacheOptions,
  ) {
    this.cache = new TtlCache(options);
  }

  get(surveyId: string): Promise<SurveySettings> {
    return this.cache.get(surveyId, () => this.inner.get(surveyId));
  }
}
