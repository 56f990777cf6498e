// Storage's port for the catalogue: loaded whole, or one record at a time.
import type { Catalogue } from './catalogue-schema.js';

export interface CatalogueRepository {
  load(): Promise<Catalogue>;
  putAll(catalogue: Catalogue): Promise<void>;
}

export type CatalogueSection = keyof Catalogue;
export type CatalogueRecord = Catalogue[CatalogueSection][number];

/** One catalogue record at a time, for the organizers' edits (bulk load stays in CatalogueRepository). */
export interface CatalogueRecordRepository {
  /** Appends a record after the existing ones; AlreadyExistsError when the id is taken. */
  create(section: CatalogueSection, record: CatalogueRecord): Promise<void>;
  /**
   * Appends records after the existing ones, in the given order (an import): one read of the section, then
   * the writes a few at a time. AlreadyExistsError when an id is taken (others may have been written).
   */
  createMany(section: CatalogueSection, records: readonly CatalogueRecord[]): Promise<void>;
  /** One record by id (one GetItem), e.g. a unit and its front for the unit's own page. */
  get<S extends CatalogueSection>(section: S, id: string): Promise<Catalogue[S][number] | undefined>;
  /** Replaces a record in place, keeping its position; RecordNotFoundError when missing. */
  replace(section: CatalogueSection, record: CatalogueRecord): Promise<void>;
}
