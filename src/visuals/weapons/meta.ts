/**
 * weapons — "the weapons lists": what the US was sending Ukraine as stocks ran low (chapter 11).
 *
 * States, in order:
 *   named-items   the four items the text names, at honest scale in a unit chart: one square per
 *                 Avenger system or T-72B tank, one circle per 1,000 South Korean 155mm shells,
 *                 and HAWK missiles listed without marks (no number was given), each with its use.
 *   packages      the two packages of the week before the article, item by item, each with its
 *                 quantity as written: Nov 4 ($400 million of USAI funds) and Nov 10 (drawdown of
 *                 up to $400 million).
 *   since-march   a selection, titled so: the package lists we have (14 of the 30 packages of
 *                 Feb 25–Nov 10, 2022), one row per date, one dot per kind of item listed (not a
 *                 quantity), by category: the later lists lean to air defense and ammunition.
 * Every view has a title drawn in the SVG (layout.ts `title`).
 * Passages: paragraph 32 (the Nov 4 and 10 announcements) → packages; paragraph 33 (shells from
 * South Korea) → named-items (the key state). since-march is reached with the figure's own view
 * buttons. Data: content/data/aid/ (article-items.json, capabilities.json, weapons/items.json).
 */
import { defineVisual } from '../types';
import { ITEMS, NAMED, packageCoverage, pkg } from './data';
import { shortDate } from '../kit/dates';

const n = Object.fromEntries(NAMED.map((x) => [x.key, x]));
const count = (key: string): number => n[key]?.blocks.reduce((s, b) => s + b.count, 0) ?? 0;
const shellsPer = n.shells?.unit?.per ?? 1;
const nov4 = pkg('2022-11-04');
const nov10 = pkg('2022-11-10');
const t72Item = ITEMS.find((i) => i.named === 't72');
const avengerItem = ITEMS.find((i) => i.named === 'avenger');
const coverage = packageCoverage();

export default defineVisual({
  name: 'weapons',
  title: 'The weapons lists: what the US was sending Ukraine in November 2022',
  states: {
    'named-items': {
      label: 'The four',
      description: `The four items the text names, at scale: ${n.avenger?.headline.toLowerCase()}, one square each; ${n.t72?.headline} (${n.t72?.quantity}), one square each; ${n.shells?.headline}, drawn as ${count('shells')} circles of ${shellsPer.toLocaleString('en-US')}; and HAWK missiles, for which no number was given.`,
    },
    packages: {
      label: 'Nov 4 & 10',
      description: `The two packages announced the week before the article, item by item: ${shortDate(nov4.date, true)}, ${nov4.label.toLowerCase()}, with HAWK refurbishment and ${t72Item?.quantity ?? ''} T-72B tanks; ${shortDate(nov10.date, true)}, ${nov10.label.toLowerCase()}, with HAWK missiles and ${avengerItem?.quantity?.toLowerCase() ?? ''} Avenger systems.`,
    },
    'since-march': {
      label: 'Since March',
      description: `Selected packages: of the ${coverage.total} drawdowns and USAI packages announced from ${shortDate(coverage.first)} to ${shortDate(coverage.last, true)}, the ${coverage.listed} whose item lists are in our data, one row per date and one dot per kind of item listed (not a quantity), by category (air defense, artillery and ammunition, armor and vehicles, drones, other): air defense and ammunition appear more often in the later lists.`,
    },
  },
});
