/**
 * kherson-map: the Kherson front line, November 2022.
 *
 * One map of southern Ukraine that zooms and changes with the passages about the front:
 * DeepStateMap.live's territorial control on Nov 7 and Nov 12, 2022 (the last snapshot
 * before the withdrawal was announced, and one after it was complete), Natural Earth base
 * layers with Crimea inside Ukraine's border, GeoNames places. Geometry is projected at build
 * (geo.ts, frames.ts, render.ts); the browser moves a camera, fades layers and, for the
 * withdrawal, interpolates the line of contact between the two snapshots (client.ts).
 *
 * States:
 *   where         locator: Ukraine in Europe, Crimea included, occupied areas shaded
 *   south         the whole occupied south on Nov 12, Crimea occupied since 2014
 *   before        Kherson area on Nov 7: the bridgehead on the right (west) bank
 *   withdrawal    the line moves from the Nov 7 loop back to the Dnipro (animated)
 *   after         Kherson area on Nov 12: the city retaken, the river now the front
 *   crimea        from the new front to Crimea, with the distance measured on the data
 *   kherson-city  Kherson close up: what the occupiers destroyed, who remains
 */
import { defineVisual } from '../types';
import { frontToCrimeaKm } from './measure';

export default defineVisual({
  name: 'kherson-map',
  title: 'Map: the Kherson front line, November 2022',
  states: {
    where: {
      label: 'Where',
      description:
        'Locator map of Ukraine, Crimea shown inside its borders, with the areas Russia occupied on November 12, 2022 shaded in the south and east and a box around the southern region the next maps show.',
    },
    south: {
      label: 'The occupied south',
      description:
        'Map of southern Ukraine on November 12, 2022: Russian forces hold a wide belt from the left (east) bank of the Dnipro past Melitopol to the edge of the map, and Crimea, occupied since 2014.',
    },
    before: {
      label: 'Nov 7: the bridgehead',
      description:
        'Map of the Kherson area on November 7, 2022: Russian forces hold a bridgehead on the right (west) bank of the Dnipro, with Kherson, Snihurivka and Beryslav inside the line of contact.',
    },
    withdrawal: {
      label: 'The withdrawal',
      description:
        'Animated map of the Russian withdrawal from the right bank, ordered on November 9 and declared complete on November 11, 2022: the line of contact moves from its November 7 loop round the bridgehead back to the Dnipro, where it lies on November 12, and the ground Ukraine retook from November 9 to 11 fills in its own color.',
    },
    after: {
      label: 'Nov 12: the river is the front',
      description:
        'Map of the Kherson area on November 12, 2022: Kherson is back in Ukrainian hands, with about 75,000 people remaining and its essential services destroyed, and the Dnipro is now the line of contact, with Russian forces on the left (east) bank; the ground retaken since November 7 is shaded in its own color.',
    },
    crimea: {
      label: 'Crimea',
      description: `Map from Kherson to Crimea, Ukrainian territory occupied by Russia since 2014: measured on the map's data, the November 12 line of contact comes within about ${frontToCrimeaKm} km of Crimea's administrative border.`,
    },
    'kherson-city': {
      label: 'Kherson after liberation',
      description:
        'Close-up map of Kherson after its liberation, with Russian forces across the river: before fleeing, the occupiers destroyed communications, water, heating and electricity, and some 75,000 people remain in the city.',
    },
  },
});
