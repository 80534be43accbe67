import { expect, it } from 'vitest';
import { reviewComment, reviewLink, reviewPath } from './reviewComment.ts';

const p = { id: 'HTTP-001', title: 'Serving HTTP with no timeouts', summary: 'A zero-value http.Server waits forever.' };

it('links the permanent ID on the given origin and quotes the summary', () => {
  expect(reviewComment(p, 'https://gopitfalls.dev')).toBe(
    '[HTTP-001: Serving HTTP with no timeouts](https://gopitfalls.dev/p/HTTP-001/) — A zero-value http.Server waits forever.',
  );
  // A local build passes the origin the page is served from (location.origin).
  expect(reviewComment(p, 'http://127.0.0.1:4402')).toContain('(http://127.0.0.1:4402/p/HTTP-001/)');
});

it('builds the short link from the ID alone', () => {
  expect(reviewPath('JSON-001')).toBe('/p/JSON-001/');
  expect(reviewLink('JSON-001', 'https://gopitfalls.dev/some/page/')).toBe('https://gopitfalls.dev/p/JSON-001/');
});
