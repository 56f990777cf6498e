// Storage's port for menus.
import type { Menu } from './menu-schema.js';

export interface MenuRepository {
  /** Fails with AlreadyExistsError when the id is taken. */
  create(menu: Menu): Promise<void>;
  get(menuId: string): Promise<Menu | undefined>;
  /** Newest first. */
  list(): Promise<Menu[]>;
  /** MenuFrozenError once published or closed, RecordNotFoundError when missing. */
  replaceDraft(menu: Menu): Promise<void>;
  /** MenuStatusError when the menu is not in `from`. */
  transition(menu: Menu, from: Menu['status']): Promise<void>;
}
