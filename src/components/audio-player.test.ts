import { describe, expect, it, vi } from 'vitest';
import { AudioPlayerStore } from './audio-player';

/** A stand-in for <audio>: the store's calls recorded, events fired by hand. */
function fakeAudio() {
  const element = new EventTarget() as EventTarget & {
    src: string;
    paused: boolean;
    ended: boolean;
    currentTime: number;
    duration: number;
    readyState: number;
    preload: string;
    play: () => Promise<void>;
    pause: () => void;
    removeAttribute: (name: string) => void;
  };
  Object.assign(element, {
    src: '',
    paused: true,
    ended: false,
    currentTime: 0,
    duration: NaN,
    readyState: 0,
    preload: '',
  });
  element.play = vi.fn(() => {
    element.paused = false;
    element.dispatchEvent(new Event('play'));
    return Promise.resolve();
  });
  element.pause = vi.fn(() => {
    element.paused = true;
    element.dispatchEvent(new Event('pause'));
  });
  element.removeAttribute = vi.fn(() => {
    element.src = '';
  });
  return element;
}

function setup() {
  const audio = fakeAudio();
  const store = new AudioPlayerStore(() => audio as unknown as HTMLAudioElement);
  return { audio, store };
}

describe('the one audio player', () => {
  it('plays one preview at a time: playing another stops the first', () => {
    const { audio, store } = setup();
    store.play('audio:1', '/a.mp3');
    expect(audio.src).toBe('/a.mp3');
    expect(store.getState()).toMatchObject({ current: 'audio:1', playing: true });
    store.play('audio:2', '/b.mp3');
    expect(audio.pause).toHaveBeenCalled();
    expect(audio.src).toBe('/b.mp3');
    expect(store.getState()).toMatchObject({ current: 'audio:2', playing: true, time: 0 });
  });

  it('toggles between playing and paused', () => {
    const { audio, store } = setup();
    store.toggle('sfx:9', '/s.mp3');
    expect(store.getState().playing).toBe(true);
    store.toggle('sfx:9', '/s.mp3');
    expect(store.getState().playing).toBe(false);
    expect(audio.paused).toBe(true);
  });

  it('seeks the loaded preview at once, and another one once its metadata is in', () => {
    const { audio, store } = setup();
    store.play('audio:1', '/a.mp3');
    audio.readyState = 4;
    store.seek('audio:1', '/a.mp3', 12);
    expect(audio.currentTime).toBe(12);
    store.seek('audio:2', '/b.mp3', 7);
    expect(audio.src).toBe('/b.mp3');
    expect(store.getState()).toMatchObject({ current: 'audio:2', time: 7, playing: false });
    audio.currentTime = 0;
    audio.duration = 30;
    audio.dispatchEvent(new Event('loadedmetadata'));
    expect(audio.currentTime).toBe(7);
    expect(store.getState().duration).toBe(30);
  });

  it('tells subscribers, and stops', () => {
    const { store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    store.play('audio:1', '/a.mp3');
    expect(listener).toHaveBeenCalled();
    store.stop();
    expect(store.getState()).toMatchObject({ current: null, playing: false });
  });
});
