/** aid-flow's files under /data/: per state, exactly the figures it draws, as CSV and JSON (table.ts). */
import type { Download } from '../kit/downloads';
import { rowsFor, toCsv, toJson } from './table';
import meta from './meta';
import { stateNames } from '../types';

const STATES = stateNames(meta);

const downloads: Download[] = STATES.flatMap((state) => [
  { path: `aid-flow/${state}.csv`, body: () => toCsv(rowsFor(state)) },
  { path: `aid-flow/${state}.json`, body: () => toJson(state, rowsFor(state)) },
]);
export default downloads;
