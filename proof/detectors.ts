/**
 * Detectors: static tools a page may claim flag the bad code. A claim counts only when
 * the proof runner runs the tool and sees its diagnostic in bad.go and none in good.go.
 * Each tool is pinned in sandboxes/go.mod (`tool` directives) or ships with Go.
 * Pure: commands and verdicts only; proof/grade.ts runs them.
 */
import { z } from 'zod';
import { diagnostics, type RunResult, type Variant } from './diagnostics.ts';

export const DETECTOR_TOOLS = ['vet', 'staticcheck', 'gosec', 'bodyclose', 'shadow'] as const;
export type DetectorTool = (typeof DETECTOR_TOOLS)[number];

/** Tools with one check per run name it (`gosec:G112`); bodyclose is a single analyzer. */
const NEEDS_CHECK: Record<DetectorTool, RegExp | null> = {
  vet: /^[a-z]+$/,
  staticcheck: /^(SA|S|ST|QF|U)\d+$/,
  gosec: /^G\d{3}$/,
  bodyclose: null,
  shadow: null,
};

/**
 * Analyzers that are not part of `go vet` but run through it as a vettool, pinned with `tool`
 * directives in sandboxes/go.mod: bodyclose, and x/tools' shadow analyzer (what golangci-lint's
 * `govet: enable: [shadow]` runs).
 */
export const VETTOOLS: readonly DetectorTool[] = ['bodyclose', 'shadow'];

export const detectorSchema = z
  .strictObject({
    tool: z.enum(DETECTOR_TOOLS, { error: `tool is one of ${DETECTOR_TOOLS.join(', ')}` }),
    check: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    const re = NEEDS_CHECK[d.tool];
    if (re && !d.check) ctx.addIssue({ code: 'custom', path: ['check'], message: `${d.tool} needs a check, e.g. ${d.tool === 'vet' ? 'lostcancel' : d.tool === 'gosec' ? 'G112' : 'SA1012'}` });
    else if (re && d.check && !re.test(d.check)) ctx.addIssue({ code: 'custom', path: ['check'], message: `"${d.check}" is not a ${d.tool} check name` });
    else if (!re && d.check) ctx.addIssue({ code: 'custom', path: ['check'], message: `${d.tool} takes no check: remove check` });
  });
export type Detector = z.infer<typeof detectorSchema>;

/** How a detector is written in frontmatter: `gosec:G112`, `vet:lostcancel`, `bodyclose`. */
export const detectorName = (d: Detector) => (d.check ? `${d.tool}:${d.check}` : d.tool);
export const DETECTOR_PATTERN = new RegExp(`^(${DETECTOR_TOOLS.join('|')})(:[A-Za-z0-9_-]+)?$`);

/** `go` arguments for a detector run. `vettool` is the path of the built analyzer for VETTOOLS (`go tool -n bodyclose`). */
export function detectorArgs(d: Detector, variant: Variant, pkg: string, vettool: string = d.tool): string[] {
  const tags = variant === 'bad' ? ['-tags', 'bad'] : [];
  switch (d.tool) {
    case 'vet':
      return ['vet', `-${d.check}`, ...tags, pkg];
    case 'staticcheck':
      return ['tool', 'staticcheck', '-checks', d.check!, ...tags, pkg];
    case 'gosec':
      // gosec analyses test files only with -tests; it honours -tags. Only the one rule.
      return ['tool', 'gosec', '-quiet', '-fmt=golint', `-include=${d.check}`, ...(variant === 'bad' ? ['-tags=bad'] : []), pkg];
    case 'bodyclose':
    case 'shadow':
      // Through go vet: the analyzers' own -tags flag is ignored, and vet caches results.
      return ['vet', `-vettool=${vettool}`, ...tags, pkg];
  }
}

/** Problems with one variant's detector run; for bad, also the diagnostic CI saw. */
export function judgeDetector(d: Detector, variant: Variant, run: RunResult, slug: string): { problems: string[]; seen?: string } {
  const own = diagnostics(run.output).filter((x) => x.file.endsWith(`${slug}/${variant}.go`) && (d.tool !== 'gosec' || x.message.includes(`Rule:${d.check}`)));
  const name = detectorName(d);
  if (variant === 'good') {
    return own.length ? { problems: [`${slug}/good.go: ${name} still flags the fix: ${own[0].file}:${own[0].line}: ${own[0].message}`] } : { problems: [] };
  }
  if (!own.length) {
    const other = run.exitCode !== 0 && !diagnostics(run.output).length ? ` (the tool failed: ${run.output.split('\n').slice(-3).join(' | ')})` : '';
    return { problems: [`${slug}/bad.go: the page claims ${name} flags the bad code, but it reported nothing there${other}; remove the detector or fix the claim`] };
  }
  return { problems: [], seen: `${own[0].file}:${own[0].line}: ${own[0].message}` };
}
