export { SomkbError, isSomkbError } from './somkb-error.js';
export type { SomkbErrorCode, SomkbErrorOptions } from './somkb-error.js';
