// A lecture scheduled from a unit's request (申报): the request must exist and its unit must host the
// lecture; the request's status then follows its lectures (scheduled, delivered, or back to submitted).
import { InvalidInputError } from '../errors.js';
import type { Clock } from '../kernel/clock.js';
import { parseRequestId, type CurrentRequest, type RequestStatus } from '../programme/request-schema.js';
import { setRequestStatus } from '../programme/request-status.js';
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import type { LectureRepository } from './lecture-store.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { RequestRepository } from '../programme/request-store.js';
import type { Lecture, NewLecture } from './lecture-schema.js';

export interface RequestLinkDeps {
  lectures: LectureRepository;
  requests: RequestRepository;
  clock: Clock;
}

/** 422 (field requestId / unitIds) unless the request exists and its unit is among the hosts. */
export async function checkRequestLink(deps: Pick<RequestLinkDeps, 'requests'>, input: Pick<NewLecture, 'requestId' | 'unitIds'>): Promise<void> {
  if (!input.requestId) return;
  const parts = parseRequestId(input.requestId);
  const request = parts ? await deps.requests.current(parts.menuId, parts.unitId) : undefined;
  if (!parts || !request) throw new InvalidInputError([{ field: 'requestId', message: 'No request with this id.', zh: '找不到这条点单。' }]);
  if (!input.unitIds.includes(parts.unitId)) throw new InvalidInputError([{ field: 'unitIds', message: 'The unit that made the request must host the lecture.', zh: '点单的单位须是承接单位之一。' }]);
}

/**
 * What a request shows, from the lectures scheduled for it: delivered once one was delivered,
 * scheduled while one is scheduled, and submitted again (to be scheduled anew) when every one was
 * cancelled, so a cancellation never leaves the unit reading "scheduled" for nothing.
 */
export function requestStatusFrom(lectures: readonly Pick<Lecture, 'status'>[]): RequestStatus {
  if (lectures.some((l) => l.status === 'delivered')) return 'delivered';
  if (lectures.some((l) => l.status === 'scheduled')) return 'scheduled';
  return 'submitted';
}

/** Brings the request a lecture answers up to date; reads that unit's lectures (O(its lectures)). */
export async function followRequest(deps: RequestLinkDeps, lecture: Lecture): Promise<CurrentRequest | undefined> {
  const parts = lecture.requestId ? parseRequestId(lecture.requestId) : undefined;
  if (!parts || !lecture.requestId) return undefined;
  const linked = (await deps.lectures.ofUnit(parts.unitId)).filter((l) => l.requestId === lecture.requestId);
  // The lecture just written may not be visible to a read yet: it counts as it is now.
  const lectures = [...linked.filter((l) => l.id !== lecture.id), lecture];
  const status = requestStatusFrom(lectures);
  const reason = status === 'submitted' ? lecture.cancelReason : undefined;
  return setRequestStatus(deps, lecture.requestId, { status, ...(reason ? { reason } : {}) });
}

/** The schedule form's values for one pick of a request: topic, expert (preferred, else the first offered), unit, format, audience. */
export async function lectureDraftFromRequest(deps: { requests: RequestRepository; menus: MenuRepository }, requestId: string, pickNumber: number) {
  const parts = parseRequestId(requestId);
  const request = parts ? await deps.requests.current(parts.menuId, parts.unitId) : undefined;
  if (!parts || !request) return undefined;
  const menu = await deps.menus.get(parts.menuId);
  const pick = request.picks[pickNumber - 1] ?? request.picks[0];
  if (!pick) return undefined;
  const expertId = pick.expertId ?? menu?.items.find((i) => i.topicId === pick.topicId)?.experts[0]?.id;
  return {
    request,
    menuTitle: menu?.title ?? parts.menuId,
    values: {
      requestId,
      topicId: pick.topicId,
      ...(expertId ? { expertId } : {}),
      unitIds: [parts.unitId],
      ...(request.format ? { format: request.format } : {}),
      ...(request.manner ? { manner: request.manner } : {}),
      plannedAudience: request.audience,
      ...(request.note ? { notes: request.note } : {}),
    },
  };
}

/** A request as people name it: "东风街道党工委中心组 · 2026 年上半年宣讲菜单"; undefined when it is unknown. */
export async function requestName(deps: { menus: Pick<MenuRepository, 'get'>; catalogueRecords: Pick<CatalogueRecordRepository, 'get'> }, requestId: string): Promise<string | undefined> {
  const parts = parseRequestId(requestId);
  if (!parts) return undefined;
  const [menu, unit] = await Promise.all([deps.menus.get(parts.menuId), deps.catalogueRecords.get('units', parts.unitId)]);
  if (!menu || !unit) return undefined;
  return `${unit.name} · ${menu.title}`;
}
