// Storage's port for the district's saved survey templates.
import type { SavedTemplate } from './saved-template-schema.js';

/** The district's saved survey templates. */
export interface TemplateRepository {
  /** Fails with AlreadyExistsError when the id is taken. */
  create(template: SavedTemplate): Promise<void>;
  get(templateId: string): Promise<SavedTemplate | undefined>;
  /** Every saved template, by name; one that no longer reads is left out. */
  list(): Promise<SavedTemplate[]>;
  /** RecordNotFoundError when it is gone. */
  rename(templateId: string, name: string): Promise<void>;
  /** RecordNotFoundError when it is already gone. */
  delete(templateId: string): Promise<void>;
}
