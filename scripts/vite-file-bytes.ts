import { statSync } from 'node:fs';
import type { Plugin } from 'vite';

const query = '?bytes';
/** A virtual module per sized file (\0: Vite's dependency scan leaves it alone), its path encoded: Vitest must not hand a node_modules `.wasm` to Node. */
const prefix = '\0aisle-file-bytes/';

/**
 * `import size from 'pkg/file.wasm?bytes'`: the file's size in bytes, as a number, known when the
 * widget is built (or served by the dev server). The widget asks the shopper before a large download
 * and checks storage before it; the files it serves itself (ONNX Runtime's wasm) are sized here, from
 * the very file the build copies, so the engine knows their size without a request.
 */
export function fileBytesPlugin(): Plugin {
  return {
    name: 'aisle-file-bytes',
    // Before Vite's asset plugin, which would answer a `.wasm` id with its URL.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(query)) return undefined;
      const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`aisle-file-bytes: cannot resolve ${source}`);
      return `${prefix}${encodeURIComponent(resolved.id.split('?')[0])}.js`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      return `export default ${statSync(decodeURIComponent(id.slice(prefix.length, -'.js'.length))).size};`;
    },
  };
}
