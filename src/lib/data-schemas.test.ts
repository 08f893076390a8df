/** Each data file's schema rejects bad input with the file and the field named. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataFile, DATA_SCHEMAS } from './data-schemas';
import { validateDataDir } from '../build/validate-data';

const read = (file: string): any => JSON.parse(readFileSync(`content/data/${file}`, 'utf8'));
/** A deep copy of a file with one change. */
function broken(file: string, edit: (data: any) => void): any {
  const data = read(file);
  edit(data);
  return data;
}

describe('data schemas', () => {
  it('accept every data file as it is, and every JSON file in content/data has one', () => {
    const files = validateDataDir('.');
    expect(files.sort()).toEqual(Object.keys(DATA_SCHEMAS).sort());
  });

  it.each([
    ['aid/us-packages.json', (d: any) => (d.rows[3].amount_usd_m = -2e9), 'rows[3].amount_usd_m: Number must be greater than or equal to 0 (found -2000000000)'],
    ['aid/us-packages.json', (d: any) => (d.rows[0].amount_usd_m = '60,0'), 'rows[0].amount_usd_m: Expected number, received string (found "60,0")'],
    ['aid/us-packages.json', (d: any) => (d.rows[2].date = '2022-02-30'), 'rows[2].date: not a real calendar day (found "2022-02-30")'],
    ['aid/us-packages.json', (d: any) => (d.cumulative[1].date = '25/02/2022'), 'cumulative[1].date: an ISO date like 2022-11-10 (found "25/02/2022")'],
    ['aid/appropriations.json', (d: any) => (d.rows[5].status = 'before'), 'rows[5].status: Invalid enum value'],
    ['aid/appropriations.json', (d: any) => (d.rows[1].amount_usd_bn = -1), 'rows[1].amount_usd_bn: Number must be greater than or equal to 0 (found -1)'],
    ['aid/donors.json', (d: any) => (d.rows[0].value_eur_bn = '52'), 'rows[0].value_eur_bn: Expected number, received string (found "52")'],
    ['aid/article-items.json', (d: any) => (d.sources[0].url_kind = 'mirror'), 'sources[0].url_kind: Invalid enum value'],
    ['aid/article-items.json', (d: any) => (d.sources[1].url = 'not a url'), 'sources[1].url: Invalid url (found "not a url")'],
    ['aid/article-items.json', (d: any) => delete d.rows[4].source, 'rows[4].source: Invalid input'],
    ['aid/capabilities.json', (d: any) => (d.sources[2].consulted_quality = 'ok'), 'sources[2].consulted_quality: Invalid enum value'],
    ['context/sources.json', (d: any) => (d.sources[3].unverified_original_url = d.sources[3].url), 'sources[3].unverified_original_url: unverified_original_url must never be the reader link (url)'],
    ['context/sources.json', (d: any) => delete d.sources[0].publisher, 'sources[0].publisher: Required'],
    ['context/timeline.json', (d: any) => (d.events[0].source_ids = ['33']), 'events[0].source_ids[0]: a context source id like S05 (found "33")'],
    ['context/debate.json', (d: any) => (d.voices[0].band = 'maybe'), 'voices[0].band: Invalid enum value'],
    ['aid/weapons/items.json', (d: any) => (d.items[0].category = 'tanks'), 'items[0].category: Invalid enum value'],
    ['aid/aid-flow/cumulative-baselines.json', (d: any) => (d.rows[0].field = 'amount'), 'rows[0].field: Invalid enum value'],
    ['geo/places.geojson', (d: any) => (d.features[0].geometry.coordinates = [200, 46]), 'features[0].geometry.coordinates[0]: Number must be less than or equal to 180 (found 200)'],
  ])('%s rejects %s', (file, edit, message) => {
    expect(() => checkDataFile(file, broken(file, edit))).toThrow(`content/data/${file}: ${message}`);
  });

  it('reject a file they do not know', () => {
    expect(() => checkDataFile('aid/new.json', {})).toThrow('content/data/aid/new.json: (file): no schema for this data file');
  });
});
