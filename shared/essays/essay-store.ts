// What the essay call (征文) needs from storage. One DynamoDB adapter: shared/storage/dynamodb/essay-repository.ts.
// The unit's and the expert's pages read with single-item gets only (the call, the district's list of
// calls, the call's essay list, an expert's own reviews); the organizers' views query.
import type { Essay, EssayCall, EssayCallState, EssayCallSummary, Review } from './essay-schema.js';

/** One line of a call's essay list as experts' pages read it: nothing that names a unit or an author. */
export interface EssayListing {
  essayId: string;
  themeId: string;
  title: string;
}

/** A published result per essay: what the unit's page shows of its own essay. */
export interface EssayResult {
  essayId: string;
  rank: number;
  meanScore: string;
  reviews: number;
  comments: string[];
}

export interface EssayStore {
  createCall(call: EssayCall): Promise<void>;
  getCall(callId: string): Promise<EssayCall | undefined>;
  /** Every call, newest first (the organizers' list). */
  listCalls(): Promise<EssayCall[]>;
  /** The calls units and experts may see (open, closed, published), from one item. */
  publicCalls(): Promise<EssayCallSummary[]>;
  /**
   * Writes the call in its new state on condition that it is still in `from` (two organizers taking
   * the same step: one wins); false when it was not. The public list is updated in the same write.
   */
  moveCall(call: EssayCall, from: EssayCallState): Promise<boolean>;

  /** The unit's essay in this call, if it has sent one. */
  essayOfUnit(callId: string, unitId: string): Promise<Essay | undefined>;
  getEssay(callId: string, essayId: string): Promise<Essay | undefined>;
  /**
   * Stores the unit's essay: the first (`previousVersion` undefined) on condition no essay of the unit
   * exists, a change on condition the stored version is `previousVersion`. False when the condition failed.
   */
  saveEssay(essay: Essay, previousVersion: number | undefined): Promise<boolean>;
  /** The call's essays as experts list them (one item). */
  essayList(callId: string): Promise<EssayListing[]>;
  /** Every essay of the call, with its unit (the organizers' view). */
  essays(callId: string): Promise<Essay[]>;

  /** Stores a review once per expert and essay: 'added', or the review already stored. */
  addReview(review: Review): Promise<'added' | Review>;
  getReview(callId: string, essayId: string, expertId: string): Promise<Review | undefined>;
  /** The expert's scores in this call, by essay id (one item). */
  reviewedBy(callId: string, expertId: string): Promise<Map<string, number>>;
  /** Every review of the call (the organizers' rankings). */
  reviews(callId: string): Promise<Review[]>;

  putResults(callId: string, results: readonly EssayResult[]): Promise<void>;
  /** The published results, by essay id (one item); empty before publication. */
  results(callId: string): Promise<Map<string, EssayResult>>;
}
