/**
 * One zod schema per data file in content/data/ (the sourced packs and the files derived from
 * them). `checkDataFile` validates a parsed file and throws a ContentError naming the file and
 * the field, so a bad number or date fails the build with a message an editor can act on,
 * instead of a crash or a wrong figure on the page ("$-2000000000m", "n.toFixed is not a function").
 * The source records follow the packs' "Sources policy" (content/data/aid/README.md).
 * Pure: no Astro, no file system (src/lib/data.ts imports the files; src/build/validate-data.ts
 * reads the folder at the start of a build).
 */
import { z } from 'astro/zod';
import { ContentError } from './content-error';

export const URL_KINDS = ['original', 'full copy', 'official listing', 'copy consulted'] as const;
export const QUALITIES = ['primary', 'reputable', 'low'] as const;

/** A calendar date, "2022-11-10". */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date like 2022-11-10').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar day');
/** A source's date as the packs write it: an ISO day or month first, sometimes followed by a note ("2022-11 (after 4 Nov)"). */
const looseDate = z.string().regex(/^(?:snapshot )?\d{4}(?:-\d{2}){0,2}(?:\/\d{2})?(?:\s.*)?$/, 'starts with an ISO date like 2022-11-10, 2022-11 or 2022');
const url = z.string().url();
/** Money and counts are never negative. */
const amount = z.number().finite().nonnegative();
const ids = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const text = z.string().min(1);

/** A source record (every pack's `sources` array): the fields the page and the downloads use. */
export const sourceRecord = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_]+$/, 'letters, digits and _'),
    title: text,
    publisher: text,
    date: looseDate,
    url,
    url_kind: z.enum(URL_KINDS),
    consulted_url: url,
    consulted_quality: z.enum(QUALITIES),
    carried_by: z.string().optional(),
    unverified_original_url: url.optional(),
    official_listing_url: url.optional(),
    alternative_url: url.optional(),
    related_official_url: url.optional(),
    reliability: z.string().optional(),
    link_note: z.string().optional(),
    note: z.string().optional(),
  })
  .passthrough()
  .refine((s) => s.unverified_original_url === undefined || s.unverified_original_url !== s.url, {
    message: 'unverified_original_url must never be the reader link (url)',
    path: ['unverified_original_url'],
  });
export type SourceRecord = z.infer<typeof sourceRecord>;

const sources = z.array(sourceRecord).min(1);
const pack = <T extends z.ZodRawShape>(shape: T) => z.object({ sources, ...shape }).passthrough();

const appropriations = pack({
  rows: z.array(
    z
      .object({
        act: text,
        law: z.string(),
        enacted: z.union([z.literal(''), isoDay, z.string().regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/)]),
        status: z.enum(['before_article', 'after_article']),
        category: text,
        amount_usd_bn: amount.nullable(),
        source: ids,
        quote: text,
      })
      .passthrough(),
  ),
});

const usPackages = pack({
  rows: z.array(
    z
      .object({
        type: text,
        date: isoDay,
        tranche_since_aug2021: z.number().int().positive().optional(),
        amount_usd_m: amount,
        source: ids,
        quote: text,
      })
      .passthrough(),
  ),
  cumulative: z.array(
    z
      .object({
        date: isoDay,
        basis: text,
        amount_usd_bn: amount,
        amount2_usd_bn: amount.optional(),
        amount_admin_usd_bn: amount.optional(),
        since_2014_usd_bn: amount.optional(),
        qualifier: z.string().optional(),
        source: ids,
        quote: text,
      })
      .passthrough(),
  ),
  checks: z.array(z.object({ check: text, value_usd_bn: amount, derived: z.boolean(), source: ids }).passthrough()),
});

const capabilities = pack({
  rows: z.array(z.object({ kind: text, as_of: isoDay, package: text, item_as_written: text, source: ids, quote: text }).passthrough()),
  derived_totals: z.array(z.object({ item: text, value: amount, derived: z.literal(true), source: ids }).passthrough()),
});

const articleItems = pack({
  rows: z.array(
    z
      .object({
        topic: text,
        field: text,
        date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'an ISO date like 2022-11-10 or 2022-11'),
        value: amount.optional(),
        value_usd_m: amount.optional(),
        value_eur_m: amount.optional(),
        source: ids,
        quote: text,
        /** Wording from a rewrite: never shown as a quote. */
        paraphrase: z.string().optional(),
        paraphrase_of: z.string().optional(),
      })
      .passthrough()
      .refine((r) => r.paraphrase === undefined || r.paraphrase_of !== undefined, { message: 'a paraphrase needs paraphrase_of (whose rewrite it is)', path: ['paraphrase_of'] }),
  ),
});

const donors = pack({
  rows: z.array(
    z
      .object({
        release: text,
        donor: text,
        measure: text,
        value_eur_bn: amount.optional(),
        value_usd_bn: z.union([amount, z.record(amount)]).optional(),
        qualifier: z.string().optional(),
        source: ids,
        quote: text,
      })
      .passthrough(),
  ),
  retrospective_release29_derived: z.array(
    z
      .object({
        donor: text,
        allocations_total_eur_bn: amount,
        military_eur_bn: amount,
        financial_eur_bn: amount,
        humanitarian_eur_bn: amount,
        commitments_eur_bn: amount,
        derived: z.literal(true),
        source: ids,
      })
      .passthrough(),
  ),
});

const contextSources = z.object({ note: z.string(), sources }).strict();
const sourceIdList = z.array(z.string().regex(/^S\d{2}$/, 'a context source id like S05')).min(1);

const timeline = z
  .object({
    scope: z.string(),
    kind_legend: z.record(z.string()),
    events: z.array(
      z.object({ date: isoDay, title: text, summary: text, source_ids: sourceIdList, kind: z.enum(['article_event', 'article_context', 'article_publication', 'context']) }).strict(),
    ),
  })
  .strict();

const voicesFile = z
  .object({
    stance_legend: z.record(z.string()),
    note: z.string(),
    people: z.array(z.object({ name: text, role: text, stance: text, stance_note: text, article_quote: text, sources: sourceIdList }).strict()),
  })
  .strict();

const band = z.enum(['talk', 'not', 'fight']);
const debate = z
  .object({
    about: z.string(),
    bands: z.object({ talk: text, not: text, fight: text }).strict(),
    lanes: z.record(text),
    voices: z.array(
      z
        .object({
          id: text,
          name: text,
          short: text,
          role: text,
          lane: z.enum(['wh', 'state', 'pentagon', 'unnamed', 'outside', 'unplaced']),
          band: band.nullable(),
          range: z.tuple([band, band]).optional(),
          private: band.optional(),
          privateOnly: z.boolean().optional(),
          quotes: z.array(
            z
              .object({ p: z.number().int().positive(), kind: z.enum(['said', 'text']), words: text, by: z.string().optional(), private: z.boolean().optional() })
              .strict(),
          ),
          why: text,
          flag: z.string().optional(),
          basis: z.enum(['text', 'source']),
          sources: sourceIdList,
        })
        .strict(),
    ),
    week: z.object({ from: isoDay, to: isoDay, published: isoDay }).strict(),
    events: z.array(
      z
        .object({
          id: text,
          date: isoDay,
          short: text,
          title: text,
          quote: z.object({ p: z.number().int().positive(), words: text }).strict().nullable(),
          flag: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

const baselines = z
  .object({
    file: z.string(),
    what: z.string(),
    baselines: z.object({ 'since-2022-02-24': text, 'since-2021-01': text, 'since-2014': text }).strict(),
    rows: z.array(
      z
        .object({
          date: isoDay,
          source: text,
          field: z.enum(['amount_usd_bn', 'amount2_usd_bn', 'amount_admin_usd_bn', 'since_2014_usd_bn']),
          baseline: z.enum(['since-2022-02-24', 'since-2021-01', 'since-2014']),
          said_by: text,
        })
        .strict(),
    ),
  })
  .strict();

const weaponItems = z
  .object({
    file: z.string(),
    topic: z.string(),
    how: z.array(z.string()),
    packages: z.array(z.object({ key: text, date: isoDay, kind: z.enum(['PDA', 'USAI', 'PDA+USAI']), label: text, row: text }).strict()),
    items: z.array(
      z
        .object({
          id: text,
          pkg: text,
          source: text,
          wording: z.enum(['quote', 'note', 'summary', 'rewrite', 'article-items']),
          as_written: text,
          quantity: text.nullable(),
          category: z.enum(['air-defense', 'artillery-ammunition', 'armor-vehicles', 'drones', 'other']),
          reason: z.string().min(5),
          label: z.string().optional(),
          named: z.enum(['avenger', 'hawk', 't72']).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const topology = z
  .object({ type: z.literal('Topology'), objects: z.record(z.object({ type: z.string() }).passthrough()), arcs: z.array(z.array(z.array(z.number().finite()))) })
  .passthrough();

const places = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z
        .object({
          type: z.literal('Feature'),
          properties: z.object({ name: text, type: text, source: text }).passthrough(),
          geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) }).strict(),
        })
        .strict(),
    ),
  })
  .strict();

/** Every data file, by its path under content/data/. A JSON file not listed here fails the build. */
export const DATA_SCHEMAS: Readonly<Record<string, z.ZodTypeAny>> = {
  'aid/appropriations.json': appropriations,
  'aid/us-packages.json': usPackages,
  'aid/capabilities.json': capabilities,
  'aid/article-items.json': articleItems,
  'aid/donors.json': donors,
  'aid/aid-flow/cumulative-baselines.json': baselines,
  'aid/weapons/items.json': weaponItems,
  'context/sources.json': contextSources,
  'context/timeline.json': timeline,
  'context/voices.json': voicesFile,
  'context/debate.json': debate,
  'geo/base-south.topo.json': topology,
  'geo/locator.topo.json': topology,
  'geo/territory-2022-11.topo.json': topology,
  'geo/places.geojson': places,
};

/** "rows[3].amount_usd_m" from a zod issue path. */
export function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '(file)';
}

/**
 * Validates one file (`file` is its path under content/data/, e.g. "aid/us-packages.json") and
 * returns it unchanged; throws a ContentError "content/data/<file>: <field>: <what is wrong>".
 */
export function checkDataFile<T>(file: string, data: T): T {
  const schema = DATA_SCHEMAS[file];
  const where = `content/data/${file}`;
  if (!schema) throw new ContentError(where, '(file)', 'no schema for this data file: add one to src/lib/data-schemas.ts');
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const got = valueAt(data, issue.path);
    throw new ContentError(where, fieldPath(issue.path), `${issue.message}${got === undefined ? '' : ` (found ${JSON.stringify(got)})`}`);
  }
  return data;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at === null || typeof at !== 'object' ? at : undefined;
}

/** The source ids a file cites, with where: `source`/`source_ids`/`sources` of each row of each array. */
export function citedIds(data: unknown): { field: string; id: string }[] {
  const out: { field: string; id: string }[] = [];
  if (!data || typeof data !== 'object') return out;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'sources' || !Array.isArray(value)) continue;
    value.forEach((row: unknown, i) => {
      if (!row || typeof row !== 'object') return;
      for (const field of ['source', 'source_ids', 'sources'] as const) {
        const v = (row as Record<string, unknown>)[field];
        const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
        list.forEach((id, j) => out.push({ field: `${key}[${i}].${field}${Array.isArray(v) ? `[${j}]` : ''}`, id }));
      }
    });
  }
  return out;
}
