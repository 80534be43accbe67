/**
 * Makes captured Go output stable from run to run and machine to machine, so it can be
 * cached, shown on a page and compared: no absolute paths, addresses, timings,
 * goroutine numbers, ports or timestamps. Each rule names what it hides.
 */

export interface NormalizeContext {
  /** Absolute path of sandboxes/ (shown as `sandboxes`). */
  sandboxDir: string;
  /** `go env GOROOT` (shown as `$GOROOT`). */
  goroot?: string;
  /** `go env GOMODCACHE` (shown as `$GOMODCACHE`). */
  gomodcache?: string;
  /**
   * For a sandbox with its own go.mod (a version-sensitive pitfall), its folder relative to
   * sandboxes/. Go prints that module's files relative to it (`./bad.go:26:23`); they are
   * shown as `<folder>/bad.go:26:23`, like every other sandbox's.
   */
  moduleDir?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function normalizeOutput(raw: string, ctx: NormalizeContext): string {
  let out = raw.replace(/\r\n?/g, '\n');
  const paths: [string | undefined, string][] = [
    [ctx.gomodcache, '$GOMODCACHE'],
    [ctx.goroot, '$GOROOT'],
    [ctx.sandboxDir, 'sandboxes'],
  ];
  for (const [p, name] of paths) if (p) out = out.replace(new RegExp(escape(p.replace(/\/$/, '')), 'g'), name);
  // Only diagnostics (file:line:column at the start of a line), not indented t.Log lines.
  if (ctx.moduleDir) out = out.replace(/^((?:vet: )?)(?:\.\/)?([\w.-]+\.go:\d+:\d+)/gm, `$1${ctx.moduleDir}/$2`);
  return out
    // Build directories: /tmp/go-build1234/b001/… and TestMain temp dirs.
    .replace(/\/tmp\/go-build\d+\/b\d+\//g, '$TMP/')
    .replace(/\/tmp\/[\w.-]*\d{4,}[\w.-]*/g, '$TMP')
    // Stack frame offsets (`file.go:12 +0x1d`) and pointers (`0xc000123456`).
    .replace(/ \+0x[0-9a-f]+$/gm, '')
    .replace(/\b0x[0-9a-f]{4,}\b/g, '0x…')
    // Goroutine numbers: panics, goleak, the race detector.
    .replace(/\b([Gg]oroutine) \d+\b/g, '$1 N')
    .replace(/\bin goroutine \d+\b/g, 'in goroutine N')
    // Test and package timings: `--- FAIL: TestX (0.21s)`, `ok  pkg 0.123s`, `FAIL pkg 1.2s`.
    .replace(/^(\s*--- (?:PASS|FAIL|SKIP): \S+) \(\d+\.\d+s\)/gm, '$1')
    .replace(/^((?:ok|FAIL)\s+\S+)\s+\d+\.\d+s$/gm, '$1')
    // Measured durations (fractional) such as 201.543ms; authored whole values like 1s stay.
    .replace(/\b\d+\.\d+(ns|µs|us|ms|s|m|h)\b/g, '<duration>')
    // Wait times in goroutine dumps: `[chan send, 2 minutes]`.
    .replace(/, \d+ minutes\]/g, ']')
    // Log timestamps `2006/01/02 15:04:05` and ephemeral ports.
    .replace(/\b\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?\b/g, 'YYYY/MM/DD hh:mm:ss')
    .replace(/\b(127\.0\.0\.1|\[::1\]|localhost):\d{2,5}\b/g, '$1:PORT')
    // Process ids in race reports and exit lines.
    .replace(/\bpid=\d+\b/g, 'pid=N')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}
