import type { ItemDifficulty, ItemLevel, ItemSource } from '../model/item.js';
import type { GeneratorContext } from './context.js';

/** The fields every generated item shares. */
export function generatedBase(
  context: GeneratorContext,
  fields: {
    generator: string;
    key: string;
    stem: string;
    rationale: string;
    source: ItemSource;
    difficulty: ItemDifficulty;
    level: ItemLevel;
  },
) {
  const objective = context.objectiveFor(fields.source.sectionId, fields.level, `${fields.stem}\n${fields.rationale}`);
  return {
    id: `gen-${fields.generator}-${fields.key}`,
    origin: 'generated' as const,
    generator: fields.generator,
    language: context.language,
    stem: fields.stem,
    rationale: fields.rationale,
    source: fields.source,
    ...(objective === undefined ? {} : { objective }),
    difficulty: fields.difficulty,
    level: fields.level,
  };
}
