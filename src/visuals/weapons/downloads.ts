/** The weapons visual's files under /data/: every item it draws, as CSV and JSON (download.ts). */
import type { Download } from '../kit/downloads';
import { downloadRows, toCsv, toJson } from './download';

const downloads: Download[] = [
  { path: 'weapons/items.csv', body: () => toCsv(downloadRows()) },
  { path: 'weapons/items.json', body: () => toJson(downloadRows()) },
];
export default downloads;
