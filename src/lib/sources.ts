/**
 * The one sources module of the site. Every source record of every pack (context S01…, and the
 * aid packs' ids such as ap_nov10) is one `Source`; every place the page names a source (figure
 * source lines, detail cards, notes, tables, downloads, "About this text") goes through `cite()`
 * and `citation()`, so a reader sees the same name and date for a source everywhere:
 *
 *   cite('ap_nov10')       → "Associated Press, 10 Nov 2022"  (the ORIGINAL publisher, never the host)
 *   citation(…).href       → the record's `url` (the link a reader should follow)
 *   citation(…).kindLabel  → "full copy in the Los Angeles Times", "DoD listing for 10 Nov",
 *                            "copy consulted", or null for the publisher's own page
 *
 * `consulted_url` and `unverified_original_url` are never links for readers; they appear only in
 * the downloads, labelled (`downloadFields`). See the packs' "Sources policy" in
 * content/data/aid/README.md.
 */
import { ContentError } from './content-error';
import { citedIds, URL_KINDS, type SourceRecord } from './data-schemas';
import { CITING_FILES, SOURCE_PACKS } from './data';
import { escapeXml as escapeMarkup } from '../visuals/kit/escape';

export type UrlKind = (typeof URL_KINDS)[number];
export type Pack = keyof typeof SOURCE_PACKS;

export interface Source {
  id: string;
  /** The packs whose `sources` hold this record (an aid id may sit in several). */
  packs: Pack[];
  /** The original publisher: the wire, newspaper, agency or office that wrote it. */
  publisher: string;
  title: string;
  /** As the pack writes it: "2022-11-10", "2022-11 (after 4 Nov)", "2022-11-04/05"… */
  date: string;
  /** The link a reader follows. */
  url: string;
  urlKind: UrlKind;
  /** The page the facts were read from; never linked for readers. */
  consultedUrl: string;
  consultedQuality: 'primary' | 'reputable' | 'low';
  /** The host that carried the copy read, as the pack names it. */
  carriedBy: string | null;
  /** A guessed original address, never seen: never linked. */
  unverifiedOriginalUrl: string | null;
  reliability: string | null;
}

/** What the page prints for one source. */
export interface Citation {
  id: string;
  /** "Associated Press, Nov 11, 2022" */
  text: string;
  href: string;
  urlKind: UrlKind;
  /** Small type beside the link when the link is not the publisher's own page; null when it is. */
  kindLabel: string | null;
  /** The record's title, for a tooltip. */
  title: string;
}

// ------------------------------------------------------------------------------ the records

function fromRecord(r: SourceRecord, pack: Pack): Source {
  return {
    id: r.id,
    packs: [pack],
    publisher: r.publisher,
    title: r.title,
    date: r.date,
    url: r.url,
    urlKind: r.url_kind,
    consultedUrl: r.consulted_url,
    consultedQuality: r.consulted_quality,
    carriedBy: r.carried_by ?? null,
    unverifiedOriginalUrl: r.unverified_original_url ?? null,
    reliability: r.reliability ?? null,
  };
}

/** The fields a reader sees must agree when one id sits in several packs. */
const SAME = ['publisher', 'date', 'url', 'urlKind', 'consultedUrl'] as const;

function load(): Map<string, Source> {
  const all = new Map<string, Source>();
  for (const [pack, { file, data }] of Object.entries(SOURCE_PACKS) as [Pack, (typeof SOURCE_PACKS)[Pack]][]) {
    (data.sources as SourceRecord[]).forEach((record, i) => {
      const s = fromRecord(record, pack);
      const seen = all.get(s.id);
      if (!seen) return void all.set(s.id, s);
      for (const key of SAME) {
        if (seen[key] !== s[key]) {
          throw new ContentError(`content/data/${file}`, `sources[${i}].${key}`, `source ${s.id} is also in the ${seen.packs.join(', ')} pack with a different ${key} ("${seen[key]}")`);
        }
      }
      seen.packs.push(pack);
    });
  }
  return all;
}

export const sources: ReadonlyMap<string, Source> = load();

// Every id a data file cites must exist (aid files cite aid ids, context files S01…).
for (const { file, data } of CITING_FILES) {
  for (const { field, id } of citedIds(data)) {
    if (!sources.has(id)) throw new ContentError(`content/data/${file}`, field, `unknown source id "${id}" (no record in any pack's sources)`);
  }
}

export function hasSource(id: string): boolean {
  return sources.has(id);
}

export function source(id: string): Source {
  const found = sources.get(id);
  if (!found) throw new Error(`unknown source id "${id}" (not in the sources of content/data/context/sources.json or content/data/aid/*.json)`);
  return found;
}

/** A source that must be in a given pack (a visual reading one file's rows cites that file's records). */
export function sourceIn(pack: Pack, id: string): Source {
  const s = source(id);
  if (!s.packs.includes(pack)) throw new Error(`source "${id}" is not in the ${pack} pack (${SOURCE_PACKS[pack].file})`);
  return s;
}

// ------------------------------------------------------------------------------ dates

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A source's date as the site prints it, decided once: "Nov 11, 2022" (US style, as kit/dates.ts
 * prints every other date on the page), "Nov 4–5, 2022" for "2022-11-04/05", "Nov 2022" or "2022" when the
 * pack knows no more. Whatever note follows the date in the pack is left out, never cut off.
 */
export function sourceDate(date: string): string {
  const m = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:\/(\d{2}))?/.exec(date);
  if (!m) return '';
  const [, y, mo, d, d2] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y!;
  if (!d) return `${month} ${y}`;
  return `${month} ${Number(d)}${d2 ? `–${Number(d2)}` : ''}, ${y}`;
}

// ------------------------------------------------------------------------------ citing

/** "Associated Press, Nov 11, 2022": the original publisher, exactly as its record names it, and the date. */
export function cite(idOrSource: string | Source): string {
  const s = typeof idOrSource === 'string' ? source(idOrSource) : idOrSource;
  const date = sourceDate(s.date);
  return date ? `${s.publisher}, ${date}` : s.publisher;
}

/** "Congressional Research Service (via EveryCRSReport)" → "Congressional Research Service": the
 * publisher's short name, for credits (share cards). */
export function publisherName(idOrSource: string | Source): string {
  const s = typeof idOrSource === 'string' ? source(idOrSource) : idOrSource;
  return s.publisher.split(/ \(| – | - /)[0]!.trim();
}

/** The short names of these sources' publishers, each once (the report's credit on cards). */
export function publisherNames(ids: readonly (string | Source)[]): string[] {
  return [...new Set(ids.map((id) => publisherName(id)))];
}

/** Names of the hosts that carry full copies, for "full copy in …". Others print their host name. */
const HOST_NAMES: Record<string, string> = {
  'latimes.com': 'the Los Angeles Times',
  'everycrsreport.com': 'EveryCRSReport',
  'bdnews24.com': 'bdnews24.com',
  'news.yahoo.com': 'Yahoo News',
  'archives.lincolndailynews.com': 'the Lincoln Daily News archive',
  'mynorthwest.com': 'MyNorthwest',
  'lagazzettadelmezzogiorno.it': 'La Gazzetta del Mezzogiorno',
  'nwaonline.com': 'the Arkansas Democrat-Gazette',
  'staradvertiser.com': 'the Honolulu Star-Advertiser',
  'finanzen.at': 'finanzen.at',
  'intellinews.com': 'bne IntelliNews',
  'irishexaminer.com': 'the Irish Examiner',
  'globalnews.ca': 'Global News',
  'pressreader.com': 'the Post-Tribune (PressReader)',
  'newspressnow.com': 'the St. Joseph News-Press',
  'unionleader.com': 'the Union Leader',
  'cp24.com': 'CP24',
  'duvarenglish.com': 'Duvar English',
  'business-standard.com': 'Business Standard',
  'hurriyetdailynews.com': 'Hürriyet Daily News',
  'mercurynews.com': 'The Mercury News',
  'english.alarabiya.net': 'Al Arabiya English',
  'tribuneindia.com': 'The Tribune (India)',
  'straitstimes.com': 'The Straits Times',
  'archive.ph': 'an archive.ph snapshot',
  'ktar.com': 'KTAR News',
};

/** Short names for publishers' own listings: "DoD listing for 10 Nov". */
const LISTING_NAMES: Record<string, string> = {
  'U.S. Department of Defense': 'DoD',
  'U.S. Department of State': 'State Department',
  'The White House': 'White House',
};

export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The small-type label beside a link that is not the publisher's own page. */
export function kindLabel(s: Source): string | null {
  switch (s.urlKind) {
    case 'original':
      return null;
    case 'full copy': {
      const host = hostOf(s.url);
      return `full copy in ${HOST_NAMES[host] ?? host}`;
    }
    case 'official listing': {
      const day = sourceDate(s.date).replace(/,? \d{4}$/, '');
      return `${LISTING_NAMES[s.publisher] ?? s.publisher} listing for ${day}`;
    }
    case 'copy consulted':
      return 'copy consulted';
  }
}

export function citation(idOrSource: string | Source): Citation {
  const s = typeof idOrSource === 'string' ? source(idOrSource) : idOrSource;
  return { id: s.id, text: cite(s), href: s.url, urlKind: s.urlKind, kindLabel: kindLabel(s), title: s.title };
}

const esc = escapeMarkup;

/**
 * The same markup as src/components/SourceLink.astro, for visuals that render HTML strings (cards,
 * SVG foreign content): the link, and the kind label in small type after it.
 */
export function citationHtml(idOrSource: string | Source): string {
  const c = citation(idOrSource);
  const label = c.kindLabel ? ` <small class="source-kind">(${esc(c.kindLabel)})</small>` : '';
  return `<span class="source-cite"><a class="source-link" href="${esc(c.href)}" rel="noopener noreferrer" data-source="${esc(c.id)}" data-url-kind="${esc(c.urlKind)}" title="${esc(c.title)}">${esc(c.text)}</a>${label}</span>`;
}

/** For a link drawn inside an SVG (no room for small type): the name, with the kind in words. */
export function accessibleCitation(idOrSource: string | Source): string {
  const c = citation(idOrSource);
  return c.kindLabel ? `${c.text} (${c.kindLabel})` : c.text;
}

/**
 * The source columns of every download (CSV and JSON under /data/): the citation as on the page,
 * the reader link and its kind, and, labelled, the copy we read and any unverified address.
 */
export interface DownloadFields {
  source_id: string;
  source_cited_as: string;
  source_publisher: string;
  source_title: string;
  source_date: string;
  source_url: string;
  source_url_kind: UrlKind;
  source_consulted_url: string;
  source_consulted_quality: string;
  source_unverified_original_url: string;
}

export function downloadFields(idOrSource: string | Source): DownloadFields {
  const s = typeof idOrSource === 'string' ? source(idOrSource) : idOrSource;
  return {
    source_id: s.id,
    source_cited_as: cite(s),
    source_publisher: s.publisher,
    source_title: s.title,
    source_date: s.date,
    source_url: s.url,
    source_url_kind: s.urlKind,
    source_consulted_url: s.consultedUrl,
    source_consulted_quality: s.consultedQuality,
    source_unverified_original_url: s.unverifiedOriginalUrl ?? '',
  };
}
