// Expert links (专家专属链接): one secret key per expert, issued and rotated by organizers, resolved
// by the expert's page. The keys are made and checked exactly as unit links' are (144 random bits).
import type { ExpertRecord } from '../catalogue/catalogue-schema.js';
import type { Clock } from '../kernel/clock.js';
import { ExpertLinkNotFoundError, InvalidInputError, RecordNotFoundError } from '../errors.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import { isUnitKeyShape, newUnitKey } from '../unit-links/unit-links.js';
import type { ExpertKeyRecord, ExpertLinkStore } from './expert-link-store.js';
import type { ExpertLectureStore } from './expert-lecture-store.js';

/** How far back an expert's page looks, and how far back a first link lists the expert's lectures. */
export const EXPERT_PAGE_DAYS = 365;

export function expertPageUrl(baseUrl: string, key: string): string {
  return `${baseUrl.replace(/\/$/, '')}/e/${key}`;
}

export interface ExpertLinkDeps {
  expertLinks: ExpertLinkStore;
  catalogueRecords: CatalogueRecordRepository;
}

export interface ResolvedExpert {
  expert: ExpertRecord;
  key: ExpertKeyRecord;
}

/** The expert a link belongs to; unknown, rotated and retired experts' links all answer "not found". */
export async function resolveExpertLink(deps: ExpertLinkDeps, key: unknown): Promise<ResolvedExpert> {
  if (!isUnitKeyShape(key)) throw new ExpertLinkNotFoundError();
  const record = await deps.expertLinks.resolve(key);
  if (!record) throw new ExpertLinkNotFoundError();
  const expert = await deps.catalogueRecords.get('experts', record.expertId);
  if (!expert || expert.retired) throw new ExpertLinkNotFoundError();
  return { expert, key: record };
}

export interface IssueExpertKeyDeps extends ExpertLinkDeps {
  clock: Clock;
  /** A first link also lists the expert's lectures from before lists were kept (districts deployed earlier). */
  lectures: Pick<LectureRepository, 'listByStart'>;
  expertLectures: Pick<ExpertLectureStore, 'listUnderExperts'>;
  newKey?: () => string;
}

/** Issues an expert's first key or replaces it: the old link stops working in the same write. */
export async function issueExpertKey(deps: IssueExpertKeyDeps, expertId: string): Promise<ExpertKeyRecord> {
  const expert = await deps.catalogueRecords.get('experts', expertId);
  if (!expert) throw new RecordNotFoundError('expert', expertId);
  if (expert.retired) throw new InvalidInputError([{ field: 'expertId', message: 'A retired expert gets no link', zh: '已停用的专家不能生成链接。' }]);
  const now = deps.clock.now();
  const record: ExpertKeyRecord = { expertId, key: (deps.newKey ?? newUnitKey)(), issuedAt: now.toISOString() };
  const since = new Date(now.getTime() - EXPERT_PAGE_DAYS * 86_400_000).toISOString();
  // Adding to a set: lectures already listed change nothing, so a rotation may repeat it harmlessly.
  const theirs = (await deps.lectures.listByStart(since, '9999')).filter((l) => l.expertId === expertId);
  await deps.expertLectures.listUnderExperts(theirs);
  await deps.expertLinks.issue(record.expertId, record.key, record.issuedAt);
  return record;
}
