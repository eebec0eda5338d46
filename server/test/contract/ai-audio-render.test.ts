// A render as a client lives it: it moves through the vendor's states to CREATED, and its
// files are real audio that follows the timeline (the requested length, the tempo of its
// sections); another tempo or descriptor makes other music; stems come one file a layer.
import { expect, it } from 'vitest';
import {
  ANALYSIS_RATE,
  decodeAudio,
  estimateTempo,
  tempoMatches,
} from '../../sandbox/audio/media/analysis';
import { createTestApp } from '../app';
import { oneSection } from '../renders';
import { describeContract, field, qs, useContractClient } from './harness';

interface Render {
  id: string;
  status: string;
  progress_percent: number;
  files: {
    download_url: string;
    filename: string;
    content_type: string;
    tracks: string[];
    size_bytes: number;
  }[];
}

const FINAL = ['CREATED', 'FAILED_CREATE'];

describeContract('custom music renders', () => {
  const api = useContractClient(import.meta.filename);

  async function start(...renders: unknown[]): Promise<string[]> {
    const { status, body } = await api.send('POST', '/v2/ai/audio/renders', {
      body: { audio_renders: renders },
    });
    expect(status).toBe(200);
    return (field(body, 'audio_renders') as Render[]).map((r) => r.id);
  }

  /** Polls until every render is final; answers them and every status seen on the way. */
  async function finish(ids: string[]): Promise<{ renders: Render[]; seen: Set<string> }> {
    const seen = new Set<string>();
    for (;;) {
      const { status, body } = await api.get(`/v2/ai/audio/renders?${qs({ id: ids })}`);
      expect(status).toBe(200);
      const renders = field(body, 'audio_renders') as Render[];
      for (const r of renders) seen.add(r.status);
      if (renders.every((r) => FINAL.includes(r.status))) return { renders, seen };
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async function download(file: Render['files'][number]) {
    const response = await api.app.inject({ url: new URL(file.download_url).pathname });
    expect(response.statusCode).toBe(200);
    return response;
  }

  it(
    'a two-section render moves through its states to CREATED and its MP3 lasts the requested time',
    { timeout: 120_000 },
    async () => {
      const [id] = await start({
        preset: 'MASTER_MP3',
        filename: 'Opening titles.mp3',
        timeline: {
          spans: [
            {
              id: 1,
              span_type: 'metered',
              time: 0,
              tempo: 96,
              regions: [
                { id: 1, region: 'music', descriptor: 'cinematic_strings_heartfelt', beat: 0 },
              ],
              instrument_groups: [
                { instrument_group: 'harp', statuses: [{ beat: 0, status: 'active' }] },
              ],
            },
            {
              id: 2,
              span_type: 'metered',
              time: 6,
              tempo: 120,
              regions: [{ id: 1, region: 'music', descriptor: 'pop_upbeat_happy', beat: 0 }],
            },
            { span_type: 'unmetered', time: 13 },
          ],
        },
      });
      const { renders, seen } = await finish([String(id)]);
      const [done] = renders;
      expect(done?.status).toBe('CREATED');
      expect(done?.progress_percent).toBe(100);
      expect(seen.size).toBeGreaterThan(1);
      expect(
        [...seen].every((s) =>
          [
            'WAITING_COMPOSE',
            'RUNNING_COMPOSE',
            'WAITING_RENDER',
            'RUNNING_RENDER',
            'CREATED',
          ].includes(s),
        ),
      ).toBe(true);

      const mp3 = done?.files.find((f) => f.content_type === 'audio/mp3');
      expect(mp3?.filename).toBe('Opening titles.mp3');
      expect(mp3?.tracks).toEqual(['master']);
      const response = await download(mp3!);
      expect(response.headers['content-type']).toBe('audio/mpeg');
      expect(String(response.headers['content-disposition'])).toContain('Opening titles.mp3');
      expect(response.rawPayload.length).toBe(mp3?.size_bytes);
      const pcm = await decodeAudio(response.rawPayload);
      expect(pcm.length / ANALYSIS_RATE).toBeCloseTo(13, 0);

      // Seeking works (byte ranges), and the waveform describes the same audio.
      const part = await api.app.inject({
        url: new URL(mp3!.download_url).pathname,
        headers: { range: 'bytes=0-99' },
      });
      expect(part.statusCode).toBe(206);
      const waveform = done?.files.find((f) => f.filename === 'waveform.json');
      expect(JSON.parse((await download(waveform!)).body)).toEqual(
        expect.objectContaining({ bits: 8 }),
      );
    },
  );

  it(
    'another tempo or descriptor makes other music, at its own tempo; WAV and stems are real files',
    { timeout: 180_000 },
    async () => {
      const ids = await start(
        oneSection('electronic_house_groovy', 124, 12),
        oneSection('electronic_house_groovy', 96, 12),
        oneSection('jazz_lounge_smooth', 124, 12, 'MASTER_WAV'),
        oneSection('hip_hop_lofi_chill', 80, 6, 'STEMS_WAV'),
      );
      const { renders } = await finish(ids);
      expect(renders.map((r) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
      const decoded = await Promise.all(
        renders.slice(0, 3).map(async (r) => decodeAudio((await download(r.files[0]!)).rawPayload)),
      );
      const [fast, slow, jazz] = decoded as [Float32Array, Float32Array, Float32Array];
      for (const pcm of decoded) expect(pcm.length / ANALYSIS_RATE).toBeCloseTo(12, 0);
      expect(tempoMatches(estimateTempo(fast), 124)).toBe(true);
      expect(tempoMatches(estimateTempo(slow), 96)).toBe(true);
      const difference = (a: Float32Array, b: Float32Array) => {
        let sum = 0;
        for (let n = 0; n < Math.min(a.length, b.length); n++)
          sum += Math.abs((a[n] as number) - (b[n] as number));
        return sum / a.length;
      };
      expect(difference(fast, jazz)).toBeGreaterThan(0.01);
      expect(difference(fast, slow)).toBeGreaterThan(0.01);

      const wav = (await download(renders[2]!.files[0]!)).rawPayload;
      expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
      expect(renders[2]!.files[0]!.content_type).toBe('audio/wav');

      const stems = renders[3]!.files.filter((f) => f.content_type === 'audio/wav');
      expect(stems.map((f) => f.tracks[0])).toEqual([
        'band',
        'classic_rhodes',
        'tight_electronic_kit',
        'upright_acoustic_bass',
      ]);
      for (const stem of stems) {
        const pcm = await decodeAudio((await download(stem)).rawPayload);
        expect(pcm.length / ANALYSIS_RATE).toBeCloseTo(6, 0);
      }
    },
  );

  it(
    'descriptors and instruments have previews that play their music',
    { timeout: 60_000 },
    async () => {
      for (const list of ['descriptors', 'instruments']) {
        const { body } = await api.get(`/v2/ai/audio/${list}?${qs({ per_page: 1 })}`);
        const [item] = field(body, 'data') as { previews: { url: string }[] }[];
        const response = await api.app.inject({ url: new URL(item!.previews[0]!.url).pathname });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('audio/mpeg');
        const pcm = await decodeAudio(response.rawPayload);
        expect(pcm.length / ANALYSIS_RATE).toBeCloseTo(10, 0);
      }
      const missing = await api.app.inject({
        url: '/sandbox/media/ai-audio/descriptors/polka/preview.mp3',
      });
      expect(missing.statusCode).toBe(404);
    },
  );

  it(
    'a render a restart interrupted is finished after the restart',
    { timeout: 120_000 },
    async () => {
      const first = await createTestApp();
      const created = await first.inject({
        method: 'POST',
        url: '/v2/ai/audio/renders',
        headers: { authorization: `Bearer ${api.token}` },
        payload: { audio_renders: [oneSection('ambient_drone_calm', 70, 4)] },
      });
      const id = String((created.json() as { audio_renders: Render[] }).audio_renders[0]?.id);
      await first.close();
      const second = await createTestApp();
      try {
        for (;;) {
          const response = await second.inject({
            url: `/v2/ai/audio/renders?id=${id}`,
            headers: { authorization: `Bearer ${api.token}` },
          });
          const [render] = (response.json() as { audio_renders: Render[] }).audio_renders;
          if (render?.status === 'CREATED') break;
          expect(render?.status).not.toBe('FAILED_CREATE');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      } finally {
        await second.close();
      }
    },
  );

  it('files of an unknown render are not found', async () => {
    const response = await api.app.inject({
      url: `/sandbox/media/renders/${'B'.repeat(28)}/0.mp3`,
    });
    expect(response.statusCode).toBe(404);
  });
});
