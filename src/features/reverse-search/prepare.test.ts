import { describe, expect, it } from 'vitest';
import { fileProblem, firstFile } from './prepare';

const file = (name: string, type: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type });

describe('fileProblem: the vendor limits, checked before anything is sent', () => {
  it('takes JPEG and PNG pictures up to 10 MB', () => {
    expect(fileProblem(file('a.jpg', 'image/jpeg'))).toBeUndefined();
    expect(fileProblem(file('a.png', 'image/png', 10 * 1024 * 1024))).toBeUndefined();
  });

  it('names what is wrong: not a picture, another format, too large', () => {
    expect(fileProblem(file('notes.txt', 'text/plain'))).toMatch(/not a picture/);
    expect(fileProblem(file('a.gif', 'image/gif'))).toMatch(/^GIF images can’t be searched/);
    expect(fileProblem(file('a.webp', 'image/webp'))).toMatch(/^WEBP images/);
    expect(fileProblem(file('a.svg', 'image/svg+xml'))).toMatch(/^SVG images/);
    expect(fileProblem(file('big.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1))).toMatch(
      /10\.1 MB; pictures can be at most 10 MB/,
    );
  });
});

describe('firstFile', () => {
  it('prefers a picture among several files, else the first; nothing when empty', () => {
    const text = file('a.txt', 'text/plain');
    const picture = file('b.png', 'image/png');
    // A FileList is array-like; the test environment cannot build a real one.
    const list = (...files: File[]) => files as unknown as FileList;
    expect(firstFile(list(text, picture))).toBe(picture);
    expect(firstFile(list(text))).toBe(text);
    expect(firstFile(null)).toBeUndefined();
  });
});
