// Storage's port for the directory the unit pages list.
import type { PublicDirectory } from './public-directory-schema.js';

/** What the unit pages list: the surveys and menus open to units, refreshed when one is published or closed. */
export interface DirectoryRepository {
  get(): Promise<PublicDirectory>;
  put(directory: PublicDirectory): Promise<void>;
  /** Applies one change to the directory as it is now: re-read and re-applied when another change landed first. */
  update(change: (current: PublicDirectory) => PublicDirectory): Promise<void>;
}
