/**
 * The one schema for a pitfall page's frontmatter (`content/pitfalls/<slug>.mdx`).
 *
 * Used by the Astro content collection (src/content.config.ts) and by
 * scripts/check-content.ts, so an author sees the same message from either.
 * Every message says what to write instead.
 */
import { z } from 'zod';
import { DETECTOR_PATTERN, DETECTOR_TOOLS } from '../../proof/api.ts';

/** Areas that prefix a permanent ID. Adding one is fine; renaming one is not (IDs are permanent). */
export const ID_AREAS = ['HTTP', 'CTX', 'CONC', 'JSON', 'GIN', 'SQL', 'LANG', 'CORS', 'SEC', 'STATIC', 'GRPC', 'OBS', 'DEPLOY', 'REDIS', 'RES'] as const;

export const CATEGORIES = [
  'http-server', 'http-client', 'context', 'concurrency', 'language', 'json', 'database',
  'security', 'cors', 'auth', 'session', 'caching', 'grpc', 'observability', 'deployment',
  'static-assets', 'frontend-integration', 'resources', 'config',
] as const;

/** Import paths of the standard library, or a framework's short name. */
export const LIBRARIES = [
  'net/http', 'database/sql', 'encoding/json', 'context', 'sync', 'runtime', 'time', 'os', 'io', 'embed',
  'net/http/pprof', 'net/http/httputil', 'os/signal', 'log', 'log/slog', 'io/fs', 'path/filepath', 'errors',
  'strconv', 'maps', 'slices', 'sort', 'expvar', 'mime/multipart', 'golang.org/x/sync',
  'gin', 'echo', 'fiber', 'gorm', 'pgx', 'go-redis', 'grpc-go', 'golang-jwt', 'gorilla/sessions', 'etcd', 'otel',
] as const;

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;


const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const explain = z
  .string({ error: 'explain is required: say why this answer is right or wrong, in a sentence or two' })
  .min(10, { message: 'explain is too short: say why this answer is right or wrong' });

const option = z.strictObject({
  /** What the reader chooses. */
  text: z.string({ error: 'each option needs text' }).min(1),
  /** Whether choosing it is right (choice questions only). */
  correct: z.boolean().optional(),
  /** Why this option is right or wrong, shown after answering. */
  explain,
  /**
   * For an option that states what the program does ("prints X", "answers 404"): text the output
   * CI captured for `variant` shows when the statement is true. The content check requires it in
   * that output when the option is correct, and absent when the option is wrong.
   */
  evidence: z
    .strictObject({
      variant: z.enum(['bad', 'good'], { error: 'evidence.variant is bad or good: whose captured output shows it' }),
      shows: z.string({ error: 'evidence.shows is required: the text in the captured output' }).min(2),
    })
    .optional(),
});

/**
 * Quiz questions, three kinds:
 * - `choice`: options with `correct: true` on the right one(s); `multiple: true` allows several.
 * - `spot-the-bug`: the reader clicks the line in a region of bad.go; the right line is the
 *   one marked `// [!bug]` in bad.go. `explain` says why that line; `otherLines` why not the others.
 * - `what-happens`: options are candidate outputs; the right one is whichever appears in the
 *   output CI captured for `variant` (bad by default), so the answer cannot drift from Go.
 */
export const quizQuestionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('choice'),
      question: z.string({ error: 'question is required' }).min(10),
      multiple: z.boolean().default(false),
      options: z.array(option).min(2, { message: 'a choice question needs at least two options' }),
    }).superRefine((q, ctx) => {
      const right = q.options.filter((o) => o.correct).length;
      if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'no option has correct: true: mark the right answer' });
      if (!q.multiple && right > 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `${right} options have correct: true: mark one, or set multiple: true` });
    }),
    z.strictObject({
      kind: z.literal('spot-the-bug'),
      question: z.string({ error: 'question is required' }).min(10),
      /** The region of bad.go the reader picks a line from. */
      region: z.string({ error: 'region is required: the // #region in bad.go to show' }),
      explain,
      /** Shown when the reader picks any other line. */
      otherLines: explain,
    }),
    z.strictObject({
      kind: z.literal('what-happens'),
      question: z.string({ error: 'question is required' }).min(10),
      /** Whose captured output decides the answer. */
      variant: z.enum(['bad', 'good']).default('bad'),
      options: z
        .array(option.refine((o) => o.correct === undefined, { message: 'what-happens options take no correct: the proof output decides' }))
        .min(2, { message: 'a what-happens question needs at least two options' }),
    }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? 'quiz kind must be one of choice, spot-the-bug, what-happens'
        : undefined,
  },
);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export const ID_PATTERN = /^([A-Z]+)-(\d{3})$/;

const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `${field} is required: write one of ${values.join(', ')}`
        : `${field} "${String(iss.input)}" is not known: write one of ${values.join(', ')}`,
  });

export const pitfallSchema = z.strictObject(
  {
    /** Permanent short ID for review links (`/p/HTTP-001/`): an area, a dash, three digits. Never changed, never reused. */
    id: z
      .string({ error: 'id is required: write a permanent ID such as HTTP-001 (area in capitals, dash, three digits)' })
      .regex(ID_PATTERN, { message: 'id must look like HTTP-001: an area in capitals, a dash and three digits' })
      .refine((v) => (ID_AREAS as readonly string[]).includes(v.split('-')[0]), {
        message: `id's area is not known: start it with one of ${ID_AREAS.join(', ')} (or add the area to ID_AREAS in src/lib/schema.ts)`,
      }),
    /** The page title: the mistake, stated plainly. */
    title: z
      .string({ error: 'title is required: name the mistake in a short sentence' })
      .min(10, { message: 'title is too short: name the mistake in a short sentence (10–110 characters)' })
      .max(110, { message: 'title is too long: keep it under 110 characters and move detail into summary' }),
    /** One sentence a reviewer could paste into a code review (≤ 160 characters). */
    summary: z
      .string({ error: 'summary is required: one sentence, at most 160 characters' })
      .min(20, { message: 'summary is too short: write one full sentence (20–160 characters)' })
      .max(160, { message: 'summary is longer than 160 characters: cut it to one sentence a reviewer could paste' }),
    /** The catalogue section the pitfall belongs to. */
    category: oneOf('category', CATEGORIES),
    /** Packages or frameworks involved (`net/http`, `gin`, …); at least one. */
    libraries: z
      .array(oneOf('libraries entry', LIBRARIES), { error: 'libraries is required: a list such as [net/http]' })
      .min(1, { message: 'libraries is empty: name at least one package, such as [net/http]' }),
    /** How bad it is; see "Severity" in CONTRIBUTING.md for the definitions. */
    severity: oneOf('severity', SEVERITIES),
    /** Go versions the pitfall applies to, as constraints like ">=1.20" or "<1.22"; empty means every version. */
    goVersions: z
      .array(
        z.string().regex(/^(<|<=|>=|>)?1\.\d+$/, {
          message: 'goVersions entries look like ">=1.20", "<1.22" or "1.21"',
        }),
      )
      .default([]),
    /** Tools that flag the bad code (`vet:lostcancel`, `gosec:G112`, `bodyclose`); each must be run by proof.yaml. */
    detectors: z
      .array(
        z.string().regex(DETECTOR_PATTERN, {
          message: `detectors entries look like vet:lostcancel, gosec:G112 or bodyclose (tools: ${DETECTOR_TOOLS.join(', ')})`,
        }),
      )
      .default([]),
    /** Slugs of related pitfalls. */
    related: z
      .array(z.string().regex(SLUG, { message: 'related entries are slugs of other pitfalls, such as http-client-no-timeout' }))
      .default([]),
    /** Where the claims are checked: the Go spec, package docs, release notes, issues. */
    sources: z
      .array(
        z.strictObject({
          title: z.string({ error: 'each source needs a title' }).min(3),
          url: z.url({ message: 'each source needs an absolute https URL', protocol: /^https$/ }),
        }),
        { error: 'sources is required: list the docs, spec sections or issues that back the claims' },
      )
      .min(1, { message: 'sources is empty: link at least one page that backs the claims (package docs, Go spec, issue)' }),
    /** Questions shown in the page's quiz; see quizQuestionSchema. */
    quiz: z.array(quizQuestionSchema).default([]),
    /**
     * Hints for the exercise (`npm run exercise -- <slug>`, fixing bad.go yourself), shown one
     * at a time: a nudge first, nearly the answer last, never the fix's code. 1–4, ≤ 200 characters each.
     */
    hints: z
      .array(
        z
          .string({ error: 'each hint is a sentence of text' })
          .min(10, { message: 'a hint is too short: write a sentence that moves the reader one step toward the fix' })
          .max(200, { message: 'a hint is longer than 200 characters: keep it to a sentence or two, and save detail for the next hint' }),
        { error: 'hints is required: 1–4 short hints for the exercise, without giving the answer away' },
      )
      .min(1, { message: 'hints is empty: write 1–4 short hints for the exercise, a nudge first, without giving the answer away' })
      .max(4, { message: 'hints has more than 4 entries: keep the 1–4 most useful, a nudge first and nearly the answer last' }),
    /**
     * What people paste into search to find this page: qualified Go names (`http.MaxBytesReader`,
     * `(*sql.DB).SetMaxOpenConns`), flags (`-race`), headers (`Access-Control-Allow-Origin`),
     * analyzer names. Shown on the page and weighted highly in the search index.
     */
    identifiers: z
      .array(
        z
          .string({ error: 'each identifiers entry is a string, such as http.MaxBytesReader' })
          .min(2, { message: 'an identifiers entry is too short: write the Go name as people type it, e.g. http.MaxBytesReader' })
          .max(80, { message: 'an identifiers entry is longer than 80 characters: write the name alone, not a sentence' })
          .refine((v) => v.trim() === v && !/\s{2,}/.test(v), { message: 'an identifiers entry has stray spaces: write the name alone' }),
      )
      .default([]),
    /**
     * Messages the bad code produces (panics, vet/staticcheck/race lines, log lines, browser console
     * errors). A plain string must appear in the output CI captured for this pitfall (bad run or a
     * detector); write `{ text, source }` only for a message the proof does not print, with the URL
     * of the Go source or documentation it comes from.
     */
    errors: z
      .array(
        z.union(
          [
            z.string().min(3, { message: 'an errors entry is too short: copy the message from the proof output' }),
            z.strictObject({
              text: z.string({ error: 'text is required: the message as a reader sees it' }).min(3),
              source: z.url({ message: 'source is the https URL where the message is defined (Go source or docs)', protocol: /^https$/ }),
            }),
          ],
          { error: 'errors entries are a message copied from the proof output, or { text, source: https://… } for one the proof does not print' },
        ),
      )
      .default([]),
    /**
     * Seen in the wild: public issues, pull requests, commits or post-mortems where this pitfall bit
     * a real project, each read and verified to say what the summary claims.
     */
    inTheWild: z
      .array(
        z.strictObject({
          /** The issue, pull request, commit or write-up. */
          url: z.url({ message: 'inTheWild url must be an absolute https URL to the issue, pull request, commit or post-mortem', protocol: /^https$/ }),
          /** The project it happened in, e.g. golang/go or kubernetes/kubernetes. */
          project: z.string({ error: 'project is required: the project it happened in, such as golang/go' }).min(2),
          /** What happened there, in your own words, in one line. */
          summary: z
            .string({ error: 'summary is required: what happened there, in one line of your own words' })
            .min(20, { message: 'summary is too short: say what happened in that project (20–220 characters)' })
            .max(220, { message: 'summary is longer than 220 characters: one line, in your own words' }),
        }),
      )
      .default([]),
    /**
     * The second reading (see CONTRIBUTING.md): who checked every claim, when, against which
     * versions, and the hash of what they read (npm run review:stamp writes it). A page whose
     * text or code changed after its review fails the content check until it is read again.
     */
    reviewed: z
      .strictObject({
        /**
         * YYYY-MM-DD of the review. YAML 1.1 readers (Astro's content loader) turn an unquoted date
         * into a Date, YAML 1.2 ones (the content check) keep the text: both read as the same day.
         */
        date: z
          .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'reviewed.date looks like 2026-12-04' }), z.date()])
          .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
        /** Who or what read it (not the page's author). */
        by: z.string({ error: 'reviewed.by is required: who read the page (not its author)' }).min(3),
        /** The versions the claims were checked against: go1.26.8, gin v1.12.0, Chromium 156. */
        against: z.array(z.string().min(3)).min(1, { message: 'reviewed.against is empty: list the toolchain and library versions the claims were checked against' }),
        /** review hash of the page and its code when it was read (src/lib/review.ts). */
        hash: z.string().regex(/^[0-9a-f]{12}$/, { message: 'reviewed.hash is written by npm run review:stamp -- <slug>; do not edit it by hand' }),
      })
      .optional(),
    /** Earlier slugs of this page; each keeps redirecting here. */
    formerSlugs: z
      .array(z.string().regex(SLUG, { message: 'formerSlugs entries are old slugs, such as http-timeouts' }))
      .default([]),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}: remove them or check the spelling against src/lib/schema.ts` : undefined) },
);

export type Pitfall = z.infer<typeof pitfallSchema>;
export const SLUG_PATTERN = SLUG;

/**
 * content/retired.yaml: pitfalls taken down. Their IDs and slugs stay reserved forever;
 * /p/<ID>/ and /pitfalls/<slug>/ keep answering with a page that says what replaced them.
 */
export const retiredSchema = z.array(
  z.strictObject({
    /** The permanent ID it had; never given to another pitfall. */
    id: z.string().regex(ID_PATTERN, { message: 'id must look like HTTP-001' }),
    /** The slug it had; its URL keeps working. */
    slug: z.string().regex(SLUG, { message: 'slug is the old page kebab-case slug, such as http-timeouts' }),
    title: z.string().min(10),
    /** Date it was retired, YYYY-MM-DD. */
    retiredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'retiredOn looks like 2026-11-21' }),
    /** Why, in a sentence. */
    reason: z.string().min(10),
    /** The slug of the pitfall that replaces it, if any. */
    replacedBy: z.string().regex(SLUG).optional(),
  }),
);
export type Retired = z.infer<typeof retiredSchema>[number];

/** An onboarding track: content/tracks/<slug>.mdx, whose body is the introduction. */
export const trackSchema = z.strictObject({
  /** Shown as the page title and in the track list. */
  title: z.string({ error: 'title is required: name the track, e.g. HTTP services' }).min(3),
  /** One sentence on who the track is for and what it covers. */
  summary: z.string({ error: 'summary is required: one sentence on what the track covers' }).min(20).max(200),
  /** Position in the list of tracks (1 first). */
  order: z.number({ error: 'order is required: the track\'s position, 1 for the first' }).int().min(1),
  /** What a learner can do after the track. */
  goals: z.array(z.string().min(10)).min(1, { message: 'goals is empty: list what a learner can do after this track' }),
  /** Pitfall slugs in the order to learn them. */
  pitfalls: z
    .array(z.string().regex(SLUG, { message: 'pitfalls entries are slugs, such as http-server-no-timeouts' }))
    .min(1, { message: 'pitfalls is empty: list the pitfall slugs in learning order' }),
});
export type Track = z.infer<typeof trackSchema>;
