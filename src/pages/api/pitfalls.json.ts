/** GET /api/pitfalls.json — the catalogue for tools and bots; see src/lib/api.ts. */
import type { APIRoute } from 'astro';
import { API_SCHEMA_VERSION, apiCatalogueSchema } from '../../lib/api.ts';
import { catalogueEntries } from '../../lib/catalogueData.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = apiCatalogueSchema.parse({
    schemaVersion: API_SCHEMA_VERSION,
    generated: new Date().toISOString(),
    pitfalls: await catalogueEntries(site!),
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
