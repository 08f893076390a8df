/**
 * Build-time geography for the Kherson map: loads the geo pack (content/data/geo/) and
 * defines the one projection every layer is drawn in ("map space"). Pure; no Astro, no DOM.
 *
 * Map space: a conformal conic (parallels 45°N and 48°N, centred on 33°E, as PROVENANCE.md
 * suggests) fitted so the southern detail box fills the viewBox. Each state then frames part
 * of map space with a camera (see frames.ts); the browser receives projected SVG paths only.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point, Position } from 'geojson';
import baseTopo from '../../../content/data/geo/base-south.topo.json';
import territoryTopo from '../../../content/data/geo/territory-2022-11.topo.json';
import locatorTopo from '../../../content/data/geo/locator.topo.json';
import placesJson from '../../../content/data/geo/places.geojson?raw';
import { shortDate } from '../kit/dates';

/**
 * The SVG's viewBox: wider than tall, so the map reads in the phone's short sticky box (at
 * 360×740 that box leaves the map about 324×230 px: 420×300 fills it at about 0.75 px per unit).
 */
export const VIEW = { width: 420, height: 300 } as const;

/** The detail layers are clipped to this box (PROVENANCE.md); detail frames stay inside it. */
export const DETAIL_BOX: [[number, number], [number, number]] = [
  [29, 44],
  [38, 48.8],
];

/**
 * DeepStateMap snapshot times (PROVENANCE.md, "Territory snapshots"); labels US style via the
 * kit ("Nov 7, 2022"; `day`: "Nov 7").
 */
const snapshot = (iso: string, time: string) => ({ iso, label: shortDate(iso, true), day: shortDate(iso), time });
export const SNAPSHOTS = {
  before: snapshot('2022-11-07T22:35:45Z', '22:35 UTC'),
  after: snapshot('2022-11-12T23:48:26Z', '23:48 UTC'),
} as const;

type Props = Record<string, unknown>;
type Topo = Topology<Record<string, GeometryCollection<Props>>>;

const base = baseTopo as unknown as Topo;
const territory = territoryTopo as unknown as Topo;
const locator = locatorTopo as unknown as Topo;

function layer(topo: Topo, name: string): FeatureCollection<Geometry, Props> {
  const object = topo.objects[name];
  if (!object) throw new Error(`geo pack: object "${name}" is missing`);
  return feature(topo, object) as FeatureCollection<Geometry, Props>;
}

export type PlaceControl = 'occupied' | 'not_occupied' | 'unknown_status' | 'on_line_of_contact';
export interface Place {
  name: string;
  nameUk: string;
  type: 'city' | 'town' | 'bridge' | 'dam';
  /** As the pack gives it: "right (west)", "left (east)", "crossing" or null (off the river). */
  bank: string | null;
  /** Where the coordinate comes from (GeoNames or Wikipedia). */
  source: string;
  before: PlaceControl;
  after: PlaceControl;
  coordinates: [number, number];
}

const CONTROL: readonly PlaceControl[] = ['occupied', 'not_occupied', 'unknown_status', 'on_line_of_contact'];
function control(value: unknown, name: string): PlaceControl {
  if (typeof value === 'string' && (CONTROL as readonly string[]).includes(value)) return value as PlaceControl;
  throw new Error(`places.geojson: ${name} has an unknown control status ${String(value)}`);
}

function loadPlaces(): Place[] {
  const fc = JSON.parse(placesJson) as FeatureCollection<Point, Props>;
  return fc.features.map((f) => {
    const p = f.properties;
    const name = String(p.name);
    const [lon, lat] = f.geometry.coordinates;
    if (lon === undefined || lat === undefined) throw new Error(`places.geojson: ${name} has no coordinates`);
    const type = String(p.type);
    if (type !== 'city' && type !== 'town' && type !== 'bridge' && type !== 'dam') throw new Error(`places.geojson: ${name} has type ${type}`);
    return {
      name,
      nameUk: String(p.name_uk),
      type,
      bank: typeof p.dnipro_bank === 'string' ? p.dnipro_bank : null,
      source: String(p.source),
      before: control(p.deepstate_2022_11_07, name),
      after: control(p.deepstate_2022_11_12, name),
      coordinates: [lon, lat],
    };
  });
}

export const places: readonly Place[] = loadPlaces();

export function place(name: string): Place {
  const found = places.find((p) => p.name === name);
  if (!found) throw new Error(`places.geojson has no place "${name}"`);
  return found;
}

/** Every layer the map draws, as GeoJSON in longitude/latitude. */
export const layers = {
  oblasts: layer(base, 'oblasts'),
  oblastBorders: layer(base, 'oblast_borders'),
  ukraine: layer(base, 'ukraine'),
  ukraineBorder: layer(base, 'ukraine_border'),
  neighbours: layer(base, 'neighbours'),
  rivers: layer(base, 'rivers'),
  lakes: layer(base, 'lakes'),
  occupiedBefore: layer(territory, 'occupied_2022_11_07'),
  occupiedAfter: layer(territory, 'occupied_2022_11_12'),
  changed: layer(territory, 'changed_2022_11_07_to_12'),
  lineBefore: layer(territory, 'line_of_contact_2022_11_07'),
  lineAfter: layer(territory, 'line_of_contact_2022_11_12'),
  locatorCountries: layer(locator, 'countries'),
  locatorOccupiedAfter: layer(locator, 'occupied_2022_11_12'),
};

export type Status = 'occupied' | 'occupied_since_2014' | 'unknown_status';
/** The territory feature of one status in one snapshot layer. */
export function byStatus(fc: FeatureCollection<Geometry, Props>, status: Status): Feature<Geometry, Props> {
  const found = fc.features.find((f) => f.properties.status === status);
  if (!found) throw new Error(`territory layer has no "${status}" feature`);
  return found;
}

/** The parts of a (Multi)LineString feature collection as coordinate arrays. */
export function lineParts(fc: FeatureCollection<Geometry, Props>): Position[][] {
  return fc.features.flatMap((f) => {
    const g = f.geometry as LineString | MultiLineString;
    if (g.type === 'LineString') return [g.coordinates];
    if (g.type === 'MultiLineString') return g.coordinates;
    throw new Error(`expected lines, got ${(f.geometry as Geometry).type}`);
  });
}

/** The projection of map space (see the header). */
export function mapProjection(): GeoProjection {
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [29.6, 44.25],
      [37.6, 48.6],
    ],
  };
  return geoConicConformal().parallels([45, 48]).rotate([-33, 0]).fitSize([VIEW.width, VIEW.height], box);
}

/** Mean Earth radius in km (IUGG), for turning d3-geo's radians into kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
