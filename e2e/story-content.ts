/** What the story should contain, computed from content/ the way an editor wrote it (for tests). */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { splitParagraphs } from '../src/lib/paragraphs';

interface CorrectionsFile {
  corrections: { paragraph: number; original: string; corrected: string; basis: 'typo' | 'context' | 'source' }[];
  notes: { paragraph: number; words: string }[];
}

export const sourceParagraphs = splitParagraphs(readFileSync('content/source/article.txt', 'utf8'));
const correctionsFile = yaml.load(readFileSync('content/corrections.yaml', 'utf8')) as CorrectionsFile;
export const corrections = correctionsFile.corrections;
export const notes = correctionsFile.notes;

/** The paragraph as the reader should see it: the source with the documented corrections applied. */
export function expectedParagraph(n: number): string {
  let text = sourceParagraphs[n - 1] ?? '';
  for (const c of corrections.filter((c) => c.paragraph === n)) text = text.replace(c.original, c.corrected);
  return text;
}

/** The reverse: the rendered text with every correction undone must give back the source. */
export function undoCorrections(n: number, rendered: string): string {
  let text = rendered;
  for (const c of corrections.filter((c) => c.paragraph === n)) text = text.replace(c.corrected, c.original);
  return text;
}
