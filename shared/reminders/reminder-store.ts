// What reminders need from storage: when each unit was last reminded about one target, taken with one
// conditional write per unit and target, so two reminder runs at once send each unit one message.
export type ReminderTargetKind = 'survey' | 'menu' | 'lecture';

export interface ReminderStore {
  /**
   * Marks the unit reminded at `at` unless it was last reminded after `notBefore`: true when this call
   * took it (one conditional write), false when another run did within the gap.
   */
  claim(kind: ReminderTargetKind, targetId: string, unitId: string, at: Date, notBefore: Date): Promise<boolean>;
  /** Gives back a claim made at `at` whose message could not be made, so the unit is not skipped for a message it never got. */
  release(kind: ReminderTargetKind, targetId: string, unitId: string, at: Date): Promise<void>;
}
