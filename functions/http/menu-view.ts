// A menu as both apps' APIs show it (the organizer's menu routes, the respondent's public menu): its id as
// menuId, the deadline in district time.
import * as v from 'valibot';
import { MenuSchema } from '../../shared/programme/menu-schema.js';

const { id: _menuId, ...menuEntries } = MenuSchema.entries;

export const MenuView = v.object({ menuId: v.string(), ...menuEntries, orderDeadline: v.pipe(v.string(), v.description('District time, YYYY-MM-DD HH:mm')) });
