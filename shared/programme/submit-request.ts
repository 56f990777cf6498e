// A unit's request from a menu, from its link to one stored version, exactly once per submission id.
import type { Clock } from '../kernel/clock.js';
import { AlreadyExistsError, InvalidRequestError, MenuNotFoundError, OrderingClosedError, RequestLockedError, StoreUnavailableError, type ErrorIssue } from '../errors.js';
import { answerIssueMessage } from '../i18n/answer-messages.js';
import type { Locale } from '../kernel/locale.js';
import type { MenuRepository } from './menu-store.js';
import type { RequestRepository } from './request-store.js';
import { validateAnswers } from '../survey/validate-answers.js';
import type { Menu } from './menu-schema.js';
import { takesRequests } from './manage-menus.js';
import { BODY_FIELD_OF, REQUEST_FIELDS, requestFieldsSurvey } from './request-form.js';
import { requestIdOf, type Pick as MenuPick, type RequestInput, type RequestVersion } from './request-schema.js';
import { resolveUnitLink, type UnitLinkDeps } from '../unit-links/unit-links.js';

export interface RequestDeps extends UnitLinkDeps {
  menus: MenuRepository;
  requests: RequestRepository;
  clock: Clock;
}

export interface RequestResult {
  requestId: string;
  version: number;
  replayed: boolean;
}

/** Only a published or closed menu exists for units; a draft is as good as missing. */
export async function publicMenu(menus: MenuRepository, menuId: string): Promise<Menu> {
  const menu = await menus.get(menuId);
  if (!menu || menu.status === 'draft') throw new MenuNotFoundError(menuId);
  return menu;
}

/** Every problem with the picks: not on the menu, an expert not offered for the topic, duplicates, too many. */
function pickIssues(menu: Menu, picks: readonly MenuPick[], locale: Locale): ErrorIssue[] {
  const zh = locale !== 'en';
  const issues: ErrorIssue[] = [];
  const issue = (field: string, zhText: string, enText: string) => issues.push({ field, questionId: REQUEST_FIELDS.picks, message: zh ? zhText : enText });
  if (picks.length === 0) issue('picks', '请至少选择一个课题。', 'Pick at least one topic.');
  if (picks.length > menu.maxPicks) issue('picks', `最多选择 ${menu.maxPicks} 个课题。`, `Pick at most ${menu.maxPicks} topics.`);
  const seen = new Set<string>();
  picks.forEach((pick, i) => {
    const item = menu.items.find((it) => it.topicId === pick.topicId);
    if (!item) return issue(`picks.${i}.topicId`, '所选课题不在菜单上。', 'This topic is not on the menu.');
    if (seen.has(pick.topicId)) issue(`picks.${i}.topicId`, '同一课题只能选一次。', 'Each topic may be picked once.');
    seen.add(pick.topicId);
    if (pick.expertId !== undefined && !item.experts.some((e) => e.id === pick.expertId)) {
      issue(`picks.${i}.expertId`, '所选专家不讲授这个课题。', 'This expert is not offered for the topic.');
    }
  });
  return issues;
}

/** The fields besides the picks, checked by the survey machinery against the request form's questions. */
function checkFields(menu: Menu, input: RequestInput, locale: Locale) {
  const answers: Record<string, unknown> = {
    [REQUEST_FIELDS.format]: input.format,
    [REQUEST_FIELDS.manner]: input.manner,
    [REQUEST_FIELDS.preferredTimes]: Array.isArray(input.preferredTimes) && input.preferredTimes.length === 0 ? undefined : input.preferredTimes,
    [REQUEST_FIELDS.audience]: input.audience,
    [REQUEST_FIELDS.contactName]: input.contact.name,
    [REQUEST_FIELDS.contactPhone]: input.contact.phone,
    [REQUEST_FIELDS.note]: typeof input.note === 'string' && input.note.trim() === '' ? undefined : input.note,
  };
  for (const [id, value] of Object.entries(answers)) if (value === undefined || value === null) delete answers[id];
  const survey = requestFieldsSurvey(menu);
  if (menu.formats.length === 0) delete answers[REQUEST_FIELDS.format];
  const result = validateAnswers(survey, answers);
  if (result.ok) return { ok: true as const, answers: result.answers };
  const issues: ErrorIssue[] = result.issues.map((i) => ({ field: BODY_FIELD_OF[i.questionId] ?? i.questionId, questionId: i.questionId, message: answerIssueMessage(i, locale) }));
  return { ok: false as const, issues };
}

/** Checks a request against the menu; the version to store, or InvalidRequestError with every problem. */
export function validateRequest(menu: Menu, input: RequestInput, locale: Locale): Omit<RequestVersion, 'requestId' | 'menuId' | 'unitId' | 'version' | 'submissionId' | 'submittedAt'> {
  const issues = pickIssues(menu, input.picks, locale);
  const fields = checkFields(menu, input, locale);
  if (!fields.ok) issues.push(...fields.issues);
  if (issues.length > 0 || !fields.ok) throw new InvalidRequestError(issues);
  const a = fields.answers;
  return {
    picks: input.picks.map((p) => (p.expertId ? { topicId: p.topicId, expertId: p.expertId } : { topicId: p.topicId })),
    audience: a[REQUEST_FIELDS.audience] as number,
    contact: { name: a[REQUEST_FIELDS.contactName] as string, phone: a[REQUEST_FIELDS.contactPhone] as string },
    ...(a[REQUEST_FIELDS.format] !== undefined ? { format: a[REQUEST_FIELDS.format] as string } : {}),
    ...(a[REQUEST_FIELDS.manner] !== undefined ? { manner: a[REQUEST_FIELDS.manner] as string } : {}),
    ...(a[REQUEST_FIELDS.preferredTimes] !== undefined ? { preferredTimes: a[REQUEST_FIELDS.preferredTimes] as string[] } : {}),
    ...(a[REQUEST_FIELDS.note] !== undefined ? { note: a[REQUEST_FIELDS.note] as string } : {}),
  };
}

/** Attempts when another version of the same request lands between our read and our write. */
const RACE_ATTEMPTS = 5;

/**
 * Stores a new version of the unit's request, exactly once per submission id: a replay answers the
 * first result even after the deadline, with different content or once the request is scheduled.
 */
export async function submitRequest(deps: RequestDeps, unitKey: string, menuId: string, input: RequestInput, locale: Locale = 'zh'): Promise<RequestResult> {
  const { unit } = await resolveUnitLink(deps, unitKey);
  const menu = await publicMenu(deps.menus, menuId);
  const replay = async (error: Error): Promise<RequestResult> => {
    const first = await deps.requests.findBySubmission(menuId, input.submissionId);
    if (!first) throw error;
    // A submission id is the phone's own; another unit's cannot be taken over.
    if (first.unitId !== unit.id) throw new AlreadyExistsError('submission', input.submissionId);
    return { requestId: first.requestId, version: first.version, replayed: true };
  };
  if (!takesRequests(menu, deps.clock.now())) return replay(new OrderingClosedError(menuId));
  let content: ReturnType<typeof validateRequest>;
  try {
    content = validateRequest(menu, input, locale);
  } catch (error) {
    return replay(error as Error);
  }
  for (let attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
    const current = await deps.requests.current(menuId, unit.id);
    if (current && (current.status === 'scheduled' || current.status === 'delivered')) return replay(new RequestLockedError(current.requestId, current.status));
    const outcome = await deps.requests.submit(
      {
        requestId: requestIdOf(menuId, unit.id),
        menuId,
        unitId: unit.id,
        version: (current?.version ?? 0) + 1,
        submissionId: input.submissionId,
        submittedAt: deps.clock.now().toISOString(),
        ...content,
      },
      current,
    );
    if ('raced' in outcome) continue;
    if (outcome.replayed) return replay(new StoreUnavailableError('ReplayNotVisible'));
    return outcome;
  }
  throw new StoreUnavailableError('RequestContention');
}
