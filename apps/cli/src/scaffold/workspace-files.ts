import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * When the content folder sits in a Lectern repository (a `pnpm-workspace.yaml` beside it), a narrative is
 * also a workspace package with its own turbo task, so `pnpm build` caches and rebuilds it on its own.
 * Returns the two files that make it one, or nothing elsewhere.
 */
export function workspaceFiles(contentRoot: string, id: string): Record<string, string> {
  if (!existsSync(path.join(contentRoot, '..', 'pnpm-workspace.yaml'))) return {};
  const pkg = {
    name: `@lectern-narrative/${id}`,
    version: '0.0.0',
    private: true,
    description: `\`turbo run build\` renders this narrative into out/${id}/ (cached by its files).`,
    scripts: { build: 'node ../../apps/cli/dist/bin.js build . --out ../../out --quiet' },
    devDependencies: { '@lectern/cli': 'workspace:*' },
  };
  const turbo = {
    $schema: 'https://turbo.build/schema.json',
    extends: ['//'],
    tasks: {
      build: {
        inputs: ['narrative.yaml', 'sections/**', 'source.txt', 'package.json'],
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
