/**
 * The public, versioned catalogue at /api/pitfalls.json, for tools and bots. The zod
 * schema is the single definition: the endpoint validates against it, tests validate the
 * built file against it, and /api/pitfalls.schema.json is generated from it.
 *
 * Versioning: `schemaVersion` changes only on a breaking change (a field removed, renamed
 * or retyped). New fields may appear within a version; clients must ignore unknown ones.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from './schema.ts';

export const API_SCHEMA_VERSION = 1;

export const apiPitfallSchema = z.object({
  id: z.string().describe('Permanent ID, e.g. HTTP-001; never reused'),
  slug: z.string().describe('Kebab-case slug; the page is /pitfalls/<slug>/'),
  title: z.string(),
  summary: z.string().describe('One sentence, at most 160 characters'),
  category: z.enum(CATEGORIES),
  libraries: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  goVersions: z.array(z.string()).describe('Version constraints such as ">=1.20"; empty means all versions'),
  detectors: z.array(z.string()).describe('tool:check pairs proven to flag the bad code, e.g. vet:lostcancel'),
  url: z.url().describe('Absolute URL of the page'),
  reviewUrl: z.url().describe('Permanent short link, /p/<ID>/'),
  updated: z.string().describe('ISO 8601 time of the last change to the page or its sandbox'),
  identifiers: z.array(z.string()).describe('Go names, flags and headers people search for, e.g. http.MaxBytesReader'),
  errors: z.array(z.string()).describe('Messages the bad code produces (panics, vet, race detector, logs, browser console)'),
  inTheWild: z
    .array(z.object({ url: z.url(), project: z.string(), summary: z.string() }))
    .describe('Public issues, pull requests, commits or post-mortems where this pitfall bit a real project'),
  reviewed: z
    .object({ date: z.string(), against: z.array(z.string()) })
    .describe('The second reading: when every claim was checked, and against which toolchain and library versions'),
});

export const apiCatalogueSchema = z.object({
  schemaVersion: z.literal(API_SCHEMA_VERSION),
  generated: z.string().describe('ISO 8601 time of the build'),
  pitfalls: z.array(apiPitfallSchema),
});

export type ApiPitfall = z.infer<typeof apiPitfallSchema>;
export type ApiCatalogue = z.infer<typeof apiCatalogueSchema>;

export function jsonSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Go Pitfalls catalogue, schema version ${API_SCHEMA_VERSION}`,
    ...z.toJSONSchema(apiCatalogueSchema),
  };
}
