// The synthesis of renders, in a worker thread so the server keeps answering while
// minutes of music are made. For each request: progress, each stem's WAV as it is made,
// then the master (samples for the MP3 encoder, its WAV when asked) and its peaks.
import { parentPort } from 'node:worker_threads';
import { waveformJson } from '../audio/media/waveform';
import { encodeWav, synthesizePlan } from './synth';
import type { SynthesisMessage, SynthesisRequest } from './synthesis';

const post = (message: SynthesisMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

parentPort?.on('message', async ({ plan, stems, wav }: SynthesisRequest) => {
  try {
    const master = await synthesizePlan(plan, {
      onProgress: (fraction) => post({ kind: 'progress', fraction }),
      onStem: stems
        ? async (stem) => {
            const bytes = encodeWav(stem.pcm);
            post({ kind: 'stem', name: stem.name, wav: bytes }, [bytes.buffer as ArrayBuffer]);
          }
        : undefined,
    });
    const masterWav = wav ? encodeWav(master) : undefined;
    const waveform = waveformJson(master);
    post({ kind: 'done', master, wav: masterWav, waveform }, [master.buffer as ArrayBuffer]);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
