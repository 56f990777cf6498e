// The directory of what is open to units: read by every unit page in one GetItem.
import * as v from 'valibot';

export const PublicDirectorySchema = v.object({
  surveys: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      titleEn: v.optional(v.string()),
      /** The units the survey's unit question lists; absent when it has none (open to every unit). */
      unitIds: v.optional(v.array(v.string())),
      /** Without a unit question, a front-limited owner's survey is open to its owner's fronts' units only. */
      fronts: v.optional(v.array(v.string())),
    }),
  ),
  menus: v.array(v.object({ id: v.string(), title: v.string(), status: v.picklist(['published', 'closed']), orderDeadline: v.string() })),
  updatedAt: v.optional(v.string()),
});

export type PublicDirectory = v.InferOutput<typeof PublicDirectorySchema>;
export type DirectorySurvey = PublicDirectory['surveys'][number];

/** Whether a listed survey is open to this unit (shared/accounts/scope.ts `surveyReach` says why). */
export function openToUnit(entry: Pick<DirectorySurvey, 'unitIds' | 'fronts'>, unit: { id: string; front: string }): boolean {
  if (entry.unitIds) return entry.unitIds.includes(unit.id);
  if (entry.fronts) return entry.fronts.includes(unit.front);
  return true;
}
export const EMPTY_DIRECTORY: PublicDirectory = { surveys: [], menus: [] };
