/** The context sources (content/data/context/sources.json): ids S01…S76 cited by the text and its notes. */
import data from '../../content/data/context/sources.json';

export interface Source {
  id: string;
  publisher: string;
  date: string;
  url: string;
  title: string;
  note?: string;
}

export const sources: ReadonlyMap<string, Source> = new Map((data.sources as Source[]).map((s) => [s.id, s]));

export function source(id: string): Source {
  const found = sources.get(id);
  if (!found) throw new Error(`unknown source id ${id} (content/data/context/sources.json)`);
  return found;
}
