/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** The slug of the pitfall being rendered; set by src/pages/pitfalls/[slug].astro for code components. */
    pitfallSlug?: string;
  }
}
