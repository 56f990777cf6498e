// The full look-alike fold of catalogue names, kept apart from name-lookalikes.ts: the respondent's bundle
// reads catalogue records (and so cleans names) but must never carry the conversion table.
import { namespaceOf } from '../kernel/on-demand-import.js';
import { basicFold, type NameFold } from '../catalogue/name-lookalikes.js';

let loaded: Promise<NameFold> | undefined;

/**
 * The full fold: also traditional characters as simplified (組 → 组), with OpenCC's table (opencc-js),
 * imported on first use (the organizer's cold start does not evaluate it; the respondent never imports this module).
 */
export function lookalikeFold(): Promise<NameFold> {
  loaded ??= import('opencc-js/t2cn').then((module) => {
    const { Converter } = namespaceOf(module);
    const toSimplified = Converter({ from: 't', to: 'cn' });
    return (name: string) => toSimplified(basicFold(name));
  });
  return loaded;
}
