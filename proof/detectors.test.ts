import { describe, expect, it } from 'vitest';
import { detectorArgs, detectorName, detectorSchema, judgeDetector } from './detectors.ts';

describe('detectors', () => {
  it('validates tool and check', () => {
    expect(detectorSchema.safeParse({ tool: 'gosec', check: 'G112' }).success).toBe(true);
    expect(detectorSchema.safeParse({ tool: 'bodyclose' }).success).toBe(true);
    expect(detectorSchema.safeParse({ tool: 'gosec' }).error?.issues[0].message).toContain('gosec needs a check');
    expect(detectorSchema.safeParse({ tool: 'gosec', check: 'SA1000' }).error?.issues[0].message).toContain('not a gosec check name');
    expect(detectorSchema.safeParse({ tool: 'bodyclose', check: 'x' }).error?.issues[0].message).toContain('takes no check');
    expect(detectorSchema.safeParse({ tool: 'golint' }).success).toBe(false);
  });

  it('names detectors the way frontmatter writes them', () => {
    expect(detectorName({ tool: 'gosec', check: 'G112' })).toBe('gosec:G112');
    expect(detectorName({ tool: 'bodyclose' })).toBe('bodyclose');
  });

  it('builds one command per tool, tagging only the bad variant', () => {
    expect(detectorArgs({ tool: 'gosec', check: 'G112' }, 'bad', './x/')).toEqual(['tool', 'gosec', '-quiet', '-fmt=golint', '-include=G112', '-tags=bad', './x/']);
    expect(detectorArgs({ tool: 'bodyclose' }, 'good', './x/', '/cache/bodyclose')).toEqual(['vet', '-vettool=/cache/bodyclose', './x/']);
    expect(detectorArgs({ tool: 'shadow' }, 'bad', './x/', '/cache/shadow')).toEqual(['vet', '-vettool=/cache/shadow', '-tags', 'bad', './x/']);
    expect(detectorArgs({ tool: 'vet', check: 'lostcancel' }, 'bad', '.')).toEqual(['vet', '-lostcancel', '-tags', 'bad', '.']);
  });

  const gosecOut = 'sandboxes/x/bad.go:12:10: [CWE-400] Potential Slowloris Attack because ReadHeaderTimeout is not configured in the http.Server (Rule:G112, Severity:MEDIUM, Confidence:LOW)';
  it('accepts a diagnostic in bad.go and reports what was seen', () => {
    const r = judgeDetector({ tool: 'gosec', check: 'G112' }, 'bad', { exitCode: 1, output: gosecOut }, 'x');
    expect(r).toEqual({ problems: [], seen: gosecOut.replace('bad.go:12:10:', 'bad.go:12:') });
  });
  it('rejects a claim the tool does not back, and a fix the tool still flags', () => {
    expect(judgeDetector({ tool: 'gosec', check: 'G112' }, 'bad', { exitCode: 0, output: '' }, 'x').problems[0]).toContain('claims gosec:G112 flags the bad code, but it reported nothing there');
    expect(judgeDetector({ tool: 'gosec', check: 'G114' }, 'bad', { exitCode: 1, output: gosecOut }, 'x').problems).toHaveLength(1);
    expect(judgeDetector({ tool: 'gosec', check: 'G112' }, 'good', { exitCode: 1, output: gosecOut.replace('bad.go', 'good.go') }, 'x').problems[0]).toContain('still flags the fix');
    expect(judgeDetector({ tool: 'bodyclose' }, 'good', { exitCode: 0, output: '' }, 'x').problems).toEqual([]);
  });
});
