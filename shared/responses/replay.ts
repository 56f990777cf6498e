// A replay wins over every refusal: a submission id already stored answers with its first response, even
// when the form has closed since, the answers differ or a rule would now refuse it (survey responses and
// lecture feedback alike).
import type { SubmitOutcome } from './response-store.js';

/** Answers a refusal with the first response of this submission when there is one, else raises the refusal. */
export function replayOr(findFirst: () => Promise<{ responseId: string } | undefined>): (refusal: unknown) => Promise<SubmitOutcome> {
  return async (refusal) => {
    const first = await findFirst();
    if (first) return { responseId: first.responseId, replayed: true };
    throw refusal;
  };
}
