import { existsSync } from 'node:fs';
import path from 'node:path';
import { themeSourceFiles } from '@lectern/course';

/** The deck theme a new narrative's build task pins (`--theme`), so its inputs can name the theme's files. */
export const DEFAULT_NARRATIVE_THEME = 'lectern';

/**
 * What a narrative's `build` task reads besides the CLI (which turbo tracks as a dependency): its own files, the
 * config files `lectern build` looks for from the narrative folder upwards, and the CSS of the theme it pins.
 * Theme files sit outside the deck package's own build inputs, so a theme edit rebuilds only these tasks.
 */
export function narrativeTaskInputs(theme: string = DEFAULT_NARRATIVE_THEME): string[] {
  return [
    'narrative.yaml',
    'sections/**',
    'source.txt',
    'package.json',
    'lectern.config.*',
    '$TURBO_ROOT$/content/lectern.config.*',
    '$TURBO_ROOT$/content/package.json',
    '$TURBO_ROOT$/lectern.config.*',
    '$TURBO_ROOT$/package.json',
    ...themeSourceFiles(theme).map((file) => `$TURBO_ROOT$/packages/deck/${file}`),
  ];
}

/**
 * When the content folder sits in a Lectern repository (a `pnpm-workspace.yaml` beside it), a narrative is
 * also a workspace package with its own turbo task, so `pnpm build` caches and rebuilds it on its own, and CI
 * runners can share its outputs through a remote cache. Returns the two files that make it one, or nothing
 * elsewhere. The build script pins the theme, so config files cannot switch it behind the task's inputs.
 */
export function workspaceFiles(
  contentRoot: string,
  id: string,
  theme: string = DEFAULT_NARRATIVE_THEME,
): Record<string, string> {
  if (!existsSync(path.join(contentRoot, '..', 'pnpm-workspace.yaml'))) return {};
  const pkg = {
    name: `@lectern-narrative/${id}`,
    version: '0.0.0',
    private: true,
    description: `\`turbo run build\` renders this narrative into out/${id}/ (cached by its files).`,
    scripts: { build: `node ../../apps/cli/dist/bin.js build . --out ../../out --quiet --theme ${theme}` },
    devDependencies: { '@lectern/cli': 'workspace:*' },
  };
  const turbo = {
    $schema: 'https://turbo.build/schema.json',
    extends: ['//'],
    tasks: {
      build: {
        inputs: narrativeTaskInputs(theme),
        outputs: [`$TURBO_ROOT$/out/${id}/**`],
        env: ['CHROME_PATH'],
      },
    },
  };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'turbo.json': `${JSON.stringify(turbo, null, 2)}\n`,
  };
}
