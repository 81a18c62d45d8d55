import { createHash } from 'node:crypto';

/** The key of a cache entry: SHA-256 of the JSON of everything the entry depends on (32 hex digits). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
