import { describe, expect, it } from 'vitest';
import { excludeExpression, formatQuery, includeExpression, parseQuery, Vocabulary } from './text';

describe('search text', () => {
  it('parses terms, drops stopwords, and takes NOT as excluding the next term', () => {
    const query = parseQuery('Dogs on the Beach NOT cats, NOT "birds"');
    expect(query).toEqual({ include: ['dogs', 'beach'], exclude: ['cats', 'birds'] });
    expect(includeExpression(query)).toBe('"dogs" "beach"');
    expect(excludeExpression(query)).toBe('"cats" OR "birds"');
    expect(formatQuery(query)).toBe('dogs beach NOT cats NOT birds');
  });

  it('keeps FTS5 syntax out of the expression', () => {
    expect(includeExpression(parseQuery('NEAR(cat dog) "x* OR y'))).toBe(
      '"near" "cat" "dog" "x" "y"',
    );
    expect(includeExpression(parseQuery('the of'))).toBeUndefined();
  });

  it('corrects a misspelt word to the most frequent close word', () => {
    const vocabulary = new Vocabulary([
      ['business', 900],
      ['businesses', 3],
      ['people', 1200],
      ['purple', 40],
    ]);
    expect(vocabulary.correct('buisness')).toBe('business');
    expect(vocabulary.correct('peeple')).toBe('people');
    expect(vocabulary.correct('people')).toBeUndefined();
    expect(vocabulary.correct('xylophonist')).toBeUndefined();
  });
});
