// Storage's port for units' requests and their versions.
import type { CurrentRequest, RequestStatus, RequestVersion } from './request-schema.js';

export type RequestSubmitOutcome =
  | { requestId: string; version: number; replayed: boolean }
  /** Another version of the same request was stored since the caller read the current one: read again. */
  | { raced: true };

export interface RequestRepository {
  current(menuId: string, unitId: string): Promise<CurrentRequest | undefined>;
  /** Every unit's current request for a menu: one item per unit that ordered, never the versions. */
  listCurrent(menuId: string): Promise<CurrentRequest[]>;
  findBySubmission(menuId: string, submissionId: string): Promise<RequestVersion | undefined>;
  /**
   * Stores a version and makes it current in one transaction, exactly once per submission id (a
   * replay answers the first version). `seen` is the current request the caller read (none for a first).
   */
  submit(version: RequestVersion, seen: Pick<CurrentRequest, 'version' | 'status'> | undefined): Promise<RequestSubmitOutcome>;
  /** One unit's versions, oldest first. */
  versions(menuId: string, unitId: string): Promise<RequestVersion[]>;
  /** The organizers' decision on the current request; RecordNotFoundError when the unit has not ordered. */
  setStatus(menuId: string, unitId: string, change: { status: RequestStatus; reason?: string; at: string }): Promise<CurrentRequest>;
}
