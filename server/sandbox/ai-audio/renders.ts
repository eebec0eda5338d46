// Renders: kept per owner in the state database (migration 5), made in the background.
// A render waits, composes (synthesis), waits again, renders (encoding) and is CREATED
// with its files on disk under <dataDir>/media/renders/<id>/, or FAILED_CREATE. Each
// state lasts at least a moment, so clients polling every second see it move. Renders
// left unfinished by a restart are picked up again; files lost from disk are made again
// on request (the synthesis is deterministic).
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { SAMPLE_RATE } from '../audio/media/dsp';
import { PCM_INPUT, pcmBytes } from '../audio/media/encode';
import { runFfmpeg } from '../lib/ffmpeg';
import type { Db } from '../db';
import { createLimit } from '../lib/limit';
import { Synthesizer } from './synthesis';
import { planTimeline, type CreateRender, type Preset, type Timeline } from './timeline';

export const RENDER_STATUSES = [
  'WAITING_COMPOSE',
  'RUNNING_COMPOSE',
  'WAITING_RENDER',
  'RUNNING_RENDER',
  'CREATED',
  'FAILED_CREATE',
] as const;
export type RenderStatus = (typeof RENDER_STATUSES)[number];

/** A render id is valid for 48 hours, as the vendor's are. */
export const RENDER_TTL_MS = 48 * 60 * 60 * 1000;
/** Each state lasts at least this long (a render takes a few seconds in all). */
const STAGE_MS = 500;
const MP3_KBPS = 128;

export interface RenderFile {
  /** The file's name on disk and in its URL: '0.mp3', '1.json', … */
  file: string;
  filename: string;
  content_type: string;
  bits_sample: number;
  frequency_hz: number;
  kbits_second: number;
  size_bytes: number;
  tracks: string[];
}

export interface RenderRow {
  id: string;
  owner: string;
  preset: Preset;
  filename: string;
  timeline: Timeline;
  status: RenderStatus;
  progress: number;
  files: RenderFile[];
  created_time: string;
  updated_time: string;
}

interface RawRow extends Omit<RenderRow, 'timeline' | 'files'> {
  timeline: string;
  files: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 28 random letters and digits, like the vendor's render ids (and as hard to guess). */
function renderId(): string {
  return Array.from(crypto.randomBytes(28), (byte) => ALPHABET[byte % 62]).join('');
}

class RenderStopped extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isFinal = (status: RenderStatus) => status === 'CREATED' || status === 'FAILED_CREATE';

export class Renders {
  /** Synthesis and encoding are CPU-bound: one render at a time. */
  private readonly limit = createLimit(1);
  private readonly rebuilding = new Map<string, Promise<void>>();
  private stopped = false;
  private readonly synthesizer = new Synthesizer();

  constructor(
    private readonly db: Db,
    private readonly dir: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Stops making renders (the server is closing); unfinished ones resume on the next start. */
  stop(): void {
    this.stopped = true;
    this.synthesizer.close();
  }

  /** Picks up renders a restart left unfinished. */
  resume(): void {
    const rows = this.db
      .prepare(`SELECT id FROM audio_renders WHERE status NOT IN ('CREATED', 'FAILED_CREATE')`)
      .all() as { id: string }[];
    for (const { id } of rows) this.schedule(id);
  }

  create(owner: string, request: CreateRender): RenderRow {
    const now = new Date().toISOString();
    const id = renderId();
    this.db
      .prepare(
        `INSERT INTO audio_renders (id, owner, preset, filename, timeline, status, progress, files, created_time, updated_time)
         VALUES (?, ?, ?, ?, ?, 'WAITING_COMPOSE', 0, '[]', ?, ?)`,
      )
      .run(id, owner, request.preset, request.filename, JSON.stringify(request.timeline), now, now);
    this.schedule(id);
    return this.find(id) as RenderRow;
  }

  /** A render by id, whoever owns it (for its files' URLs, which are unguessable). */
  find(id: string): RenderRow | undefined {
    const row = this.db.prepare(`SELECT * FROM audio_renders WHERE id = ?`).get(id) as
      RawRow | undefined;
    return row && { ...row, timeline: JSON.parse(row.timeline), files: JSON.parse(row.files) };
  }

  /** The owner's renders among `ids` that are still valid; others' and expired ones are missing. */
  owned(owner: string, ids: string[], now = Date.now()): RenderRow[] {
    return ids
      .map((id) => this.find(id))
      .filter(
        (row): row is RenderRow =>
          row !== undefined &&
          row.owner === owner &&
          Date.parse(row.created_time) > now - RENDER_TTL_MS,
      );
  }

  filePath(id: string, file: string): string {
    return path.join(this.dir, id, file);
  }

  /**
   * Makes a CREATED render's files again when they are gone from disk. A newer synthesis
   * may make them a few bytes apart from the first time: the render then describes the
   * files it now serves.
   */
  rebuild(row: RenderRow): Promise<void> {
    const pending = this.rebuilding.get(row.id);
    if (pending) return pending;
    const work = this.limit(async () => {
      const files = await this.produce(row, () => undefined);
      if (!this.db.open) return;
      this.db
        .prepare(`UPDATE audio_renders SET files = ? WHERE id = ?`)
        .run(JSON.stringify(files), row.id);
    }).finally(() => this.rebuilding.delete(row.id));
    this.rebuilding.set(row.id, work);
    return work;
  }

  private update(id: string, status: RenderStatus, progress: number, files?: RenderFile[]): void {
    if (this.stopped || !this.db.open) throw new RenderStopped();
    this.db
      .prepare(
        `UPDATE audio_renders SET status = ?, progress = ?, updated_time = ?${files ? ', files = ?' : ''} WHERE id = ?`,
      )
      .run(
        status,
        Math.round(progress),
        new Date().toISOString(),
        ...(files ? [JSON.stringify(files)] : []),
        id,
      );
  }

  private schedule(id: string): void {
    void this.limit(() => (this.stopped ? Promise.resolve() : this.run(id))).catch(
      (error: unknown) => {
        if (this.stopped || !this.db.open) return;
        this.log.error({ err: error, render: id }, 'custom music render failed');
        this.update(id, 'FAILED_CREATE', 100);
      },
    );
  }

  private async run(id: string): Promise<void> {
    const row = this.find(id);
    if (!row || isFinal(row.status)) return;
    await sleep(STAGE_MS);
    this.update(id, 'RUNNING_COMPOSE', 5);
    let last = 5;
    const files = await this.produce(
      row,
      (stage, fraction) => {
        const progress = stage === 'compose' ? 5 + fraction * 55 : 65 + fraction * 30;
        if (stage === 'render' && fraction === 0) return this.update(id, 'RUNNING_RENDER', 65);
        if (progress - last >= 5) {
          last = progress;
          this.update(id, stage === 'compose' ? 'RUNNING_COMPOSE' : 'RUNNING_RENDER', progress);
        }
      },
      async () => {
        this.update(id, 'WAITING_RENDER', 60);
        await sleep(STAGE_MS);
      },
    );
    await sleep(STAGE_MS);
    this.update(id, 'CREATED', 100, files);
  }

  /** Synthesises and encodes a render's files into its folder; answers their descriptions. */
  private async produce(
    row: RenderRow,
    progress: (stage: 'compose' | 'render', fraction: number) => void,
    betweenStages: () => Promise<void> = async () => undefined,
  ): Promise<RenderFile[]> {
    const plan = planTimeline(row.timeline, '$.body.audio_renders[0]');
    const folder = path.join(this.dir, row.id);
    await fs.mkdir(folder, { recursive: true });
    const base = row.filename.replace(/\.(mp3|wav)$/i, '') || 'render';
    const files: RenderFile[] = [];
    const write = async (description: Omit<RenderFile, 'size_bytes'>, body: Buffer) => {
      const temp = path.join(folder, `.${description.file}.${process.pid}.tmp`);
      await fs.writeFile(temp, body);
      await fs.rename(temp, path.join(folder, description.file));
      files.push({ ...description, size_bytes: body.length });
    };
    const wav = (file: string, filename: string, tracks: string[]) => ({
      file,
      filename,
      content_type: 'audio/wav',
      bits_sample: 16,
      frequency_hz: SAMPLE_RATE,
      kbits_second: Math.round((SAMPLE_RATE * 16) / 1000),
      tracks,
    });
    const {
      master,
      wav: masterWav,
      waveform,
    } = await this.synthesizer.run(
      { plan, stems: row.preset === 'STEMS_WAV', wav: row.preset === 'MASTER_WAV' },
      {
        onProgress: (fraction) => progress('compose', fraction),
        onStem: (name, bytes) =>
          write(wav(`${files.length}.wav`, `${base}_${name}.wav`, [name]), bytes),
      },
    );
    await betweenStages();
    progress('render', 0);
    if (row.preset === 'MASTER_MP3') {
      const mp3 = await runFfmpeg(
        [
          ...PCM_INPUT,
          ...['-map_metadata', '-1', '-metadata', `title=${base}`],
          ...['-metadata', 'comment=Stockroom sandbox custom music'],
          ...['-c:a', 'libmp3lame', '-b:a', `${MP3_KBPS}k`, '-compression_level', '7', '-f', 'mp3'],
          'pipe:1',
        ],
        pcmBytes(master),
      );
      await write(
        {
          file: '0.mp3',
          filename: `${base}.mp3`,
          content_type: 'audio/mp3',
          bits_sample: 16,
          frequency_hz: SAMPLE_RATE,
          kbits_second: MP3_KBPS,
          tracks: ['master'],
        },
        mp3,
      );
    } else if (masterWav) {
      await write(wav('0.wav', `${base}.wav`, ['master']), masterWav);
    }
    progress('render', 0.8);
    await write(
      {
        file: `${files.length}.json`,
        filename: 'waveform.json',
        content_type: 'application/json',
        bits_sample: 8,
        frequency_hz: Math.round(600 / plan.duration),
        kbits_second: 0,
        tracks: ['master'],
      },
      waveform,
    );
    return files;
  }
}
