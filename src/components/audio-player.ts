import { useCallback, useEffect, useSyncExternalStore } from 'react';

/**
 * The page's one audio player: a single <audio> element shared by every track row, so
 * only one preview ever plays. Client state (what is playing, where), not server data.
 */
export interface PlayerState {
  /** The id of the loaded preview (`audio:123`, `sfx:456`), or null. */
  current: string | null;
  playing: boolean;
  /** Seconds into the loaded preview. */
  time: number;
  /** The loaded preview's length in seconds (0 until known). */
  duration: number;
}

const IDLE: PlayerState = { current: null, playing: false, time: 0, duration: 0 };

type Listener = () => void;

export class AudioPlayerStore {
  private state: PlayerState = IDLE;
  private readonly listeners = new Set<Listener>();
  private element: HTMLAudioElement | null = null;
  private pendingSeek: number | null = null;

  constructor(private readonly createElement: () => HTMLAudioElement = defaultElement) {}

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  private set(patch: Partial<PlayerState>) {
    const next = { ...this.state, ...patch };
    if (
      next.current === this.state.current &&
      next.playing === this.state.playing &&
      next.time === this.state.time &&
      next.duration === this.state.duration
    )
      return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private audio(): HTMLAudioElement {
    if (this.element) return this.element;
    const audio = this.createElement();
    audio.preload = 'auto';
    const sync = () => {
      const duration = Number.isFinite(audio.duration) ? audio.duration : 0;
      this.set({ time: audio.currentTime, duration, playing: !audio.paused && !audio.ended });
    };
    audio.addEventListener('timeupdate', sync);
    audio.addEventListener('play', sync);
    audio.addEventListener('pause', sync);
    audio.addEventListener('ended', () => {
      this.set({ playing: false, time: 0 });
    });
    audio.addEventListener('loadedmetadata', () => {
      if (this.pendingSeek !== null) {
        audio.currentTime = this.pendingSeek;
        this.pendingSeek = null;
      }
      sync();
    });
    this.element = audio;
    return audio;
  }

  /** Makes `id` the loaded preview (stopping any other); does not start it. */
  private load(id: string, src: string) {
    const audio = this.audio();
    if (this.state.current === id) return audio;
    audio.pause();
    audio.src = src;
    this.pendingSeek = null;
    this.set({ current: id, playing: false, time: 0, duration: 0 });
    return audio;
  }

  play(id: string, src: string) {
    const audio = this.load(id, src);
    this.set({ playing: true });
    audio.play().catch(() => {
      if (this.state.current === id) this.set({ playing: false });
    });
  }

  pause() {
    this.element?.pause();
    this.set({ playing: false });
  }

  toggle(id: string, src: string) {
    if (this.state.current === id && this.state.playing) this.pause();
    else this.play(id, src);
  }

  /** Moves to `seconds` into `id`'s preview (loading it when another one is loaded). */
  seek(id: string, src: string, seconds: number) {
    const wasCurrent = this.state.current === id;
    const audio = this.load(id, src);
    const time = Math.max(0, seconds);
    if (wasCurrent && audio.readyState >= 1) audio.currentTime = time;
    else this.pendingSeek = time;
    this.set({ time });
  }

  /** Stops and forgets the loaded preview (leaving a page). */
  stop() {
    const audio = this.element;
    if (audio) {
      audio.pause();
      audio.removeAttribute('src');
    }
    this.set(IDLE);
  }
}

function defaultElement(): HTMLAudioElement {
  const audio = document.createElement('audio');
  audio.dataset.testid = 'audio-player';
  audio.hidden = true;
  document.body.append(audio);
  return audio;
}

/** The app's one player. */
export const audioPlayer = new AudioPlayerStore();

/**
 * This preview's part of the player state. Rows of other previews get the same idle
 * snapshot, so a playing track's time updates re-render its own row only.
 */
export function usePlayerTrack(id: string, store: AudioPlayerStore = audioPlayer) {
  const snapshot = useCallback(() => {
    const state = store.getState();
    return state.current === id ? state : IDLE;
  }, [store, id]);
  const state = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  const current = state.current === id;
  return {
    current,
    playing: current && state.playing,
    time: current ? state.time : 0,
    duration: current ? state.duration : 0,
  };
}

let mountedPages = 0;

/**
 * Marks a page that shows players: the preview keeps playing from a list to its detail
 * page, and stops when the user leaves for a page without players.
 */
export function useAudioPage(store: AudioPlayerStore = audioPlayer) {
  useEffect(() => {
    mountedPages++;
    return () => {
      mountedPages--;
      setTimeout(() => {
        if (mountedPages === 0) store.stop();
      }, 0);
    };
  }, [store]);
}
