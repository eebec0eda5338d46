import { describe, expect, it } from 'vitest';
import { compFilename, compOf } from './comp';

describe('compOf', () => {
  it('takes the largest watermarked preview of each media type, named as a comp', () => {
    expect(
      compOf('image', '123', {
        preview: { url: '/p.jpg', width: 450, height: 300 },
        preview_1500: { url: '/p1500.jpg', width: 1500, height: 1000 },
        huge_jpg: { width: 5000, height: 3333 },
      }),
    ).toEqual({
      url: '/p1500.jpg',
      filename: 'shutterstock_123_comp.jpg',
      detail: 'JPEG · 1500 × 1000 px',
    });
    expect(compOf('image', '9', { preview: { url: '/p.jpg', width: 450, height: 300 } })?.url).toBe(
      '/p.jpg',
    );
    expect(compOf('video', '5', { preview_mp4: { url: '/v.mp4' }, hd: { width: 1920 } })).toEqual({
      url: '/v.mp4',
      filename: 'shutterstock_5_comp.mp4',
      detail: 'MP4',
    });
    expect(
      compOf('audio', '7', { preview_mp3: { url: '/a.mp3', file_size: 480_000 } })?.detail,
    ).toBe('MP3 · 480 KB');
    expect(
      compOf('editorial-image', '9411046s', { watermark_1500: { url: '/e.jpg' } })?.filename,
    ).toBe('shutterstock_9411046s_comp.jpg');
    expect(compOf('sfx', '1', {})).toBeUndefined();
  });

  it('keeps file names safe', () => {
    expect(compFilename('a/b..c', 'mp3')).toBe('shutterstock_a_b__c_comp.mp3');
  });
});
