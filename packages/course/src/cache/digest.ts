import { createHash } from 'node:crypto';

/** A SHA-256 digest of a cache key: what caches keep and compare instead of the key itself. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
