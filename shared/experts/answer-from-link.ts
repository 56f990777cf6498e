// An expert answering from their link: the link names the expert, the state machine decides, and the
// answer is audited (actor `expert:{expertId}`) and, for a decline, sent on to the organizers.
import type { AuditRepository } from '../audit/audit-store.js';
import { assignmentOf } from '../lectures/lecture-schema.js';
import { answerAssignment, type AnswerDeps, type AnswerResult } from './assignment.js';
import type { ExpertAnswer } from './expert-lecture-store.js';
import { resolveExpertLink, type ExpertLinkDeps } from './expert-links.js';

/** What happens after a decline: the organizers hear of it (a notice; see shared/notices). Never throws. */
export interface DeclineNotices {
  declined(lectureId: string): Promise<void>;
}

export interface ExpertAnswerDeps extends ExpertLinkDeps, AnswerDeps {
  audit: Pick<AuditRepository, 'record'>;
  notices?: DeclineNotices;
}

/** The audit entry of a recorded answer, keyed by the answer's own time: a replay writes the same entry again, never a second one. */
function auditEntry(result: AnswerResult, expertId: string) {
  const { lecture } = result;
  const answered = assignmentOf(lecture);
  const at = lecture.assignmentAt ?? lecture.createdAt;
  return {
    id: `answer-${lecture.id}-${Date.parse(at)}`,
    at,
    actor: `expert:${expertId}`,
    action: answered === 'declined' ? 'lecture.decline' : 'lecture.accept',
    target: lecture.id,
    ...(answered === 'declined' && lecture.declineReason ? { details: { reason: lecture.declineReason } } : {}),
  };
}

export async function answerFromLink(deps: ExpertAnswerDeps, key: unknown, lectureId: string, answer: ExpertAnswer): Promise<AnswerResult> {
  const { expert } = await resolveExpertLink(deps, key);
  const result = await answerAssignment(deps, expert.id, lectureId, answer);
  // Also on a replay: if the first try's audit or notice was lost with its answer, the retry makes them good.
  await deps.audit.record(auditEntry(result, expert.id));
  if (answer.answer === 'declined') await deps.notices?.declined(lectureId);
  return result;
}
