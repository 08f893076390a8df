/**
 * The map's data as rows: the places it labels with their bank of the Dnipro and their
 * control on each snapshot (the pack's point-in-polygon test against DeepStateMap), for the
 * "Show the data" table and the CSV download.
 */
import { places, SNAPSHOTS, type PlaceControl } from './geo';
import { toCsv } from '../kit/csv';

export const CONTROL_TEXT: Record<PlaceControl, string> = {
  occupied: 'Occupied',
  not_occupied: 'Not occupied',
  unknown_status: 'Status unknown',
  on_line_of_contact: 'On the line of contact',
};

export interface Row {
  place: string;
  placeUk: string;
  type: string;
  bank: string;
  before: string;
  after: string;
  lon: number;
  lat: number;
  coordinateSource: string;
}

export function rows(): Row[] {
  return places.map((p) => ({
    place: p.name,
    placeUk: p.nameUk,
    type: p.type,
    bank: p.bank ?? 'not classified',
    before: CONTROL_TEXT[p.before],
    after: CONTROL_TEXT[p.after],
    lon: p.coordinates[0],
    lat: p.coordinates[1],
    coordinateSource: p.source,
  }));
}

export function csv(): string {
  const header = ['place', 'place_uk', 'type', 'dnipro_bank', `control_${SNAPSHOTS.before.iso}`, `control_${SNAPSHOTS.after.iso}`, 'lon', 'lat', 'coordinate_source'];
  return toCsv(header, rows().map((r) => [r.place, r.placeUk, r.type, r.bank, r.before, r.after, r.lon, r.lat, r.coordinateSource]));
}
