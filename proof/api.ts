/**
 * The engine's public face. The site (src/) and the tools (scripts/) import the engine only
 * through this module: the results it wrote, whether they are current, and the sandbox file
 * format the pages display (regions and markers). Everything else under proof/ is internal;
 * proof/boundaries.test.ts enforces it.
 */
export { ROOT, SANDBOX_DIR, PROOF_CACHE_DIR, RECORDS_DIR, rel } from './paths.ts';
export { proofResultSchema, readResult, RESULTS_VERSION, type ProofResult, type VariantResult } from './results.ts';
export { resultState, type ResultState } from './state.ts';
export { goEnv, sandboxSlugs } from './go.ts';
export { parseMarkers, excerpt, type ParsedFile, type Excerpt, type Annotation } from './markers.ts';
export { readSandboxFile, readRegion } from './sandbox.ts';
export { lineDiff, type SourceLine } from './lineDiff.ts';
export { DETECTOR_PATTERN, DETECTOR_TOOLS, detectorName } from './detectors.ts';
export { parseProofSpec, lineOfKey, type ProofSpec } from './spec.ts';

// For tools that make synthetic results (scripts/scale.ts): the cache key and the writer.
export { engineKey, proofHash } from './hash.ts';
export { writeResult } from './results.ts';

// Database servers a proof ran against (proof.yaml `services`), as the page names them.
export { displayVersion } from './services.ts';
