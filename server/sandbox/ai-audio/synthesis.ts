// Runs renders' synthesis (synth-worker.ts) in one worker thread, started on the first
// render under the TypeScript loader the server runs under (tsx) and kept for the next
// ones; one render at a time (the caller queues them). A worker that fails is replaced.
import { Worker } from 'node:worker_threads';
import type { RenderPlan } from './timeline';

export interface SynthesisRequest {
  plan: RenderPlan;
  /** Hand over each layer's WAV (the STEMS_WAV preset). */
  stems: boolean;
  /** Hand over the master's WAV (the MASTER_WAV preset). */
  wav: boolean;
}

export type SynthesisMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'stem'; name: string; wav: Uint8Array }
  | { kind: 'done'; master: Float32Array; wav: Uint8Array | undefined; waveform: Uint8Array }
  | { kind: 'failed'; message: string };

export interface SynthesisResult {
  master: Float32Array;
  wav: Buffer | undefined;
  waveform: Buffer;
}

export interface SynthesisListeners {
  onProgress: (fraction: number) => void;
  onStem: (name: string, wav: Buffer) => Promise<void>;
}

/** A render that takes longer than this has gone wrong. */
const TIMEOUT_MS = 5 * 60_000;

const bytes = (array: Uint8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

export class Synthesizer {
  private worker: Worker | undefined;

  /** The synthesis of one render; rejects when it fails, times out or the synthesizer closes. */
  run(request: SynthesisRequest, listeners: SynthesisListeners): Promise<SynthesisResult> {
    const worker = this.start();
    return new Promise<SynthesisResult>((resolve, reject) => {
      // Stems are written in order; the result waits for the last of them.
      let written = Promise.resolve();
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onExit);
        outcome();
      };
      const onFailure = (error: Error) => {
        finish(() => reject(error));
        this.drop(worker);
      };
      const onExit = (code: number) => onFailure(new Error(`the synthesis stopped (exit ${code})`));
      const onMessage = (message: SynthesisMessage) => {
        if (message.kind === 'progress') listeners.onProgress(message.fraction);
        else if (message.kind === 'stem') {
          const wav = bytes(message.wav);
          written = written.then(() => listeners.onStem(message.name, wav));
        } else if (message.kind === 'failed') finish(() => reject(new Error(message.message)));
        else {
          const { master, wav, waveform } = message;
          finish(() =>
            written.then(
              () => resolve({ master, wav: wav && bytes(wav), waveform: bytes(waveform) }),
              reject,
            ),
          );
        }
      };
      const timer = setTimeout(() => onFailure(new Error('the synthesis timed out')), TIMEOUT_MS);
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Stops the worker (and with it any synthesis under way). */
  close(): void {
    if (this.worker) this.drop(this.worker);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const loader = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./synth-worker.ts', import.meta.url).href;
    this.worker = new Worker(
      `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
      { eval: true },
    );
    // An idle worker does not keep the process alive.
    this.worker.unref();
    return this.worker;
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
