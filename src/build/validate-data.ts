/**
 * Checks every data file in content/data/ against its schema (src/lib/data-schemas.ts) before
 * Astro renders anything, so a bad file fails the build in a second, naming the file and the
 * field ("content/data/aid/us-packages.json: rows[3].amount_usd_m: Number must be greater than
 * or equal to 0 (found -2000000000)"), and no page is built from it. Also checks that every
 * source id a file cites has a record, and that no JSON file in the folder goes unchecked.
 * src/lib/data.ts runs the same schemas when a page or a test imports the packs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-error';
import { checkDataFile, citedIds, DATA_SCHEMAS } from '../lib/data-schemas';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : ['.json', '.geojson'].includes(extname(name)) ? [path] : [];
    })
    .sort();
}

/** Validates content/data/ under `root`; throws the first ContentError. Returns the files checked. */
export function validateDataDir(root: string): string[] {
  const dir = join(root, 'content/data');
  const files = walk(dir).map((path) => relative(dir, path).split('\\').join('/'));
  const parsed = new Map<string, unknown>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      throw new ContentError(`content/data/${file}`, '(file)', `not valid JSON: ${(e as Error).message}`);
    }
    parsed.set(file, checkDataFile(file, data));
  }
  for (const file of Object.keys(DATA_SCHEMAS)) {
    if (!parsed.has(file)) throw new ContentError(`content/data/${file}`, '(file)', 'missing: the site reads this file');
  }
  const known = new Set(
    [...parsed.values()].flatMap((data) => {
      const list = (data as { sources?: unknown }).sources;
      return Array.isArray(list) ? list.map((s: { id: string }) => s.id) : [];
    }),
  );
  for (const [file, data] of parsed) {
    for (const { field, id } of citedIds(data)) {
      if (!known.has(id)) throw new ContentError(`content/data/${file}`, field, `unknown source id "${id}" (no record in any pack's sources)`);
    }
  }
  return files;
}

export default function validateData(): AstroIntegration {
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const files = validateDataDir(fileURLToPath(config.root));
        logger.info(`${files.length} data files match their schemas`);
      },
    },
  };
}
