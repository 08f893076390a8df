import { describe, expect, it } from 'vitest';
import { fragmentAt } from './address';

const passages = [
  { id: 'ankara-1', chapter: 'ankara' },
  { id: 'ankara-2', chapter: 'ankara' },
  { id: 'white-house-1', chapter: 'white-house' },
];

describe('fragmentAt: what the address bar says for the line', () => {
  it('is empty outside every chapter', () => {
    expect(fragmentAt(null, passages)).toBe('');
  });
  it('names the chapter on its head, before any of its passages has crossed', () => {
    expect(fragmentAt('white-house', passages.slice(0, 2))).toBe('#white-house');
  });
  it('names the last passage of that chapter that has crossed the line', () => {
    expect(fragmentAt('ankara', passages.slice(0, 2))).toBe('#ankara-2');
    expect(fragmentAt('white-house', passages)).toBe('#white-house-1');
  });
  it('never names a passage of another chapter', () => {
    expect(fragmentAt('white', [{ id: 'white-house-1', chapter: 'white-house' }])).toBe('#white');
  });
});
