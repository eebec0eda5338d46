// The search engine over a tiny FTS5 catalog: text matches and NOT, bm25 relevance
// (captions weigh double), the popular and newest orders, filters, the results cache (keyed
// by what shapes a result only), spellcheck, and random order.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Vocabulary } from '../catalog/text';
import { CatalogSearch, indexOfId, searchOrders, type Filter } from './catalog-search';

// id, caption, keywords, popularity
const ROWS: Array<[number, string, string, number]> = [
  [10, 'red barn in a field', 'farm rural', 5],
  [20, 'city street at night', 'urban red lights', 50],
  [30, 'red red apple', 'fruit food', 20],
  [40, 'green field', 'grass farm', 40],
];

const db = new Database(':memory:');
db.exec('CREATE VIRTUAL TABLE things_fts USING fts5(description, keywords)');
const insert = db.prepare('INSERT INTO things_fts (rowid, description, keywords) VALUES (?, ?, ?)');
for (const [id, caption, keywords] of ROWS) insert.run(id, caption, keywords);
afterAll(() => db.close());

const ids = Int32Array.from(ROWS, (row) => row[0]);
const columns = {
  size: ROWS.length,
  ...searchOrders(Int32Array.from(ROWS, (row) => row[3])),
  indexOf: (id: number) => indexOfId(ids, id),
};
const idsOf = (indexes: Int32Array) => Array.from(indexes, (i) => ids[i]);

function engine() {
  return new CatalogSearch({
    db,
    ftsTable: 'things_fts',
    columns,
    vocabulary: new Vocabulary([
      ['field', 3],
      ['red', 3],
    ]),
    bm25Limit: 100,
    cacheMegabytes: 1,
    unshaping: ['fields'],
  });
}

describe('CatalogSearch', () => {
  it('orders by popularity (the default) or newest first, over every asset without a query', () => {
    const search = engine();
    const all = { query: undefined, filters: [], params: {} };
    expect(idsOf(search.search({ ...all, sort: undefined }).indexes)).toEqual([20, 40, 30, 10]);
    expect(idsOf(search.search({ ...all, sort: 'newest' }).indexes)).toEqual([40, 30, 20, 10]);
  });

  it('matches text in captions and keywords, leaves out NOT terms, and ranks captions first', () => {
    const search = engine();
    const run = (query: string, sort: 'popular' | 'relevance') =>
      idsOf(search.search({ query, sort, filters: [], params: {} }).indexes);
    expect(run('red', 'popular')).toEqual([20, 30, 10]);
    expect(run('red NOT apple', 'popular')).toEqual([20, 10]);
    // In the caption twice, in the caption once, in the keywords only.
    expect(run('red', 'relevance')).toEqual([30, 10, 20]);
  });

  it('applies every filter', () => {
    const farm: Filter = (i) => ids[i] !== 20;
    const result = engine().search({ query: 'red', sort: 'popular', filters: [farm], params: {} });
    expect(idsOf(result.indexes)).toEqual([30, 10]);
  });

  it('caches results by the parameters that shape them, not by paging or view', () => {
    const search = engine();
    const none: Filter[] = [];
    const first = search.search({
      query: 'red',
      sort: 'popular',
      filters: none,
      params: { page: 1 },
    });
    const paged = search.search({
      query: 'red',
      sort: 'popular',
      filters: [() => false],
      params: { page: 2, view: 'full', fields: 'x' },
    });
    expect(paged.indexes).toBe(first.indexes);
    const shaped = search.search({
      query: 'red',
      sort: 'popular',
      filters: [() => false],
      params: { safe: false },
    });
    expect(shaped.indexes).toHaveLength(0);
  });

  it('corrects a query that matches nothing, and says so; searches it as typed when asked to', () => {
    const search = engine();
    const corrected = search.search({ query: 'feild', sort: 'popular', filters: [], params: {} });
    expect(corrected.corrected).toBe('field');
    expect(idsOf(corrected.indexes)).toEqual([40, 10]);
    const asTyped = search.search({
      query: 'feild',
      sort: 'popular',
      filters: [],
      params: {},
      applyCorrection: false,
    });
    expect(asTyped.corrected).toBe('field');
    expect(asTyped.indexes).toHaveLength(0);
  });

  it('answers sort=random with every match, in some order', () => {
    const result = engine().search({ query: 'red', sort: 'random', filters: [], params: {} });
    expect(idsOf(result.indexes).sort()).toEqual([10, 20, 30]);
  });
});
