import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import type { DownloadedFile } from '@/api/files';
import { collectFiles, uniqueName } from './collect';

const file = (name: string, text = name): DownloadedFile => ({
  blob: new Blob([text]),
  filename: name,
});

describe('collectFiles', () => {
  it('replaces an expired link with a new one, retries a flaky item, and reports the one that keeps failing', async () => {
    const links: string[] = [];
    let flaky = 0;
    const result = await collectFiles(
      ['a', 'b', 'c', 'gone'].map((key) => ({
        key,
        link: async () => {
          const url = `${key}#${links.filter((l) => l.startsWith(key)).length}`;
          links.push(url);
          if (key === 'gone') throw new ApiError(404, 'License not found');
          return url;
        },
      })),
      {
        backoff: () => 0,
        fetchFile: async (url, { onProgress }) => {
          // a's first link has expired; b fails twice on the network, then arrives.
          if (url === 'a#0') throw new ApiError(410, 'This download link expired');
          if (url.startsWith('b') && flaky++ < 2) throw new ApiError(0, 'offline');
          onProgress?.({ loaded: 3, total: 3 });
          return file(`${url[0]}.jpg`);
        },
      },
    );
    expect(result.files.map((f) => f.name).sort()).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(links.filter((l) => l.startsWith('a'))).toEqual(['a#0', 'a#1']);
    expect(links.filter((l) => l.startsWith('b'))).toHaveLength(3);
    // Not found will not change by asking again: one try, then reported.
    expect(result.failed.map((f) => f.key)).toEqual(['gone']);
    expect(links.filter((l) => l.startsWith('gone'))).toHaveLength(1);
  });

  it('gives every file its own name in the ZIP', () => {
    const taken = new Set<string>();
    expect(['x.jpg', 'x.jpg', 'x.jpg', 'y'].map((n) => uniqueName(n, taken))).toEqual([
      'x.jpg',
      'x (2).jpg',
      'x (3).jpg',
      'y',
    ]);
  });
});
