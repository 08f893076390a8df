/** Download: the measured distance from the 12 Nov 2022 line of contact to Crimea (see kherson-map/measure.ts). */
import type { APIRoute } from 'astro';
import { frontToCrimea, frontToCrimeaKm, STEP_KM } from '../../visuals/kherson-map/measure';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        measures: "Shortest great-circle distance between DeepStateMap.live's line of contact of 2022-11-12T23:48:26Z and the boundary of the Autonomous Republic of Crimea (UA-43, Natural Earth admin-1)",
        method: `Both lines densified to points at most ${STEP_KM} km apart (great-circle interpolation), every pair compared with d3-geo geoDistance, mean Earth radius 6371.0088 km`,
        km: Math.round(frontToCrimea.km * 100) / 100,
        printed_km: frontToCrimeaKm,
        from_front_lon_lat: frontToCrimea.from.map((v) => Math.round(v * 1e5) / 1e5),
        to_crimea_border_lon_lat: frontToCrimea.to.map((v) => Math.round(v * 1e5) / 1e5),
        caveat: 'Both lines are generalised (DeepStateMap polygon edge; Natural Earth 1:10m); DeepStateMap data: © DeepStateMap.live',
      },
      null,
      2,
    ) + '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
