/**
 * The results format: what the engine writes for each pitfall (.cache/proofs/<slug>.json) and
 * the one thing the site reads of it, through proof/api.ts. Defined by a zod schema and
 * validated on read, so a stale or hand-edited file is reported, not rendered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { proofSpecSchema } from './spec.ts';
import { PROOF_CACHE_DIR } from './paths.ts';

/** Bumped when the shape changes; a file of another version reads as stale. */
export const RESULTS_VERSION = 2;

const variantResult = z.object({
  /** The command as a reader could type it, from sandboxes/ (a nested module's starts with `cd <slug> && `). */
  command: z.string(),
  exitCode: z.number().int(),
  /** Normalised combined stdout and stderr (proof/normalize.ts). */
  output: z.string(),
  durationMs: z.number(),
});

export const proofResultSchema = z.object({
  version: z.literal(RESULTS_VERSION),
  slug: z.string(),
  /** The cache key the result was produced under (proof/hash.ts). */
  hash: z.string(),
  goVersion: z.string(),
  /** ISO date of the run. */
  verifiedAt: z.string(),
  ok: z.boolean(),
  /** What failed, as `file:line: message` lines with the fix; empty when ok. */
  problems: z.array(z.string()),
  /** proof.yaml as parsed, or null when it could not be read. */
  spec: proofSpecSchema.nullable(),
  /** One line saying what the bad variant must do (plan.ts describe()). */
  description: z.string(),
  bad: variantResult,
  good: variantResult,
  /** Each proven detector: its name (`gosec:G112`), the command and the diagnostic seen on bad.go. */
  detectors: z.array(z.object({ name: z.string(), command: z.string(), seen: z.string() })),
  /** Each database server the proof ran against and the version the server itself reported (proof.yaml `services`). */
  services: z.array(z.object({ name: z.string(), version: z.string() })).optional(),
  /** The mutation check of good.go's [!fix] lines (proof/mutants.ts), once it has run for this hash. */
  mutants: z
    .object({
      /** Each mutant and what became of it. */
      list: z.array(
        z.object({
          line: z.number().int(),
          description: z.string(),
          verdict: z.enum(['caught', 'survived', 'no-compile', 'equivalent']),
          /** For caught: the first problem the proof reported; for equivalent: why; for survived: the proof's output. */
          detail: z.string(),
        }),
      ),
      /** Problems of the check itself (no [!fix] line, a mutant that survived, a stale equivalence). */
      problems: z.array(z.string()),
    })
    .optional(),
});

export type ProofResult = z.infer<typeof proofResultSchema>;
export type VariantResult = z.infer<typeof variantResult>;
export type MutationResult = NonNullable<ProofResult['mutants']>;

export const resultPath = (slug: string, dir = PROOF_CACHE_DIR) => path.join(dir, `${slug}.json`);

/** The stored result, or a reason it cannot be used. */
export function readResult(slug: string, dir = PROOF_CACHE_DIR): { result: ProofResult } | { missing: true } | { invalid: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(resultPath(slug, dir), 'utf8'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { missing: true } : { invalid: `not JSON (${(e as Error).message})` };
  }
  const parsed = proofResultSchema.safeParse(raw);
  if (!parsed.success) {
    const iss = parsed.error.issues[0];
    return { invalid: `${iss.path.join('.') || 'the file'}: ${iss.message}` };
  }
  return { result: parsed.data };
}

export function writeResult(result: ProofResult, dir = PROOF_CACHE_DIR): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(resultPath(result.slug, dir), JSON.stringify(proofResultSchema.parse(result), null, 2) + '\n');
}

/** A result as committed to proof/records/: timings zeroed, so re-recording an unchanged proof changes nothing but its date. */
export function asRecord(result: ProofResult): ProofResult {
  return { ...result, bad: { ...result.bad, durationMs: 0 }, good: { ...result.good, durationMs: 0 } };
}
