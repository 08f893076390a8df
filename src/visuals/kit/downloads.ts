/**
 * Files a visual offers under /data/ (CSV and JSON downloads, data its client fetches). Each
 * visual lists its own in `downloads.ts` (default export); one route, src/pages/data/[...file].ts,
 * serves them all at build, so adding a download never adds a page file.
 */
export interface Download {
  /** Path under /data/, e.g. "aid-flow/delivered.csv" or "debate-voices.csv". */
  path: string;
  /** The file's text, made at build. */
  body: () => string;
}

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The Content-Type for a download path, from its extension. */
export function contentType(path: string): string {
  const type = TYPES[path.slice(path.lastIndexOf('.') + 1)];
  if (!type) throw new Error(`download ${path}: no content type for its extension (csv or json)`);
  return type;
}

/** Pretty JSON with a final newline. */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent) + '\n';
}
