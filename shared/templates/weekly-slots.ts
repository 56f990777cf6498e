// The weekday x time-of-day grid (周一上午…周日晚上) both the needs survey and the request form ask times with.
const WEEKDAYS = [
  ['mon', '周一', 'Mon'],
  ['tue', '周二', 'Tue'],
  ['wed', '周三', 'Wed'],
  ['thu', '周四', 'Thu'],
  ['fri', '周五', 'Fri'],
  ['sat', '周六', 'Sat'],
  ['sun', '周日', 'Sun'],
] as const;
const DAY_PARTS = [
  ['am', '上午', 'Morning'],
  ['pm', '下午', 'Afternoon'],
  ['eve', '晚上', 'Evening'],
] as const;

/** The grid and its options, in the shape a time_slots question carries. */
export function weeklySlots() {
  return {
    grid: {
      rows: WEEKDAYS.map(([id, label, labelEn]) => ({ id, label, labelEn })),
      columns: DAY_PARTS.map(([id, label, labelEn]) => ({ id, label, labelEn })),
    },
    options: WEEKDAYS.flatMap(([day, dayZh, dayEn]) =>
      DAY_PARTS.map(([part, partZh, partEn]) => ({ id: `${day}-${part}`, label: `${dayZh}${partZh}`, labelEn: `${dayEn} ${partEn}`, row: day, column: part })),
    ),
  };
}

/** Slot ids ("wed-pm") as people say them ("周三下午"), in the order given; an unknown id is left out. */
export function slotLabels(ids: readonly string[], locale: 'zh' | 'en'): string[] {
  const byId = new Map(weeklySlots().options.map((o) => [o.id, locale === 'en' ? o.labelEn : o.label]));
  return ids.map((id) => byId.get(id)).filter((label): label is string => label !== undefined);
}
