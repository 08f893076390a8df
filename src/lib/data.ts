/**
 * The data packs of content/data/, each checked against its schema (src/lib/data-schemas.ts)
 * when this module loads: a build, a test or a page that reads data through here fails on a bad
 * file with its name and field. Visuals import the packs from here, never the JSON directly.
 * The geo layers are checked by the build step (src/build/validate-data.ts) and read by
 * src/visuals/kherson-map/geo.ts, which needs their exact TopoJSON types.
 */
import appropriationsRaw from '../../content/data/aid/appropriations.json';
import usPackagesRaw from '../../content/data/aid/us-packages.json';
import capabilitiesRaw from '../../content/data/aid/capabilities.json';
import articleItemsRaw from '../../content/data/aid/article-items.json';
import donorsRaw from '../../content/data/aid/donors.json';
import baselinesRaw from '../../content/data/aid/aid-flow/cumulative-baselines.json';
import weaponItemsRaw from '../../content/data/aid/weapons/items.json';
import contextSourcesRaw from '../../content/data/context/sources.json';
import timelineRaw from '../../content/data/context/timeline.json';
import voicesRaw from '../../content/data/context/voices.json';
import debateRaw from '../../content/data/context/debate.json';
import { checkDataFile } from './data-schemas';

export const appropriationsFile = checkDataFile('aid/appropriations.json', appropriationsRaw);
export const usPackagesFile = checkDataFile('aid/us-packages.json', usPackagesRaw);
export const capabilitiesFile = checkDataFile('aid/capabilities.json', capabilitiesRaw);
export const articleItemsFile = checkDataFile('aid/article-items.json', articleItemsRaw);
export const donorsFile = checkDataFile('aid/donors.json', donorsRaw);
export const baselinesFile = checkDataFile('aid/aid-flow/cumulative-baselines.json', baselinesRaw);
export const weaponItemsFile = checkDataFile('aid/weapons/items.json', weaponItemsRaw);
export const contextSourcesFile = checkDataFile('context/sources.json', contextSourcesRaw);
export const timelineFile = checkDataFile('context/timeline.json', timelineRaw);
export const voicesFile = checkDataFile('context/voices.json', voicesRaw);
export const debateFile = checkDataFile('context/debate.json', debateRaw);

/** The packs that hold source records, by the name the sources module gives each. */
export const SOURCE_PACKS = {
  context: { file: 'context/sources.json', data: contextSourcesFile },
  appropriations: { file: 'aid/appropriations.json', data: appropriationsFile },
  'us-packages': { file: 'aid/us-packages.json', data: usPackagesFile },
  capabilities: { file: 'aid/capabilities.json', data: capabilitiesFile },
  'article-items': { file: 'aid/article-items.json', data: articleItemsFile },
  donors: { file: 'aid/donors.json', data: donorsFile },
} as const;

/** Every file that cites source ids, for the known-id check in src/lib/sources.ts. */
export const CITING_FILES: readonly { file: string; data: unknown }[] = [
  { file: 'aid/appropriations.json', data: appropriationsFile },
  { file: 'aid/us-packages.json', data: usPackagesFile },
  { file: 'aid/capabilities.json', data: capabilitiesFile },
  { file: 'aid/article-items.json', data: articleItemsFile },
  { file: 'aid/donors.json', data: donorsFile },
  { file: 'aid/aid-flow/cumulative-baselines.json', data: baselinesFile },
  { file: 'aid/weapons/items.json', data: weaponItemsFile },
  { file: 'context/timeline.json', data: timelineFile },
  { file: 'context/voices.json', data: voicesFile },
  { file: 'context/debate.json', data: debateFile },
];
