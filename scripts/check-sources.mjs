#!/usr/bin/env node
// @ts-check
// The project's copy of the data packs' check-sources.mjs (same checks, same output), made importable:
// `checkSources(dir)` returns { ok, summary, errors } and LOW_HOSTS is the audit's list of low-quality
// hosts, used by the tests that scan the built pages (e2e/sources.spec.ts). Tests and builds never read
// the shared data folder: this copy is what runs (scripts/check-sources.test.ts runs it on content/data).
// Usage: node scripts/check-sources.mjs [DIR]   (default: content/data)
//
// Original header:
// Checks the source records of every JSON pack in this folder (plain Node, no dependencies).
// Usage: node check-sources.mjs [DIR]   (DIR: a folder of packs, e.g. a project's content/data; default: this folder)
// A source record is an element of a top-level "sources" array. Each must have publisher, url,
// url_kind, consulted_url and consulted_quality; url_kind and consulted_quality must use the
// agreed values; a url on a host rated low quality must be labelled "copy consulted"; and every
// source id that a row, event or voice cites must exist. Prints one line; exits 1 on failure.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';


// Hosts the source audit rated "aggregator / low quality" (plus washexam.com, a host not confirmed
// as the Washington Examiner's own site). A url on one of these must have url_kind "copy consulted".
export const LOW_HOSTS = new Set([
  'americanfaith.com', 'budrigannews.com', 'cde.news', 'cmio.org', 'defence-industry.eu',
  'dokumen.tips', 'emailfrombrands.com', 'exbulletin.com', 'explorepolicy.net',
  'internetinfomedia.info', 'inversezone.com', 'justicenewsflash.com',
  'lifewithnofears.blogspot.com', 'michaelsavage.com', 'mktz.com', 'newstodaynet.com',
  'optimistdaily.com', 'portugal.europenews.co', 'strategicstudyindia.com',
  'thefederalnewswire.com', 'thefrontierpost.com', 'twitchy.com', 'uaetimes.ae', 'vpk.name',
  '8090qz.com', 'aerotechnews.com', 'ctlopez.com', 'devdiscourse.com', 'eastcoastdaily.in',
  'einpresswire.com', 'gqak.com', 'jb-dvergschnauzer.com', 'magnoliareporter.com',
  'silkway.news', 'upwardpost.com', 'urdupoint.com', 'veteranstodaynetwork.com',
  'washexam.com',
]);
const URL_KINDS = new Set(['original', 'full copy', 'official listing', 'copy consulted']);
const QUALITIES = new Set(['primary', 'reputable', 'low']);
const REQUIRED = ['id', 'publisher', 'url', 'url_kind', 'consulted_url', 'consulted_quality'];

export const normHost = (u) => {
  try { return new URL(u).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, ''); }
  catch { return null; }
};

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (['.json', '.geojson'].includes(extname(name))) out.push(p);
  }
  return out.sort();
}

/** Runs every check on the packs in ROOT (a folder such as content/data). */
export function checkSources(ROOT) {
const errors = [];
const kinds = {};
let nFiles = 0, nRecords = 0, nLowLinks = 0, nRefs = 0;
const idsByFile = new Map();
const citing = []; // [file, where, id, targetFile]

const asList = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

for (const path of walk(ROOT)) {
  const rel = relative(ROOT, path);
  let data;
  try { data = JSON.parse(readFileSync(path, 'utf8')); nFiles++; }
  catch (e) { errors.push(`${rel}: invalid JSON (${e.message})`); continue; }
  if (!data || typeof data !== 'object' || Array.isArray(data)) continue;

  if (Array.isArray(data.sources)) {
    const ids = new Set();
    data.sources.forEach((s, i) => {
      nRecords++;
      const where = `${rel} sources[${i}]${s && s.id ? ` (${s.id})` : ''}`;
      for (const k of REQUIRED) {
        if (typeof s[k] !== 'string' || !s[k].trim()) errors.push(`${where}: missing ${k}`);
      }
      if (s.id) { if (ids.has(s.id)) errors.push(`${where}: duplicate id`); ids.add(s.id); }
      if (s.url_kind && !URL_KINDS.has(s.url_kind)) errors.push(`${where}: bad url_kind "${s.url_kind}"`);
      if (s.consulted_quality && !QUALITIES.has(s.consulted_quality)) errors.push(`${where}: bad consulted_quality "${s.consulted_quality}"`);
      kinds[s.url_kind] = (kinds[s.url_kind] || 0) + 1;
      for (const k of ['url', 'consulted_url', 'unverified_original_url', 'alternative_url', 'official_listing_url', 'related_official_url']) {
        if (s[k] !== undefined && !normHost(s[k])) errors.push(`${where}: ${k} is not a URL`);
      }
      const h = normHost(s.url);
      if (h && LOW_HOSTS.has(h)) {
        nLowLinks++;
        if (s.url_kind !== 'copy consulted') errors.push(`${where}: url on low-quality host ${h} but url_kind is "${s.url_kind}"`);
      }
      if (s.unverified_original_url && s.unverified_original_url === s.url) errors.push(`${where}: unverified_original_url used as url`);
    });
    idsByFile.set(rel, ids);
  }
  // citations inside the same file (aid packs: rows / cumulative / checks / derived lists)
  for (const [key, val] of Object.entries(data)) {
    if (key === 'sources' || !Array.isArray(val)) continue;
    val.forEach((row, i) => {
      if (!row || typeof row !== 'object') return;
      for (const id of asList(row.source)) citing.push([rel, `${key}[${i}]`, id, rel]);
      // context packs cite context/sources.json
      for (const id of asList(row.source_ids)) citing.push([rel, `${key}[${i}]`, id, join(dirname(rel), 'sources.json')]);
      if (Array.isArray(row.sources)) for (const id of row.sources) citing.push([rel, `${key}[${i}]`, id, join(dirname(rel), 'sources.json')]);
    });
  }
}

// A file without its own sources (a derived file, as a project may keep) may cite any pack's source.
const anyIds = new Set([...idsByFile.values()].flatMap((s) => [...s]));
for (const [file, where, id, target] of citing) {
  nRefs++;
  const ids = idsByFile.get(target) ?? anyIds;
  if (!ids.has(id)) errors.push(`${file} ${where}: cites unknown source id ${id} (${idsByFile.has(target) ? target : 'any pack'})`);
}

const kindText = Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ');
const summary = `check-sources: ${nFiles} JSON files, ${nRecords} source records (${kindText}), ` +
  `${nLowLinks} links on low-quality hosts (all must be "copy consulted"), ${nRefs} citations checked, ` +
  `${errors.length} error${errors.length === 1 ? '' : 's'}`;
return { ok: errors.length === 0, summary: `${errors.length ? 'FAIL' : 'OK'} ${summary}`, errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, summary, errors } = checkSources(process.argv[2] ? resolve(process.argv[2]) : resolve('content/data'));
  for (const e of errors) console.error(`  ${e}`);
  console.log(summary);
  process.exit(ok ? 0 : 1);
}
