// A licensed file fetched in the page, so the page can say what is happening: the sandbox
// makes a file on its first download (seconds for an HD clip), then sends it. Until the
// answer's headers arrive the file is being prepared ("Preparing your file… 12 s"), then
// its bytes arrive ("Downloading 4.2 MB of 18 MB"), then it is saved under the server's
// name. Links to another origin (the vendor's file host) go to the browser as a download
// through the gateway, which keeps their name.
import { useCallback, useState } from 'react';
import { fetchFile } from '@/api/files';
import { formatBytes } from '@/lib/format';
import { describeDownloadProblem } from './license-errors';
import { saveBlob, startDownload } from './start-download';

export type FileDownloadState =
  | { phase: 'idle' }
  | { phase: 'preparing'; seconds: number }
  | { phase: 'downloading'; loaded: number; total: number | undefined }
  | { phase: 'saved'; filename: string | undefined }
  | { phase: 'handed-off' }
  | { phase: 'failed'; message: string; technical: string | undefined };

function sameOrigin(url: string): boolean {
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

export function useFileDownload() {
  const [state, setState] = useState<FileDownloadState>({ phase: 'idle' });
  // Not aborted when the component goes away: closing a dialog must not lose the file.
  const start = useCallback(async (url: string) => {
    if (!sameOrigin(url)) {
      startDownload(url);
      setState({ phase: 'handed-off' });
      return;
    }
    const started = Date.now();
    setState({ phase: 'preparing', seconds: 0 });
    const timer = setInterval(() => {
      setState((now) =>
        now.phase === 'preparing'
          ? { phase: 'preparing', seconds: Math.floor((Date.now() - started) / 1000) }
          : now,
      );
    }, 1000);
    try {
      const file = await fetchFile(url, {
        onProgress: ({ loaded, total }) => {
          clearInterval(timer);
          setState({ phase: 'downloading', loaded, total });
        },
      });
      saveBlob(file.blob, file.filename ?? '');
      setState({ phase: 'saved', filename: file.filename });
    } catch (error) {
      setState({ phase: 'failed', ...describeDownloadProblem(error) });
    } finally {
      clearInterval(timer);
    }
  }, []);
  return { state, start };
}

/** What a download is doing, in words; empty when there is nothing to say. */
export function describeFileDownload(state: FileDownloadState): string {
  switch (state.phase) {
    case 'idle':
    case 'handed-off':
      return '';
    case 'preparing':
      return `Preparing your file… ${state.seconds} s`;
    case 'downloading': {
      const loaded = formatBytes(state.loaded) ?? '0 B';
      const total = formatBytes(state.total);
      return total ? `Downloading ${loaded} of ${total}` : `Downloading ${loaded}`;
    }
    case 'saved':
      return state.filename ? `Saved ${state.filename}` : 'Saved';
    case 'failed':
      return state.message;
  }
}

/** Whether the file is still on its way. */
export const isFileDownloadBusy = (state: FileDownloadState) =>
  state.phase === 'preparing' || state.phase === 'downloading';
