import { describe, expect, it } from 'vitest';
import { historyParams, parseFilters, serializeFilters } from './params';

describe('Downloads filters in the URL', () => {
  it('reads what the page and the export link write, dropping what is malformed', () => {
    const filters = parseFilters(
      'type=video&from=2026-02-01&to=2026-2-28&downloadable=1&mine=0&client=%20Acme%20&job=',
    );
    expect(filters).toEqual({
      type: 'video',
      from: '2026-02-01',
      downloadable: true,
      client: 'Acme',
    });
    expect(serializeFilters({ ...filters, mine: false }).toString()).toBe(
      'type=video&from=2026-02-01&downloadable=1&client=Acme',
    );
    expect(parseFilters('type=fonts&mine=1')).toEqual({ mine: true });
  });

  it('asks the API for the team’s history unless only mine, the end day included', () => {
    expect(historyParams(parseFilters('to=2026-02-28&downloadable=1'))).toEqual({
      sort: 'newest',
      team_history: true,
      download_availability: 'downloadable',
      end_date: '2026-03-01T00:00:00.000Z',
    });
    expect(historyParams(parseFilters('mine=1')).team_history).toBe(false);
  });
});
