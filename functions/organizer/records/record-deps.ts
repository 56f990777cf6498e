// What the record's API and page routes share: the domain's deps from the organizer's, and a kind read
// from a request (photo or file).
import { type RecordDeps } from '../../../shared/records/manage-records.js';
import { RECORD_KINDS, type RecordKind } from '../../../shared/records/record-schema.js';
import { ApiError } from '../../http/api-error.js';
import type { OrganizerDeps } from '../deps.js';

export function recordDeps(deps: OrganizerDeps): RecordDeps {
  return { events: deps.store.events, records: deps.store.records, files: deps.recordFiles, clock: deps.clock, newId: deps.newId };
}

export function kindOf(value: string | undefined): RecordKind {
  const kind = RECORD_KINDS.find((k) => k === value);
  if (!kind) throw new ApiError(400, 'malformed_body', [{ field: 'kind', message: 'kind must be photo or file' }]);
  return kind;
}
