/**
 * proof.yaml: how CI convicts a pitfall's bad variant and clears its good one.
 * The format is documented in sandboxes/README.md; this file validates it.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { detectorSchema } from './detectors.ts';
import { SERVICES } from './services.ts';

export const PROOF_KINDS = ['race', 'test', 'crash', 'vet', 'staticcheck', 'compile'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

const duration = z
  .string()
  .regex(/^\d+(ms|s|m)$/, { message: 'timeout looks like 90s, 500ms or 2m' });

const regex = (field: string) =>
  z.string({ error: `${field} is required: a regular expression the bad run's output must match` }).refine(
    (v) => {
      try { new RegExp(v); return true; } catch { return false; }
    },
    { message: `${field} is not a valid regular expression` },
  );

const testName = z
  .string({ error: 'test is required for this kind: the name of a Test function in proof_test.go' })
  .regex(/^Test[A-Z0-9_]\w*$/, { message: 'test must name a Go test function such as TestSlowClientIsCut' });

const base = {
  timeout: duration.default('120s'),
  /** Database servers the proof test needs; the runner starts one of each per run (proof/services.ts). */
  services: z
    .array(z.string().refine((v) => (SERVICES as readonly string[]).includes(v), { error: (iss) => `"${String(iss.input)}" is not a service: write one of ${SERVICES.join(', ')}` }), {
      error: `services is a list such as [postgres]: write one or more of ${SERVICES.join(', ')}`,
    })
    .default([]),
  /** Static tools the page claims flag bad.go; each is run on both variants (proof/detectors.ts). */
  detectors: z.array(detectorSchema).default([]),
  /**
   * Mutants of good.go's [!fix] lines that change nothing a proof could see, each with the reason
   * (proof/mutants.ts). `mutant` is the mutant's description as the runner prints it, such as
   * `add-defer: mu.Unlock()`.
   */
  equivalentMutants: z
    .array(
      z.strictObject({
        mutant: z.string({ error: 'mutant is the description the runner printed, such as "add-defer: mu.Unlock()"' }).regex(/^(delete|drop-defer|drop-go|add-go|add-defer|delete-tag|drop-tag-options|drop-embed-all|revert): \S/, { message: 'mutant looks like "add-defer: mu.Unlock()": an operation, a colon, the line' }),
        why: z.string({ error: 'why is required: say why this change cannot alter what the program does' }).min(15, { message: 'why is too short: say why this change cannot alter what the program does' }),
      }),
    )
    .default([]),
};

/**
 * For a static proof (vet, staticcheck, compile): a test the good variant must also pass, so a fix
 * that quiets the analyser but is still wrong fails. Run under -race when `race` is true.
 */
const behaviour = z
  .strictObject({ test: testName, race: z.boolean().default(false) })
  .optional();

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field(s) ${iss.keys.join(', ')}: the fields are kind, test, expect, analyzer, check, behaviour, timeout, services, detectors, equivalentMutants (see sandboxes/README.md)`
        : undefined,
  });

export const proofSpecSchema = z.discriminatedUnion(
  'kind',
  [
    strict({ kind: z.literal('race'), test: testName, expect: regex('expect').optional(), ...base }),
    strict({ kind: z.literal('test'), test: testName, expect: regex('expect'), ...base }),
    strict({ kind: z.literal('crash'), test: testName, expect: regex('expect'), ...base }),
    strict({
      kind: z.literal('vet'),
      analyzer: z.string({ error: 'analyzer is required for kind vet, e.g. lostcancel' }).regex(/^[a-z]+$/, { message: 'analyzer is a go vet analyzer name such as lostcancel' }),
      expect: regex('expect'),
      behaviour,
      ...base,
    }),
    strict({
      kind: z.literal('staticcheck'),
      check: z.string({ error: 'check is required for kind staticcheck, e.g. SA1012' }).regex(/^(SA|S|ST|QF|U)\d+$/, { message: 'check is a staticcheck check such as SA1012' }),
      expect: regex('expect'),
      behaviour,
      ...base,
    }),
    strict({ kind: z.literal('compile'), expect: regex('expect'), behaviour, ...base }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `${iss.input && typeof iss.input === 'object' && 'kind' in iss.input ? `"${String((iss.input as { kind: unknown }).kind)}" is not a proof kind` : 'kind is missing'}: write one of ${PROOF_KINDS.join(', ')}`
        : undefined,
  },
);

export type ProofSpec = z.infer<typeof proofSpecSchema>;

export class ProofSpecError extends Error {}

/** Parse proof.yaml text; throws ProofSpecError with `file:line: field: message` lines. */
export function parseProofSpec(text: string, file: string): ProofSpec {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new ProofSpecError(doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const data = doc.toJS() ?? {};
  const result = proofSpecSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((iss) => {
    const key = iss.code === 'unrecognized_keys' ? iss.keys[0] : iss.path[0];
    const line = typeof key === 'string' ? lineOfKey(text, key) : 1;
    const field = iss.path.length ? `${iss.path.join('.')}: ` : '';
    return `${file}:${line}: ${field}${iss.message}`;
  });
  throw new ProofSpecError(lines.join('\n'));
}

/** The 1-based line of a top-level YAML key, or 1 when the key is absent. */
export function lineOfKey(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}
