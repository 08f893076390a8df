/**
 * The one CSV writer (RFC 4180): comma-separated, CRLF after every record including the last,
 * a field quoted when it holds a comma, a quote, CR or LF, quotes doubled inside.
 * null and undefined are empty fields.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header and its rows as one CSV document. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Rows that are objects: the columns are `columns`, in that order, and name the header. */
export function objectsToCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c] as CsvValue)),
  );
}
