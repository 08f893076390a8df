/** Download: the weapons visual's rows as JSON, with the caveats that go with them. */
import type { APIRoute } from 'astro';
import { downloadRows } from '../../../visuals/weapons/download';
import { packagesNotItemized } from '../../../visuals/weapons/data';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        about:
          'Items drawn in the "weapons lists" visual: the four items the article names and the item lists of US packages from 16 Mar to 10 Nov 2022, with quantities exactly as the sources wrote them. Categories are editorial. No cumulative totals: the DoD fact sheet of Nov 2022 is not in our data.',
        sources_note:
          'source_cited_as is the original publisher and date, as the page cites it; source_url is the link for readers and source_url_kind says what it is (original, full copy, official listing, copy consulted). source_consulted_url is the copy the facts were read from and source_unverified_original_url a guessed address never seen: neither is a link we recommend.',
        packages_without_item_lists: packagesNotItemized(),
        rows: downloadRows(),
      },
      null,
      1,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
