/**
 * The types the engine room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { PrebuiltIndexManifest } from '../search/search-types.ts';

/** Where a catalog came from when it is a prebuilt search index: its folder and manifest (for its vectors). */
export interface PrebuiltSource {
  url: string;
  manifest: PrebuiltIndexManifest;
}
