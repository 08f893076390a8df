import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines and drops leading and trailing blank lines', () => {
    expect(splitParagraphs('\n\n\nOne.\n\nTwo.\n\n')).toEqual(['One.', 'Two.']);
  });
  it('folds line breaks inside a paragraph into spaces', () => {
    expect(splitParagraphs('One\nline.\n\nTwo.')).toEqual(['One line.', 'Two.']);
  });
  it('treats CRLF and whitespace-only lines as separators', () => {
    expect(splitParagraphs('One.\r\n \r\nTwo.')).toEqual(['One.', 'Two.']);
  });
  it('finds the 36 paragraphs of the article, ending with the contributors line', () => {
    const paragraphs = splitParagraphs(readFileSync('content/source/article.txt', 'utf8'));
    expect(paragraphs).toHaveLength(36);
    expect(paragraphs[0]).toMatch(/^The general spoke regularly/);
    expect(paragraphs[35]).toBe('Nahal Toosi and Paul McLeary contributed to this report.');
  });
});
