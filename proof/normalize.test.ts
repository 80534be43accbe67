import { describe, expect, it } from 'vitest';
import { normalizeOutput } from './normalize.ts';

const ctx = { sandboxDir: '/work/main/sandboxes', goroot: '/usr/local/go', gomodcache: '/root/go/pkg/mod' };

describe('normalizeOutput', () => {
  it('hides absolute paths behind stable names', () => {
    const raw = '\t/work/main/sandboxes/x/bad.go:12 +0x1d\n\t/usr/local/go/src/testing/testing.go:1934 +0xea\n\t/root/go/pkg/mod/github.com/gin-gonic/gin@v1.12.0/gin.go:633';
    expect(normalizeOutput(raw, ctx)).toBe('\tsandboxes/x/bad.go:12\n\t$GOROOT/src/testing/testing.go:1934\n\t$GOMODCACHE/github.com/gin-gonic/gin@v1.12.0/gin.go:633');
  });

  it('names a nested module\'s diagnostics from sandboxes/, leaving test log lines as go test prints them', () => {
    const raw = '# gopitfalls.dev/sandboxes/loop-variable-capture\n./bad.go:26:23: loop variable u captured by func literal\nvet: bad.go:9:2: x\n    proof_test.go:35: sent 5 emails\n';
    const out = normalizeOutput(raw, { sandboxDir: '/w/sandboxes', moduleDir: 'loop-variable-capture' });
    expect(out).toContain('\nloop-variable-capture/bad.go:26:23: loop variable u captured by func literal');
    expect(out).toContain('vet: loop-variable-capture/bad.go:9:2: x');
    expect(out).toContain('    proof_test.go:35: sent 5 emails');
    expect(normalizeOutput(raw, { sandboxDir: '/w/sandboxes' })).toContain('\n./bad.go:26:23:');
  });

  it('hides addresses, goroutine numbers and timings that change run to run', () => {
    const raw = [
      'Read at 0x00c000124010 by goroutine 8:',
      'goroutine 23 [chan send, 2 minutes]:',
      'created by main.F in goroutine 7',
      '--- FAIL: TestX (0.21s)',
      'FAIL\tgopitfalls.dev/sandboxes/x\t1.234s',
      'ok  \tgopitfalls.dev/sandboxes/x\t0.016s',
      'took 201.543ms, listening on 127.0.0.1:43817',
      '2026/11/21 14:30:00 http: panic serving',
    ].join('\n');
    expect(normalizeOutput(raw, ctx)).toBe([
      'Read at 0x… by goroutine N:',
      'goroutine N [chan send]:',
      'created by main.F in goroutine N',
      '--- FAIL: TestX',
      'FAIL\tgopitfalls.dev/sandboxes/x',
      'ok  \tgopitfalls.dev/sandboxes/x',
      'took <duration>, listening on 127.0.0.1:PORT',
      'YYYY/MM/DD hh:mm:ss http: panic serving',
    ].join('\n'));
  });

  it('keeps what the author wrote: whole durations, messages, exit codes', () => {
    const raw = '    proof_test.go:40: connection still open after 1s\nexit status 2';
    expect(normalizeOutput(raw, ctx)).toBe(raw);
  });

  it('is stable: normalising twice changes nothing', () => {
    const raw = 'goroutine 5 [running]:\n\t/usr/local/go/src/x.go:1 +0x1\n--- PASS: TestY (0.00s)';
    const once = normalizeOutput(raw, ctx);
    expect(normalizeOutput(once, ctx)).toBe(once);
  });
});
