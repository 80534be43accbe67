/**
 * The one registry of components that pitfall pages may use. Content files import
 * nothing; the page template passes this map to the renderer. Keep it in step with
 * MDX_COMPONENTS in src/lib/contentCheck.ts (a unit test does).
 */
import { Aside } from '@astrojs/starlight/components';
import BadCode from './BadCode.astro';
import GoodCode from './GoodCode.astro';

export const mdxComponents = { Aside, BadCode, GoodCode };
