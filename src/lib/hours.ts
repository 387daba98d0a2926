/** Weekly opening hours: ordering and grouping for display. */

export const WEEKDAY_ORDER = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;
export type Weekday = (typeof WEEKDAY_ORDER)[number];

export interface WeeklySlot {
  day: Weekday;
  opens: string;
  closes: string;
  byAppointment: boolean;
  note?: string | undefined;
}

/** Slots sorted Monday first, then by opening time. */
export function sortSlots<T extends WeeklySlot>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => WEEKDAY_ORDER.indexOf(a.day) - WEEKDAY_ORDER.indexOf(b.day) || a.opens.localeCompare(b.opens));
}

/** Slots grouped per weekday, in week order, leaving out days without slots. */
export function slotsByDay<T extends WeeklySlot>(slots: readonly T[]): Array<{ day: Weekday; slots: T[] }> {
  const sorted = sortSlots(slots);
  return WEEKDAY_ORDER.map((day) => ({ day, slots: sorted.filter((slot) => slot.day === day) })).filter((group) => group.slots.length > 0);
}

/** schema.org openingHoursSpecification day names. */
export const SCHEMA_ORG_DAY: Record<Weekday, string> = {
  mo: 'https://schema.org/Monday',
  di: 'https://schema.org/Tuesday',
  mi: 'https://schema.org/Wednesday',
  do: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  so: 'https://schema.org/Sunday',
};
