// Tracks as the vendor returns them (the Audio schema), read from SQLite by id.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { rowsByIds } from '../lib/rows-by-id';
import { audioMediaPath, PREVIEW_SECONDS, previewFileSize } from './media/paths';
import { wavFileSize } from './media/wav';

export type AudioView = 'minimal' | 'full';

export interface TrackRow {
  id: number;
  title: string;
  description: string;
  artist_ids: string;
  album_id: number;
  album_title: string;
  bpm: number;
  duration: number;
  genres: string;
  moods: string;
  instruments: string;
  vocal_description: string;
  is_instrumental: number;
  keywords: string;
  added_date: string;
  published_time: string;
  popularity: number;
  musical_key: number;
}

interface AssetDetails {
  url?: string;
  file_size: number;
}

export interface Audio {
  id: string;
  media_type: 'audio';
  title: string;
  description: string;
  artists: { name: string }[];
  album?: { id: string; title: string };
  bpm: number;
  duration: number;
  genres: string[];
  moods: string[];
  instruments: string[];
  is_instrumental: boolean;
  vocal_description: string;
  added_date: string;
  contributor: { id: string };
  assets: Record<string, AssetDetails>;
  keywords?: string[];
  language?: string;
  lyrics?: string;
  isrc?: string;
  is_adult?: boolean;
  published_time?: string;
  submitted_time?: string;
  updated_time?: string;
  recording_version?: string;
  releases?: string[];
  similar_artists?: { name: string }[];
  model_releases?: { id: string }[];
  url?: string;
}

/** What the preview synthesiser needs to know about a track. */
export interface TrackSoundSpec {
  id: string;
  bpm: number;
  duration: number;
  genres: string[];
  moods: string[];
  instruments: string[];
  key: number;
  /** The vocal description ('' for instrumentals): who sings the wordless vocal line. */
  vocals: string;
}

const ASSET_ID = /^[1-9]\d{0,14}$/;
const SELECT = `SELECT t.*, a.title AS album_title FROM tracks t JOIN albums a ON a.id = t.album_id`;

const HOUR_MS = 3_600_000;
const shiftTime = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * HOUR_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class TrackStore {
  private readonly byId: Statement<[number], TrackRow>;
  private readonly artistName: Statement<[number], string>;
  private readonly artists = new Map<number, string>();

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], TrackRow>(`${SELECT} WHERE t.id = ?`);
    this.artistName = db.prepare<[number], string>('SELECT name FROM artists WHERE id = ?').pluck();
  }

  find(id: string): TrackRow | undefined {
    if (!ASSET_ID.test(id)) return undefined;
    return this.byId.get(Number(id));
  }

  /** Rows of several ids, in the order given; unknown ids are left out. */
  findMany(ids: number[]): TrackRow[] {
    return rowsByIds<TrackRow>(this.db, SELECT, 't.id', ids);
  }

  nameOf(artistId: number): string {
    let name = this.artists.get(artistId);
    if (name === undefined) {
      name = this.artistName.get(artistId) ?? '';
      this.artists.set(artistId, name);
    }
    return name;
  }

  soundSpec(id: string): TrackSoundSpec | undefined {
    const row = this.find(id);
    if (!row) return undefined;
    return {
      id: String(row.id),
      bpm: row.bpm,
      duration: row.duration,
      genres: JSON.parse(row.genres) as string[],
      moods: JSON.parse(row.moods) as string[],
      instruments: JSON.parse(row.instruments) as string[],
      key: row.musical_key,
      vocals: row.vocal_description,
    };
  }

  /** A track in the vendor's shape; `origin` makes the media URLs absolute. */
  toAudio(row: TrackRow, view: AudioView, origin: string): Audio {
    const id = String(row.id);
    const artistIds = row.artist_ids.split(',').map(Number);
    const media = (file: Parameters<typeof audioMediaPath>[2]) => ({
      url: `${origin}${audioMediaPath('audio', id, file)}`,
      file_size: previewFileSize('audio', id, file, Math.min(PREVIEW_SECONDS, row.duration)),
    });
    const audio: Audio = {
      id,
      media_type: 'audio',
      title: row.title,
      description: row.description,
      artists: artistIds.map((artistId) => ({ name: this.nameOf(artistId) })),
      bpm: row.bpm,
      duration: row.duration,
      genres: JSON.parse(row.genres) as string[],
      moods: JSON.parse(row.moods) as string[],
      instruments: JSON.parse(row.instruments) as string[],
      is_instrumental: row.is_instrumental === 1,
      vocal_description: row.vocal_description,
      added_date: row.added_date,
      contributor: { id: String(artistIds[0]) },
      assets: {
        preview_mp3: media('preview.mp3'),
        preview_ogg: media('preview.ogg'),
        waveform: media('waveform.png'),
      },
    };
    if (view === 'minimal') return audio;
    // The licensed files: 16-bit stereo WAV at 44.1 kHz, and a mix without the lead.
    const wavBytes = wavFileSize(row.duration);
    audio.assets.original_audio = { file_size: wavBytes };
    audio.assets.clean_audio = { file_size: wavBytes };
    return {
      ...audio,
      album: { id: String(row.album_id), title: row.album_title },
      keywords: JSON.parse(row.keywords) as string[],
      language: 'en',
      lyrics: '',
      isrc: '',
      is_adult: false,
      submitted_time: shiftTime(row.published_time, -72),
      published_time: row.published_time,
      updated_time: shiftTime(row.published_time, 30),
      recording_version: '',
      releases: [],
      similar_artists: [],
      model_releases: [],
      url: '',
    };
  }
}
