import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrativeTaskInputs, workspaceFiles } from '../src/scaffold/workspace-files.js';

describe('workspaceFiles', () => {
  it('makes a narrative in a Lectern repository its own cached turbo task', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'lectern-ws-'));
    writeFileSync(path.join(repo, 'pnpm-workspace.yaml'), 'packages: ["content/*"]\n');
    const files = workspaceFiles(path.join(repo, 'content'), 'my-talk');
    const pkg = JSON.parse(files['package.json']!);
    const turbo = JSON.parse(files['turbo.json']!);
    expect(pkg.name).toBe('@lectern-narrative/my-talk');
    expect(pkg.scripts.build).toContain('build . --out ../../out');
    expect(turbo.tasks.build.outputs).toEqual(['$TURBO_ROOT$/out/my-talk/**']);
  });

  it('adds nothing outside a repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lectern-nows-'));
    expect(workspaceFiles(path.join(dir, 'content'), 'x')).toEqual({});
  });
});

describe('narrativeTaskInputs', () => {
  it('names the pinned theme’s CSS and the config files `lectern build` reads', () => {
    expect(narrativeTaskInputs()).toContain('$TURBO_ROOT$/packages/deck/themes/lectern.css');
    expect(narrativeTaskInputs('lectern-dark')).toEqual(
      expect.arrayContaining([
        '$TURBO_ROOT$/packages/deck/themes/lectern.css',
        '$TURBO_ROOT$/packages/deck/themes/lectern-dark.css',
      ]),
    );
    // Marp's gaia comes with marp-core; our layouts' rules for it are the one theme file it reads.
    expect(narrativeTaskInputs('gaia').filter((i) => i.includes('/themes/'))).toEqual([
      '$TURBO_ROOT$/packages/deck/themes/marp-layouts.css',
    ]);
    expect(narrativeTaskInputs()).toEqual(
      expect.arrayContaining(['lectern.config.*', '$TURBO_ROOT$/lectern.config.*']),
    );
  });

  it('pins the theme in the build script', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'lectern-ws-'));
    writeFileSync(path.join(repo, 'pnpm-workspace.yaml'), 'packages: ["content/*"]\n');
    const files = workspaceFiles(path.join(repo, 'content'), 'dark-talk', 'lectern-dark');
    expect(JSON.parse(files['package.json']!).scripts.build).toMatch(/--theme lectern-dark$/);
    expect(JSON.parse(files['turbo.json']!).tasks.build.inputs).toEqual(narrativeTaskInputs('lectern-dark'));
  });
});
