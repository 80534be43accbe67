/** GET /api/pitfalls.schema.json — JSON Schema of /api/pitfalls.json, generated from src/lib/api.ts. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../lib/api.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
