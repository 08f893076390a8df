/** The Kherson map's files under /data/: its places (table.ts) and the measured distance to Crimea (measure.ts). */
import { jsonText, type Download } from '../kit/downloads';
import { round } from '../kit/round';
import { csv } from './table';
import { frontToCrimea, frontToCrimeaKm, STEP_KM } from './measure';

function distance(): string {
  return jsonText({
    measures: "Shortest great-circle distance between DeepStateMap.live's line of contact of 2022-11-12T23:48:26Z and the boundary of the Autonomous Republic of Crimea (UA-43, Natural Earth admin-1)",
    method: `Both lines densified to points at most ${STEP_KM} km apart (great-circle interpolation), every pair compared with d3-geo geoDistance, mean Earth radius 6371.0088 km`,
    km: round(frontToCrimea.km, 2),
    printed_km: frontToCrimeaKm,
    from_front_lon_lat: frontToCrimea.from.map((v) => round(v, 5)),
    to_crimea_border_lon_lat: frontToCrimea.to.map((v) => round(v, 5)),
    caveat: 'Both lines are generalised (DeepStateMap polygon edge; Natural Earth 1:10m); DeepStateMap data: © DeepStateMap.live',
  });
}

const downloads: Download[] = [
  { path: 'kherson-map-places.csv', body: csv },
  { path: 'kherson-map-distance.json', body: distance },
];
export default downloads;
