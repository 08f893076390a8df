/**
 * The one set of date formatters, US style ("Nov 10", "Nov 10, 2022", "November 14, 2022").
 * Inputs are ISO dates ("2022-11-10"; a longer ISO string is cut to its date) or Date objects,
 * always read in UTC so the build machine's time zone never moves a day.
 */
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function parts(date: string | Date): { y: number; m: number; d: number; weekday: number } {
  const at = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(at.getTime())) throw new Error(`not a date: "${String(date)}"`);
  return { y: at.getUTCFullYear(), m: at.getUTCMonth(), d: at.getUTCDate(), weekday: at.getUTCDay() };
}

/** "Nov 10", or "Nov 10, 2022" with the year. */
export function shortDate(date: string | Date, withYear = false): string {
  const { y, m, d } = parts(date);
  return `${SHORT[m]} ${d}${withYear ? `, ${y}` : ''}`;
}

/** "November 14, 2022". */
export function longDate(date: string | Date): string {
  const { y, m, d } = parts(date);
  return `${LONG[m]} ${d}, ${y}`;
}

/** "Monday, November 14, 2022". */
export function weekdayDate(date: string | Date): string {
  return `${WEEKDAYS[parts(date).weekday]}, ${longDate(date)}`;
}

/** "Mon 14" (three-letter weekday and day of the month), for day rows. */
export function dayOfWeek(date: string | Date): string {
  const { d, weekday } = parts(date);
  return `${WEEKDAYS[weekday]!.slice(0, 3)} ${d}`;
}
