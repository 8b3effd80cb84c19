import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, fontCacheDir } from '../src/config/cache-dir.js';

describe('where Lectern keeps its cache', () => {
  it('takes LECTERN_CACHE_DIR first, and turns the cache off for "off" or an empty value', () => {
    expect(cacheDir({ LECTERN_CACHE_DIR: '/srv/cache', HOME: '/home/a' }, 'linux')).toBe(path.resolve('/srv/cache'));
    expect(cacheDir({ LECTERN_CACHE_DIR: 'off', HOME: '/home/a' }, 'linux')).toBeUndefined();
    expect(cacheDir({ LECTERN_CACHE_DIR: '', HOME: '/home/a' }, 'linux')).toBeUndefined();
  });

  it("uses the platform's user cache folder", () => {
    expect(cacheDir({ HOME: '/home/a' }, 'linux')).toBe(path.join('/home/a', '.cache', 'lectern'));
    expect(cacheDir({ HOME: '/home/a', XDG_CACHE_HOME: '/x' }, 'linux')).toBe(path.join('/x', 'lectern'));
    expect(cacheDir({ HOME: '/Users/a' }, 'darwin')).toBe(path.join('/Users/a', 'Library', 'Caches', 'lectern'));
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Local', 'lectern'),
    );
  });

  it('has no cache when the environment names no home', () => {
    expect(cacheDir({}, 'linux')).toBeUndefined();
    expect(fontCacheDir({})).toBeUndefined();
  });
});
