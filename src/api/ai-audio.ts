// Custom music (`/v2/ai/audio/…`): descriptors and instruments to compose with, renders
// made from a timeline and polled until they are final, and the waveform of a finished one.
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiGet, apiRequest, ApiError } from './client';
import { downloadFile } from './files';

export interface CustomPreview {
  content_type: string;
  url: string;
}

export interface CustomDescriptor {
  id: string;
  name: string;
  average_render_speed?: number;
  bands?: { id: string; name: string }[];
  instruments?: { id: string; name: string }[];
  min_tempo?: number;
  max_tempo?: number;
  previews?: CustomPreview[];
  tags?: string[];
}

export interface CustomInstrument {
  id: string;
  name: string;
  previews?: CustomPreview[];
  tags?: string[];
}

export interface ListResult<T> {
  data: T[];
  page?: number;
  per_page?: number;
}

export type AudioRenderStatus =
  | 'WAITING_COMPOSE'
  | 'RUNNING_COMPOSE'
  | 'WAITING_RENDER'
  | 'RUNNING_RENDER'
  | 'CREATED'
  | 'FAILED_CREATE';

export type AudioRenderPreset = 'MASTER_MP3' | 'MASTER_WAV' | 'STEMS_WAV';

export interface AudioRenderRegion {
  id: number;
  region: 'music' | 'silence';
  descriptor: string;
  beat: number;
  end_type?: { beat: number; event: 'ending' | 'transition'; type: 'ringout' | 'cut' };
}

export interface AudioRenderSpan {
  id?: number;
  span_type: 'metered' | 'unmetered';
  time: number;
  tempo?: number;
  regions?: AudioRenderRegion[];
  instrument_groups?: {
    instrument_group: string;
    statuses?: { beat: number; status: 'active' | 'inactive' }[];
  }[];
}

export interface AudioRenderTimeline {
  spans?: AudioRenderSpan[];
}

export interface AudioRenderFile {
  filename: string;
  content_type: string;
  download_url: string;
  bits_sample: number;
  frequency_hz: number;
  kbits_second: number;
  size_bytes: number;
  tracks: string[];
}

export interface AudioRender {
  id: string;
  status: AudioRenderStatus;
  progress_percent?: number;
  preset?: AudioRenderPreset;
  created_date?: string;
  updated_date?: string;
  timeline: AudioRenderTimeline;
  files?: AudioRenderFile[];
}

export interface CreateAudioRender {
  preset: AudioRenderPreset;
  filename: string;
  timeline: AudioRenderTimeline;
}

export const isFinalRender = (render: AudioRender) =>
  render.status === 'CREATED' || render.status === 'FAILED_CREATE';

const HOUR = 3_600_000;
/** How often unfinished renders are asked about. */
export const RENDER_POLL_MS = 1_000;

export const aiAudioKeys = {
  all: ['ai-audio'] as const,
  descriptors: () => [...aiAudioKeys.all, 'descriptors'] as const,
  instruments: () => [...aiAudioKeys.all, 'instruments'] as const,
  renders: (ids: readonly string[]) => [...aiAudioKeys.all, 'renders', [...ids].sort()] as const,
  waveform: (url: string) => [...aiAudioKeys.all, 'waveform', url] as const,
};

/** `GET /v2/ai/audio/descriptors`: the first hundred (the API's largest page). */
export function descriptorsOptions() {
  return queryOptions({
    queryKey: aiAudioKeys.descriptors(),
    queryFn: ({ signal }) =>
      apiGet<ListResult<CustomDescriptor>>('/v2/ai/audio/descriptors', { per_page: 100 }, signal),
    staleTime: HOUR,
  });
}

/** `GET /v2/ai/audio/instruments`: the first hundred. */
export function instrumentsOptions() {
  return queryOptions({
    queryKey: aiAudioKeys.instruments(),
    queryFn: ({ signal }) =>
      apiGet<ListResult<CustomInstrument>>('/v2/ai/audio/instruments', { per_page: 100 }, signal),
    staleTime: HOUR,
  });
}

/**
 * `GET /v2/ai/audio/renders?id=…`, asked again every second while any is unfinished.
 * Ids that are gone (expired after 48 hours, or another account's) are simply absent.
 */
export function rendersOptions(ids: readonly string[]) {
  return queryOptions({
    queryKey: aiAudioKeys.renders(ids),
    queryFn: async ({ signal }) => {
      if (ids.length === 0) return [];
      try {
        const result = await apiGet<{ audio_renders: AudioRender[] }>(
          '/v2/ai/audio/renders',
          { id: ids },
          signal,
        );
        return result.audio_renders;
      } catch (error) {
        if (error instanceof ApiError && error.isNotFound) return [];
        throw error;
      }
    },
    // A newly started render joins the list without the others blinking out.
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      (query.state.data ?? []).some((render) => !isFinalRender(render)) ? RENDER_POLL_MS : false,
  });
}

/** Peaks of a finished render (the audiowaveform JSON among its files). */
export function renderWaveformOptions(url: string) {
  return queryOptions({
    queryKey: aiAudioKeys.waveform(url),
    queryFn: async ({ signal }) => {
      const blob = await downloadFile(url, { signal });
      return JSON.parse(await blob.text()) as { data?: number[]; bits?: number };
    },
    staleTime: Infinity,
  });
}

export function useDescriptors() {
  return useQuery(descriptorsOptions());
}

export function useInstruments() {
  return useQuery(instrumentsOptions());
}

export function useRenders(ids: readonly string[]) {
  return useQuery(rendersOptions(ids));
}

/** `POST /v2/ai/audio/renders` with one render; answers it (waiting to compose). */
export function useCreateRender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (render: CreateAudioRender) => {
      const result = await apiRequest<{ audio_renders: AudioRender[] }>('/v2/ai/audio/renders', {
        method: 'POST',
        body: { audio_renders: [render] },
      });
      const created = result.audio_renders[0];
      if (!created) throw new ApiError(500, 'The render was not started');
      return created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...aiAudioKeys.all, 'renders'] }),
  });
}
