// A licensed video clip: the whole duration at the clip's size, frame rate and bit rate,
// without the watermark, made from the same still as the previews (render.ts).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { sceneSvg } from '../../media/render';
import { motionOf, pictureOf, run, type VideoMediaSpec } from './render';

/** A licensed 4K clip takes far longer than a preview. */
const LICENSED_TIMEOUT_MS = 300_000;

/** A licensed clip is made of copies of two encoded segments (a pan and its return) this long. */
const SEGMENT_SECONDS = 3;
/** How far the licensed clip's still is larger than the clip: the room the pan moves in. */
const PAN_ROOM = 1.12;

/** The exact frame rate ffmpeg should use: the NTSC rates as their 1001 fractions. */
export function frameRate(fps: number): string {
  const ntsc = Math.round(fps * 1.001);
  return Math.abs(fps - ntsc / 1.001) < 0.01 && fps % 1 !== 0 ? `${ntsc * 1000}/1001` : String(fps);
}

export interface LicensedClip {
  width: number;
  height: number;
  /** The clip's full duration: it is delivered whole. */
  seconds: number;
  fps: number;
  /** Constant bit rate of the H.264 stream, bits a second. */
  bitsPerSecond: number;
}

/**
 * A licensed clip, without the watermark: a slow pan across the clip's picture and back,
 * for the clip's full duration at its frame rate, H.264 (avc1) at a constant bit rate in
 * a QuickTime MOV, written to outFile.
 *
 * Made fast enough to wait for: the pan and its return are encoded once each (a few
 * seconds of frames, each starting on a key frame), plus the last partial segment, and the
 * clip is those segments copied end to end (ffmpeg's concat, no re-encoding). The pan is a
 * moving crop of one still (no per-frame scaling), and x264's ultrafast preset at a fixed
 * bit rate with filler makes the file's size the rate times the duration.
 */
export async function renderLicensedClip(
  spec: VideoMediaSpec,
  clip: LicensedClip,
  outFile: string,
): Promise<void> {
  const { width, height, bitsPerSecond } = clip;
  const rate = frameRate(clip.fps);
  const total = Math.max(1, Math.round(clip.seconds * clip.fps));
  const segment = Math.max(1, Math.min(total, Math.round(SEGMENT_SECONDS * clip.fps)));
  const whole = Math.floor(total / segment);
  const tail = total % segment;

  const picture = pictureOf(spec);
  const stillWidth = 2 * Math.ceil((width * PAN_ROOM) / 2);
  const stillHeight = 2 * Math.ceil((height * PAN_ROOM) / 2);
  // The scene drawn at up to 2400 px and scaled up: soft, like the previews, and quick.
  const drawScale = Math.min(1, 2400 / Math.max(stillWidth, stillHeight));
  const drawn = sharp(
    Buffer.from(
      sceneSvg(picture, Math.round(stillWidth * drawScale), Math.round(stillHeight * drawScale)),
    ),
  );
  const stillPng = await (
    drawScale < 1 ? drawn.resize(stillWidth, stillHeight, { fit: 'fill' }) : drawn
  )
    .blur(0.8)
    .png({ compressionLevel: 1 })
    .toBuffer();

  // The pan: from (x0, y0) to (x1, y1), fractions of the room, then back.
  const m = motionOf(spec);
  const x0 = m.x0;
  const x1 = Math.abs(m.x1 - m.x0) < 0.4 ? (m.x0 < 0.5 ? 1 : 0) : m.x1;
  const [y0, y1] = [m.y0, m.y1];
  const roomX = stillWidth - width;
  const roomY = stillHeight - height;
  const along = (from: number, to: number, room: number) =>
    `${(room * from).toFixed(3)}+${(room * (to - from)).toFixed(3)}*n/${segment}`;
  const crop = (forward: boolean) =>
    forward
      ? `crop=${width}:${height}:x='${along(x0, x1, roomX)}':y='${along(y0, y1, roomY)}'`
      : `crop=${width}:${height}:x='${along(x1, x0, roomX)}':y='${along(y1, y0, roomY)}'`;

  const parts: { name: string; forward: boolean }[] = [{ name: 'forward', forward: true }];
  if (whole >= 2 || tail > 0) parts.push({ name: 'back', forward: false });

  const bits = String(bitsPerSecond);
  const codec = [
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...['-b:v', bits, '-minrate', bits, '-maxrate', bits, '-bufsize', String(bitsPerSecond / 2)],
    ...['-x264-params', 'nal-hrd=cbr:force-cfr=1', '-g', String(segment)],
    ...['-r', rate, '-an', '-f', 'mov'],
  ];

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-licensed-'));
  try {
    const stillFile = path.join(dir, 'still.png');
    await fs.writeFile(stillFile, stillPng);
    const labels = parts.map((part) => `[${part.name}]`);
    const filter =
      `[0:v]format=yuv420p,loop=loop=-1:size=1:start=0,setsar=1,split=${parts.length}${parts
        .map((_, i) => `[s${i}]`)
        .join('')};` + parts.map((part, i) => `[s${i}]${crop(part.forward)}${labels[i]}`).join(';');
    const outputs = parts.flatMap((part, i) => [
      ...['-map', labels[i] as string, '-frames:v', String(segment)],
      ...codec,
      path.join(dir, `${part.name}.mov`),
    ]);
    await run(
      [
        ...['-hide_banner', '-loglevel', 'error', '-y'],
        ...['-framerate', rate, '-i', stillFile],
        ...['-filter_complex', filter],
        ...outputs,
      ],
      LICENSED_TIMEOUT_MS,
    );
    // Forward, back, forward… and the last one cut after `tail` frames: with no B-frames
    // (ultrafast) every frame refers only to earlier ones, so a segment's packets can be
    // dropped from any frame on without re-encoding.
    const lines: string[] = [];
    for (let i = 0; i < whole + (tail > 0 ? 1 : 0); i++) {
      lines.push(`file '${i % 2 === 0 ? 'forward' : 'back'}.mov'`);
      if (i === whole) lines.push(`outpoint ${((tail - 0.5) / clip.fps).toFixed(6)}`);
    }
    const list = path.join(dir, 'list.txt');
    await fs.writeFile(list, lines.join('\n') + '\n');
    await run(
      [
        ...['-hide_banner', '-loglevel', 'error', '-y'],
        ...['-f', 'concat', '-safe', '0', '-i', list],
        ...['-c', 'copy', '-map_metadata', '-1', '-movflags', '+faststart'],
        ...['-metadata', `title=Stockroom sandbox ${spec.label}`, '-f', 'mov', outFile],
      ],
      LICENSED_TIMEOUT_MS,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
