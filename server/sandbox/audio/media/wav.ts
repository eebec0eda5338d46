// A WAV file (RIFF, 16-bit PCM, stereo, 44.1 kHz) from mono float samples: the format
// licensed music comes in, with the size the API reports (4 bytes a sample frame).
import { SAMPLE_RATE } from './dsp';

const CHANNELS = 2;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

/** The bytes of the WAV of a sound this long: what the API announces, to the byte. */
export function wavFileSize(seconds: number): number {
  return (
    HEADER_BYTES + Math.max(1, Math.round(seconds * SAMPLE_RATE)) * CHANNELS * BYTES_PER_SAMPLE
  );
}

export function wavFile(pcm: Float32Array): Buffer {
  const dataBytes = pcm.length * CHANNELS * BYTES_PER_SAMPLE;
  const out = Buffer.alloc(HEADER_BYTES + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16); // fmt chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(CHANNELS, 22);
  out.writeUInt32LE(SAMPLE_RATE, 24);
  out.writeUInt32LE(SAMPLE_RATE * CHANNELS * BYTES_PER_SAMPLE, 28);
  out.writeUInt16LE(CHANNELS * BYTES_PER_SAMPLE, 32);
  out.writeUInt16LE(16, 34); // bits per sample
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  for (let i = 0, at = HEADER_BYTES; i < pcm.length; i++, at += 4) {
    const value = Math.round(Math.max(-1, Math.min(1, pcm[i] as number)) * 32767);
    out.writeInt16LE(value, at);
    out.writeInt16LE(value, at + 2);
  }
  return out;
}
