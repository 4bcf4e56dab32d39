/** A file's size in bytes, known at build time (scripts/vite-file-bytes.ts). */
declare module '*?bytes' {
  const bytes: number;
  export default bytes;
}
