// The organizer deps, narrowed to what expert links take, and the expert link rows the pages list.
import { expertLinkRows, type ExpertLinkRow } from '../../shared/experts/expert-link-list.js';
import type { IssueExpertKeyDeps } from '../../shared/experts/expert-links.js';
import type { OrganizerDeps } from './deps.js';
import { publicBase } from './survey-admin-deps.js';

export function expertLinkDeps(deps: OrganizerDeps): IssueExpertKeyDeps {
  const { expertLinks, catalogueRecords, lectures, expertLectures } = deps.store;
  return { expertLinks, catalogueRecords, lectures, expertLectures, clock: deps.clock };
}

export function expertLinksOf(deps: OrganizerDeps, requestUrl: string): Promise<ExpertLinkRow[]> {
  return expertLinkRows(deps.store, publicBase(deps, requestUrl), deps.timeZone);
}
