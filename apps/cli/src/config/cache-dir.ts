import path from 'node:path';

/**
 * Lectern's cache folder (subset fonts kept between builds): `LECTERN_CACHE_DIR`, else the user's cache
 * folder plus `lectern` — `XDG_CACHE_HOME` or `~/.cache` (Linux and others), `~/Library/Caches` (macOS),
 * `%LOCALAPPDATA%` (Windows). `LECTERN_CACHE_DIR=off` (or empty) turns the cache off; so does an environment
 * that names no home. Read from `env` only, so a build's inputs are what its caller passes.
 */
export function cacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const own = env.LECTERN_CACHE_DIR;
  if (own !== undefined) return own === '' || own.toLowerCase() === 'off' ? undefined : path.resolve(own);
  const base =
    platform === 'win32'
      ? env.LOCALAPPDATA
      : platform === 'darwin'
        ? env.HOME && path.join(env.HOME, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  return base ? path.join(base, 'lectern') : undefined;
}

/** Where deck.html's subset fonts are kept, under `cacheDir`. */
export function fontCacheDir(env: Record<string, string | undefined>): string | undefined {
  const dir = cacheDir(env);
  return dir === undefined ? undefined : path.join(dir, 'fonts');
}
