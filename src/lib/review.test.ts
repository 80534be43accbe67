import { describe, expect, it } from 'vitest';
import { reviewBlock, reviewHash, stampReview, withoutHiddenMarkers, withoutReviewBlock } from './review.ts';

const page = `---
id: HTTP-001
title: A title here
reviewed:
  date: 2026-12-01
  by: "someone"
  against: ["go1.26.8"]
  hash: 0123456789ab
summary: text
---

## Symptoms
`;
const code = { bad: 'x := 1 // [!proof]\n', good: 'y := 2 // [!fix]\nz := 3 // [!note] why\n' };

describe('review hash', () => {
  it('ignores the reviewed block itself', () => {
    expect(withoutReviewBlock(page)).not.toContain('reviewed');
    expect(withoutReviewBlock(page)).toContain('summary: text');
    expect(reviewHash(page, code)).toBe(reviewHash(withoutReviewBlock(page), code));
  });
  it('changes when prose, frontmatter or shown code changes', () => {
    const h = reviewHash(page, code);
    expect(reviewHash(page.replace('Symptoms', 'Symptom'), code)).not.toBe(h);
    expect(reviewHash(page.replace('summary: text', 'summary: other'), code)).not.toBe(h);
    expect(reviewHash(page, { ...code, good: code.good.replace('why', 'because') })).not.toBe(h);
    expect(reviewHash(page, { ...code, bad: 'x := 2 // [!proof]\n' })).not.toBe(h);
  });
  it('does not change for markers readers never see, or for re-aligned comments', () => {
    expect(withoutHiddenMarkers(code.good)).toBe('y := 2\nz := 3 // [!note] why\n');
    expect(reviewHash(page, { ...code, good: 'y := 2     // [!fix]\nz := 3          // [!note] why\n' })).toBe(reviewHash(page, code));
    expect(reviewHash(page, code)).toBe(reviewHash(page, { bad: 'x := 1\n', good: 'y := 2\nz := 3 // [!note] why\n' }));
  });
});

describe('stampReview', () => {
  it('replaces an existing block and keeps the rest', () => {
    const out = stampReview(page, reviewBlock({ date: '2026-12-04', by: 'reader', against: ['go1.26.8', 'gin v1.12.0'], hash: 'abcdefabcdef' }));
    expect(out.match(/reviewed:/g)).toHaveLength(1);
    expect(out).toContain('  date: 2026-12-04\n  by: "reader"\n  against: ["go1.26.8", "gin v1.12.0"]\n  hash: abcdefabcdef\n---\n');
    expect(out).toContain('summary: text');
    expect(out.endsWith('## Symptoms\n')).toBe(true);
  });
  it('adds a block to a page without one', () => {
    const bare = withoutReviewBlock(page);
    const out = stampReview(bare, reviewBlock({ date: '2026-12-04', by: 'r', against: ['go1.26.8'], hash: 'abcdefabcdef' }));
    expect(reviewHash(out, code)).toBe(reviewHash(bare, code));
  });
});
