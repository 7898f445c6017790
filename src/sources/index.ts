export { POPPLER_MISSING, createSourceReader } from './read-source-file.js';
export type { SourceReaderOptions } from './read-source-file.js';
