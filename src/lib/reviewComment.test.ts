import { expect, it } from 'vitest';
import { reviewComment } from './reviewComment.ts';

it('links the permanent ID on the configured site and quotes the summary', () => {
  const p = { id: 'HTTP-001', title: 'Serving HTTP with no timeouts', summary: 'A zero-value http.Server waits forever.' };
  expect(reviewComment(p, 'https://gopitfalls.dev')).toBe(
    '[HTTP-001: Serving HTTP with no timeouts](https://gopitfalls.dev/p/HTTP-001/) — A zero-value http.Server waits forever.',
  );
  expect(reviewComment(p, 'http://localhost:4321/')).toContain('(http://localhost:4321/p/HTTP-001/)');
});
