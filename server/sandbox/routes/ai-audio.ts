// The vendor's custom-music operations: instruments, descriptors and renders. Any
// credentials will do, as the document says (basic auth or a user token, no scope);
// renders belong to whoever made them, and another owner's render id is not found.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { PREVIEWS_PATH, RENDER_FILES_PATH, rendersOf, type RendersDeps } from '../ai-audio';
import type { RenderRow } from '../ai-audio/renders';
import { bodyPath, createRendersBody, planTimeline } from '../ai-audio/timeline';
import {
  bandsOf,
  DESCRIPTORS,
  INSTRUMENTS,
  instrumentById,
  type DescriptorInfo,
  type InstrumentInfo,
} from '../ai-audio/vocab';
import { missingIdsErrors, SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { pageSchema, pageSlice, stringList } from '../schemas';

const ANY = { kind: 'any' } as const;
const perPage = { type: 'integer', minimum: 1, maximum: 100, default: 20 } as const;
/** The sandbox's limit on ids per GET /v2/ai/audio/renders (the document sets none). */
const MAX_RENDER_IDS = 50;

/** Whose renders a request sees: the user's, or the API client's under basic auth. */
function ownerOf(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal?.kind === 'user') return principal.user.id;
  if (principal?.kind === 'client') return `client:${principal.client.client_id}`;
  throw SandboxError.unauthorized('Missing access token or client credentials');
}

const preview = (origin: string, kind: 'descriptors' | 'instruments', id: string) => [
  { content_type: 'audio/mp3', url: `${origin}${PREVIEWS_PATH}/${kind}/${id}/preview.mp3` },
];

function descriptorShape(descriptor: DescriptorInfo, origin: string) {
  return {
    id: descriptor.id,
    name: descriptor.name,
    average_render_speed: descriptor.render_speed,
    bands: bandsOf(descriptor),
    instruments: descriptor.instruments.map((id) => ({
      id,
      name: instrumentById.get(id)?.name ?? id,
    })),
    min_tempo: descriptor.min_tempo,
    max_tempo: descriptor.max_tempo,
    previews: preview(origin, 'descriptors', descriptor.id),
    tags: descriptorTags(descriptor),
  };
}

/** A descriptor's tags as listed and filtered: its genre, moods and own tags, once each. */
const descriptorTags = (descriptor: DescriptorInfo) =>
  [descriptor.genre, ...descriptor.moods, ...descriptor.tags].filter(
    (tag, i, all) => all.indexOf(tag) === i,
  );

function instrumentShape(instrument: InstrumentInfo, origin: string) {
  return {
    id: instrument.id,
    name: instrument.name,
    previews: preview(origin, 'instruments', instrument.id),
    tags: instrument.tags,
  };
}

function renderShape(row: RenderRow, origin: string) {
  return {
    id: row.id,
    status: row.status,
    progress_percent: row.progress,
    preset: row.preset,
    created_date: row.created_time,
    updated_date: row.updated_time,
    timeline: row.timeline,
    files: row.files.map(({ file, ...rest }) => ({
      ...rest,
      download_url: `${origin}${RENDER_FILES_PATH}/${row.id}/${file}`,
    })),
  };
}

/** The query every vocabulary list takes: paging, ids, an exact name and a tag. */
interface VocabularyQuery {
  page: number;
  per_page: number;
  id?: string[];
  name?: string;
  tag?: string;
}

interface DescriptorQuery extends VocabularyQuery {
  render_speed_over?: number;
  band_id?: string;
  band_name?: string;
  instrument_name?: string;
  instrument_id?: string;
  tempo?: number;
  tempo_from?: number;
  tempo_to?: number;
}

export const aiAudioRoutes: FastifyPluginAsync<RendersDeps> = async (app, deps) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const renders = rendersOf(deps, app.log);
  app.addHook('onClose', async () => renders.stop());

  /** A paged vocabulary list, filtered by id, name, tag and the list's own parameters. */
  function vocabularyRoute<T extends { id: string; name: string }, Q extends VocabularyQuery>(
    path: string,
    list: {
      items: readonly T[];
      maxIds: number;
      /** The list's own query parameters (between id and name, as the document orders them). */
      filters?: Record<string, unknown>;
      matches?: (item: T, q: Q) => boolean;
      tags: (item: T) => readonly string[];
      shape: (item: T, origin: string) => unknown;
    },
  ) {
    app.get(
      path,
      {
        config: { auth: ANY },
        schema: {
          querystring: {
            type: 'object',
            properties: {
              page: pageSchema,
              per_page: perPage,
              id: { ...stringList(), maxItems: list.maxIds },
              ...list.filters,
              name: { type: 'string' },
              tag: { type: 'string' },
            },
          },
        },
      },
      async (request) => {
        // The schema above makes it so: paging defaulted, the list's own filters typed.
        const q = request.query as Q;
        const origin = requestOrigin(request);
        const found = list.items.filter(
          (item) =>
            (!q.id || q.id.includes(item.id)) &&
            (q.name === undefined || item.name === q.name) &&
            (q.tag === undefined || list.tags(item).includes(q.tag)) &&
            (list.matches?.(item, q) ?? true),
        );
        return {
          data: pageSlice(found, q).map((item) => list.shape(item, origin)),
          page: q.page,
          per_page: q.per_page,
        };
      },
    );
  }

  vocabularyRoute<DescriptorInfo, DescriptorQuery>('/ai/audio/descriptors', {
    items: DESCRIPTORS,
    maxIds: 20,
    filters: {
      render_speed_over: { type: 'number' },
      band_id: { type: 'string' },
      band_name: { type: 'string' },
      instrument_name: { type: 'string' },
      instrument_id: { type: 'string' },
      tempo: { type: 'number' },
      tempo_from: { type: 'number' },
      tempo_to: { type: 'number' },
    },
    matches(descriptor, q) {
      const bands = bandsOf(descriptor);
      const instruments = descriptor.instruments.map((id) => instrumentById.get(id));
      return (
        (q.render_speed_over === undefined || descriptor.render_speed >= q.render_speed_over) &&
        (q.band_id === undefined || bands.some((band) => band.id === q.band_id)) &&
        (q.band_name === undefined || bands.some((band) => band.name === q.band_name)) &&
        (q.instrument_id === undefined || descriptor.instruments.includes(q.instrument_id)) &&
        (q.instrument_name === undefined ||
          instruments.some((instrument) => instrument?.name === q.instrument_name)) &&
        (q.tempo === undefined ||
          (descriptor.min_tempo <= q.tempo && q.tempo <= descriptor.max_tempo)) &&
        (q.tempo_from === undefined || descriptor.max_tempo >= q.tempo_from) &&
        (q.tempo_to === undefined || descriptor.min_tempo <= q.tempo_to)
      );
    },
    tags: descriptorTags,
    shape: descriptorShape,
  });

  vocabularyRoute<InstrumentInfo, VocabularyQuery>('/ai/audio/instruments', {
    items: INSTRUMENTS,
    maxIds: 100,
    tags: (instrument) => instrument.tags,
    shape: instrumentShape,
  });

  api.get(
    '/ai/audio/renders',
    {
      config: { auth: ANY },
      schema: {
        querystring: {
          type: 'object',
          required: ['id'],
          properties: {
            id: {
              ...stringList({ type: 'string', minLength: 1 }),
              minItems: 1,
              maxItems: MAX_RENDER_IDS,
            },
          },
        },
      },
    },
    async (request) => {
      const ids = [...new Set(request.query.id)];
      const found = renders.owned(ownerOf(request), ids);
      const missing = ids.filter((id) => !found.some((row) => row.id === id));
      if (found.length === 0)
        throw new SandboxError(
          404,
          'Render not found',
          missingIdsErrors(missing, 'Renders').errors ?? [],
        );
      const origin = requestOrigin(request);
      return {
        audio_renders: found.map((row) => renderShape(row, origin)),
        ...missingIdsErrors(missing, 'Renders'),
      };
    },
  );

  api.post(
    '/ai/audio/renders',
    {
      config: { auth: ANY },
      schema: { body: createRendersBody },
      // Name the field itself ($.body.audio_renders[0].timeline.spans[1].tempo), not only its array.
      schemaErrorFormatter: (errors) => {
        const issue = errors[0];
        if (!issue) return SandboxError.badRequest('The body is not valid', '$.body');
        const missing =
          issue.keyword === 'required' ? String(issue.params.missingProperty) : undefined;
        const at = bodyPath(issue.instancePath, missing);
        const name =
          at
            .split('.')
            .pop()
            ?.replace(/\[\d+\]$/, '') ?? 'body';
        const message =
          issue.keyword === 'enum'
            ? `${name} must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`
            : missing
              ? `Missing required property: ${missing}`
              : `${name} ${issue.message ?? 'is invalid'}`;
        return SandboxError.badRequest(message, at, `VALIDATION_${issue.keyword.toUpperCase()}`);
      },
    },
    async (request) => {
      const owner = ownerOf(request);
      const requested = request.body.audio_renders;
      // Check every render before starting any: all or nothing.
      requested.forEach((render, i) => planTimeline(render.timeline, `$.body.audio_renders[${i}]`));
      const origin = requestOrigin(request);
      return {
        audio_renders: requested.map((render) =>
          renderShape(renders.create(owner, render), origin),
        ),
      };
    },
  );
};
