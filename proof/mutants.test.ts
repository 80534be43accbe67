import { describe, expect, it } from 'vitest';
import { reverts } from './mutants.ts';

describe('reverts: a fix hunk put back to its bad counterpart', () => {
  const bad = '//go:build bad\n\npackage p\n\nfunc F(r *R) {\n\tctx := r.Context()\n\tgo send(ctx)\n}\n';
  const good = '//go:build !bad\n\npackage p\n\nfunc F(r *R) {\n\tctx := context.WithoutCancel(r.Context()) // [!fix] [!note] detached\n\tgo send(ctx)\n}\n';
  it('replaces the hunk that adds a [!fix] line with what bad.go has there', () => {
    const [m] = reverts(good, bad);
    expect(m.description).toBe('revert: ctx := context.WithoutCancel(r.Context())');
    expect(m.line).toBe(6);
    expect(m.source).toBe('//go:build !bad\n\npackage p\n\nfunc F(r *R) {\n\tctx := r.Context()\n\tgo send(ctx)\n}\n');
  });
  it('makes none for hunks without a [!fix] line', () => {
    expect(reverts(good.replace(' [!fix]', ''), bad)).toEqual([]);
  });
});
