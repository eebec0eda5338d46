// GET …/licenses for every media type: the license history, the user's or the team's.
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { requestUser } from '../../auth';
import { SandboxError } from '../../errors';
import { pagedAnswer } from '../../lib/answers';
import { pageStart } from '../../schemas';
import type { Licensing } from '../../licenses/licensing';
import { HISTORIES, historyQuery, VIEW } from './schemas';

export function historyEndpoints(app: FastifyInstance, licensing: Licensing): void {
  // Request types come from the route schemas.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  for (const { path, media, idParam, perPageMin, numericId } of HISTORIES) {
    api.get(
      path,
      {
        config: { auth: VIEW },
        schema: { querystring: historyQuery(idParam, numericId, perPageMin) },
      },
      async (request) => {
        const query = request.query;
        const assetId = (query as Record<string, unknown>)[idParam];
        const user = requestUser(request);
        const start = query.start_date ? new Date(query.start_date) : undefined;
        const end = query.end_date ? new Date(query.end_date) : undefined;
        if (start && end && !(start < end)) {
          throw SandboxError.badRequest(
            'end_date must be after start_date',
            '$.query.end_date',
            'VALIDATION_ERROR',
            query.end_date,
          );
        }
        const { data, total_count } = licensing.history(
          {
            media,
            userId: user.id,
            teamId: user.team_id,
            teamHistory: query.team_history,
            assetId: typeof assetId === 'string' ? assetId : undefined,
            licenseId: query.license_id,
            license: query.license,
            username: query.username || undefined,
            start: start?.toISOString(),
            end: end?.toISOString(),
            downloadable:
              query.download_availability === 'all'
                ? undefined
                : query.download_availability === 'downloadable',
            newestFirst: query.sort === 'newest',
            limit: query.per_page,
            offset: pageStart(query),
          },
          new Date(),
        );
        return pagedAnswer(data, query, total_count);
      },
    );
  }
}
