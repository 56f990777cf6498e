// A respondent's submission, from the survey's state to one stored response.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { AccessCodeError, AlreadyAnsweredError, InvalidAnswersError, SurveyClosedError, SurveyNotFoundError } from '../errors.js';
import { counterDeltas, respondentUnit } from '../survey/counter-deltas.js';
import type { DirectoryRepository } from '../unit-links/directory-store.js';
import type { ResponseRepository, SubmitGuard, SubmitOutcome } from './response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { SurveySettingsReader } from '../survey-admin/survey-admin-store.js';
import { normalizeAccessCode } from '../survey-admin/access-code-format.js';
import { surveyWindowError } from '../survey-admin/survey-window.js';
import { validateAnswers } from '../survey/validate-answers.js';
import type { Survey } from '../survey/survey-schema.js';
import { replayOr } from './replay.js';
import type { Submission } from './submission-schema.js';
import { resolveUnitLink, type ResolvedUnit, type UnitLinkDeps } from '../unit-links/unit-links.js';
import { UnitLinkNotFoundError } from '../errors.js';
import { openToUnit } from '../unit-links/public-directory-schema.js';

export interface SubmitDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  clock: Clock;
  newId: IdGenerator;
  /** The survey's opening times, response limit and access codes, enforced on every submission. */
  settings: SurveySettingsReader;
  /** Resolves a unit link's key (and reads whom a survey is open to); without it a submission that names a key is refused. */
  unitLinks?: UnitLinkDeps & { directory: DirectoryRepository };
}

/** The survey as respondents may see it: published or closed; a draft is as good as missing. */
export async function publicSurvey(surveys: SurveyRepository, surveyId: string): Promise<Survey> {
  const survey = await surveys.get(surveyId);
  if (!survey || survey.status === 'draft') throw new SurveyNotFoundError(surveyId);
  return survey;
}

/** What the respondent's browser says about itself; only a hint (a cookie), never proof of identity. */
export interface DeviceHint {
  answeredBefore?: boolean;
}

export interface SubmitResult extends SubmitOutcome {
  /** Set when the survey allows one response per device: the caller should mark this browser as done. */
  rememberDevice?: true;
}

/**
 * Stores a submission exactly once. A replay of a stored submission id answers with the first
 * response, even if the survey has closed since, the replay's answers differ or the device is marked done.
 */
export async function submitResponse(deps: SubmitDeps, surveyId: string, submission: Submission, device: DeviceHint = {}): Promise<SubmitResult> {
  const [survey, settings] = await Promise.all([
    publicSurvey(deps.surveys, surveyId),
    deps.settings.get(surveyId),
  ]);
  const remember = settings.onePerDevice ? { rememberDevice: true as const } : {};
  const firstOr = replayOr(() => deps.responses.findBySubmission(surveyId, submission.submissionId));
  const replay = async (error: Error): Promise<SubmitResult> => ({ ...(await firstOr(error)), ...remember });
  if (survey.status === 'closed') return replay(new SurveyClosedError(surveyId));
  const outsideWindow = surveyWindowError(surveyId, settings, deps.clock.now());
  if (outsideWindow) return replay(outsideWindow);
  if (settings.onePerDevice && device.answeredBefore) return replay(new AlreadyAnsweredError(surveyId));

  const guard: SubmitGuard = {};
  if (settings.responseLimit !== undefined) guard.responseLimit = settings.responseLimit;
  if (settings.requireAccessCode) {
    if (!submission.accessCode?.trim()) return replay(new AccessCodeError('required'));
    const code = normalizeAccessCode(submission.accessCode);
    if (code === undefined) return replay(new AccessCodeError('unknown'));
    guard.accessCode = code;
  }

  let linked: ResolvedUnit | undefined;
  if (submission.unitKey !== undefined) {
    if (!deps.unitLinks) return replay(new UnitLinkNotFoundError());
    linked = await resolveUnitLink(deps.unitLinks, submission.unitKey).catch((error: unknown) => {
      if (error instanceof UnitLinkNotFoundError) return undefined;
      throw error;
    });
    if (!linked) return replay(new UnitLinkNotFoundError());
  }
  const keyed = linked ? withLinkedUnit(survey, submission.answers, linked.unit.id) : { answers: submission.answers };
  if (keyed.mismatch) return replay(new InvalidAnswersError([keyed.mismatch]));
  if (linked && deps.unitLinks && !survey.questions.some((q) => q.type === 'unit')) {
    // Without a unit question a survey is open to the units its directory entry names (a limited owner's fronts).
    const entry = (await deps.unitLinks.directory.get()).surveys.find((s) => s.id === surveyId);
    if (entry && !openToUnit(entry, linked.unit)) return replay(new InvalidAnswersError([{ questionId: 'unitKey', code: 'unit_link_mismatch' }]));
  }
  const validation = validateAnswers(survey, keyed.answers);
  if (!validation.ok) return replay(new InvalidAnswersError(validation.issues));

  // A unit link always files under its unit, also when display logic hid the unit question (its answer then dropped).
  const unit = linked ? { unitId: linked.unit.id, front: linked.unit.front } : respondentUnit(survey, validation.answers);
  const outcome = await deps.responses.submit(
    {
      surveyId,
      responseId: deps.newId(),
      submissionId: submission.submissionId,
      submittedAt: deps.clock.now().toISOString(),
      unitId: unit.unitId,
      ...(unit.front ? { front: unit.front } : {}),
      answers: validation.answers,
    },
    counterDeltas(survey, validation.answers),
    guard,
  );
  return { ...outcome, ...remember };
}

/**
 * A survey opened from a unit's link: its unit question (if any) takes the link's unit when left
 * empty, and may not name another unit. Without a unit question the link alone files the response.
 */
function withLinkedUnit(survey: Survey, answers: Record<string, unknown>, unitId: string): { answers: Record<string, unknown>; mismatch?: { questionId: string; code: 'unit_link_mismatch' } } {
  const question = survey.questions.find((q) => q.type === 'unit');
  if (!question) return { answers };
  const given = answers[question.id];
  if (given === undefined || given === null || given === '') return { answers: { ...answers, [question.id]: unitId } };
  return given === unitId ? { answers } : { answers, mismatch: { questionId: question.id, code: 'unit_link_mismatch' } };
}
