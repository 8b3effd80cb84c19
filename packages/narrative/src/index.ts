export { defineRules, RULE_ID } from './catalog/rule-entry.js';
export type { RuleEntry, RuleId } from './catalog/rule-entry.js';
export { NARRATIVE_RULES } from './catalog/narrative-rules.js';
export type { NarrativeRule } from './catalog/narrative-rules.js';
export { LecternError } from './errors.js';
export { inScript, isTraditional, toSimplified, toTraditional } from './locale/chinese-script.js';
export { forLanguage } from './locale/for-language.js';
export { scriptPattern } from './locale/script-pattern.js';
export { isChinese, uiLanguage } from './locale/ui-language.js';
export type { UiLanguage } from './locale/ui-language.js';
export { entityName } from './facts/entity-name.js';
export { factMagnitude, scaleMultiplier } from './facts/magnitude.js';
export { formatFactValue } from './facts/format-value.js';
export { indexNarrative } from './facts/index-narrative.js';
export type { NarrativeIndex } from './facts/index-narrative.js';
export { hasErrors, sortFindings } from './findings.js';
export type { Finding, Severity } from './findings.js';
export { findNarratives } from './fs/find-narratives.js';
export { closest } from './parse/did-you-mean.js';
export { chineseNumeral } from './parse/numbers-in-text.js';
export { loadNarrative, loadNarrativeFolder } from './fs/load-narrative.js';
export type { LoadedFolder, LoadOptions } from './fs/load-narrative.js';
export { readNarrativeFiles } from './fs/read-files.js';
export { narrativeJsonSchema, sectionJsonSchema } from './json-schema/json-schema.js';
export type {
  AuthoredItem,
  Cut,
  EditorialChange,
  Entity,
  Fact,
  Located,
  Narrative,
  NarrativeMeta,
  Objective,
  Paragraph,
  QuizBlueprint,
  Quote,
  Section,
  Source,
  SourceLocation,
  TimelineEvent,
} from './model.js';
export { MAX_FILE_BYTES } from './parse/limits.js';
export { createParseCache } from './parse/parse-cache.js';
export type { ParseCache } from './parse/parse-cache.js';
export { parseNarrative } from './parse/parse-narrative.js';
export type { ParseOptions, ParseResult } from './parse/parse-narrative.js';
export {
  AuthoredChoiceItemSchema,
  AuthoredClozeItemSchema,
  AuthoredItemSchema,
  AuthoredMatchingItemSchema,
  AuthoredMultipleItemSchema,
  AuthoredNumericItemSchema,
  AuthoredOrderingItemSchema,
  AuthoredShortItemSchema,
  AuthoredTrueFalseItemSchema,
  CognitiveLevelSchema,
  CutSchema,
  DatePrecisionSchema,
  DifficultySchema,
  EditorialChangeSchema,
  EditorialKindSchema,
  EntityKindSchema,
  EntitySchema,
  EventSchema,
  FactKindSchema,
  FactSchema,
  IdSchema,
  ItemTargetSchema,
  LanguageSchema,
  NarrativeMetaSchema,
  ObjectiveSchema,
  QualifierSchema,
  QuizBlueprintSchema,
  QuoteSchema,
  ScaleSchema,
  SectionFrontmatterSchema,
  SourceSchema,
  TextSchema,
  WebLinkSchema,
  isWebLink,
} from './schema/index.js';
