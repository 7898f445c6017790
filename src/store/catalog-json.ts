import { createHash } from 'node:crypto';
import type { Catalog } from '../domain/index.js';

/**
 * JSON with object keys in sorted order, so that two deep-equal catalogs serialize identically
 * whatever order their properties were created in: a store compares catalogs by this text (or its
 * hash) to tell a republish of the current catalog from a change.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value));
}

/** A deep copy of `value` whose objects have their keys in sorted order (faster than a replacer). */
function withSortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element: unknown) => withSortedKeys(element));
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = withSortedKeys(record[key]);
  return sorted;
}

/** SHA-256 of a text's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parses a stored catalog; `undefined` when the JSON does not have the shape of a catalog. */
export function parseCatalogJson(json: string): Catalog | undefined {
  const value: unknown = JSON.parse(json);
  return isCatalogShaped(value) ? value : undefined;
}

function isCatalogShaped(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const document = record['document'];
  return (
    typeof record['language'] === 'string' &&
    typeof document === 'object' &&
    document !== null &&
    typeof (document as Record<string, unknown>)['id'] === 'string' &&
    Array.isArray(record['paragraphs']) &&
    Array.isArray(record['themes']) &&
    Array.isArray(record['papers'])
  );
}
