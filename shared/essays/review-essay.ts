// Blind review (专家点评) through an expert's link: every expert with a link reviews every essay of a
// call under review (no assignment step: the district's pool is small and each review counts in the
// mean), sees no unit and no author anywhere, and gives one score and comment per essay, once.
import type { AuditRepository } from '../audit/audit-store.js';
import type { Clock } from '../kernel/clock.js';
import { AlreadyReviewedError, EssayNotFoundError, ReviewNotOpenError } from '../errors.js';
import type { BlindEssay, EssayCall, EssayCallSummary, Review, ReviewInput } from './essay-schema.js';
import type { EssayStore } from './essay-store.js';
import { publicCall } from './submit-essay.js';

export interface ReviewDeps {
  essays: EssayStore;
  clock: Clock;
  audit: Pick<AuditRepository, 'record'>;
}

/** Under review: the deadline has passed (the call open or closed) and the results are not yet published. */
export function underReview(call: Pick<EssayCall, 'state' | 'deadline'>, now: Date): boolean {
  return (call.state === 'open' || call.state === 'closed') && now.getTime() >= Date.parse(call.deadline);
}

function themeName(call: EssayCallSummary, themeId: string): string {
  return call.themes.find((t) => t.id === themeId)?.name ?? '';
}

export interface ExpertEssayCall {
  call: EssayCallSummary;
  essays: (BlindEssay & { myScore?: number })[];
}

/** The calls under review, each with its essays (titles and themes only) and the expert's own scores. */
export async function expertEssayCalls(deps: Pick<ReviewDeps, 'essays' | 'clock'>, expertId: string): Promise<ExpertEssayCall[]> {
  const now = deps.clock.now();
  const calls = (await deps.essays.publicCalls()).filter((c) => underReview(c, now));
  return Promise.all(
    calls.map(async (call) => {
      const [list, mine] = await Promise.all([deps.essays.essayList(call.id), deps.essays.reviewedBy(call.id, expertId)]);
      const essays = list
        .map((e) => {
          const score = mine.get(e.essayId);
          return { essayId: e.essayId, callId: call.id, themeId: e.themeId, themeName: themeName(call, e.themeId), title: e.title, ...(score !== undefined ? { myScore: score } : {}) };
        })
        .sort((a, b) => a.themeId.localeCompare(b.themeId) || a.essayId.localeCompare(b.essayId));
      return { call, essays };
    }),
  );
}

/** One essay with its text, blind, and the expert's review of it when there is one. */
export async function blindEssay(deps: Pick<ReviewDeps, 'essays' | 'clock'>, expertId: string, callId: string, essayId: string): Promise<{ call: EssayCall; essay: BlindEssay; review?: Review }> {
  const call = await publicCall(deps.essays, callId);
  if (!underReview(call, deps.clock.now())) throw new ReviewNotOpenError(call.id);
  const [essay, review] = await Promise.all([deps.essays.getEssay(call.id, essayId), deps.essays.getReview(call.id, essayId, expertId)]);
  if (!essay) throw new EssayNotFoundError('essay', essayId);
  // Built field by field: nothing of the stored essay passes through unless named here.
  const blind: BlindEssay = { essayId: essay.id, callId: call.id, themeId: essay.themeId, themeName: themeName(call, essay.themeId), title: essay.title, text: essay.text, ...(essay.file ? { file: { format: essay.file.format, bytes: essay.file.bytes } } : {}) };
  return { call, essay: blind, ...(review ? { review } : {}) };
}

/**
 * Stores the expert's review once. The same score and comment again is a replay (the stored review,
 * nothing written); anything else after the first is refused (409 already_reviewed).
 */
export async function reviewEssay(deps: ReviewDeps, expertId: string, callId: string, essayId: string, input: ReviewInput): Promise<{ review: Review; created: boolean }> {
  const { essay } = await blindEssay(deps, expertId, callId, essayId);
  const review: Review = { callId, essayId: essay.essayId, expertId, score: input.score, comment: input.comment, reviewedAt: deps.clock.now().toISOString() };
  const outcome = await deps.essays.addReview(review);
  if (outcome !== 'added') {
    if (outcome.score === input.score && outcome.comment === input.comment) return { review: outcome, created: false };
    throw new AlreadyReviewedError(essayId);
  }
  // Keyed by the review itself: a retry after a lost audit writes the same entry again, never a second.
  await deps.audit.record({ id: `review-${essayId}-${expertId}`, at: review.reviewedAt, actor: `expert:${expertId}`, action: 'essay.review', target: callId, details: { essayId, score: input.score } });
  return { review, created: true };
}
