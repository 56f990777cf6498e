// What the unit's and the expert's pages and APIs show of essay calls, in district time. The expert's
// shapes are built field by field from BlindEssay: no unit, front, author or submission time can pass.
import type { BlindEssay, EssayCallSummary, Review } from './essay-schema.js';
import type { EssayFile } from './essay-file.js';
import type { ExpertEssayCall } from './review-essay.js';
import type { UnitEssayCall } from './submit-essay.js';

type Time = (iso: string) => string;

/** The unit's own file: its name when known, format, size and the upload id a save keeps it by. */
export function unitFileView(file: EssayFile) {
  return { uploadId: file.uploadId, format: file.format, bytes: file.bytes, ...(file.name ? { name: file.name } : {}) };
}

function callView(call: EssayCallSummary, time: Time) {
  return { callId: call.id, title: call.title, themes: call.themes.map((t) => ({ themeId: t.id, name: t.name })), deadline: time(call.deadline), rules: call.rules, state: call.state };
}

export function unitEssayCallView(row: UnitEssayCall, time: Time) {
  const { essay, result } = row;
  return {
    ...callView(row.call, time),
    open: row.open,
    ...(essay
      ? { essay: { essayId: essay.id, themeId: essay.themeId, title: essay.title, authors: essay.authors, text: essay.text, ...(essay.file ? { file: unitFileView(essay.file) } : {}), version: essay.version, submittedAt: time(essay.submittedAt), updatedAt: time(essay.updatedAt) } }
      : {}),
    ...(result ? { result: { rank: result.rank, meanScore: result.meanScore, reviews: result.reviews, comments: result.comments } } : {}),
  };
}

export function blindEssayView(essay: BlindEssay & { myScore?: number }) {
  return {
    essayId: essay.essayId,
    callId: essay.callId,
    themeId: essay.themeId,
    theme: essay.themeName,
    title: essay.title,
    ...(essay.text !== undefined ? { text: essay.text } : {}),
    ...(essay.file ? { file: { format: essay.file.format, bytes: essay.file.bytes } } : {}),
    ...(essay.myScore !== undefined ? { myScore: essay.myScore } : {}),
  };
}

export function expertEssayCallView(row: ExpertEssayCall, time: Time) {
  return { ...callView(row.call, time), essays: row.essays.map(blindEssayView) };
}

export function reviewView(review: Review, time: Time) {
  return { score: review.score, comment: review.comment, reviewedAt: time(review.reviewedAt) };
}
