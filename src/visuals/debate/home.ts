/**
 * Which chapter's notes hold the debate's full tables: the first chapter (in story order) that
 * shows the debate. Other chapters list only the voices and events their own passages highlight
 * and link there, so the page carries the full list once. Build time only (astro:content).
 */
import { getCollection } from 'astro:content';

export async function debateHome(): Promise<string> {
  const entries = (await getCollection('chapters')).sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
  const first = entries.find((e) => e.data.visual === 'debate' || e.data.passages.some((p) => p.visual === 'debate'));
  if (!first) throw new Error('debate: no chapter shows the debate');
  return first.data.slug;
}
