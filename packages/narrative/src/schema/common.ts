import { z } from 'zod';

/** A kebab-case or dotted identifier, unique within its kind across the narrative. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    message: 'must be lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  .max(80);

/** A non-empty line of text (leading/trailing whitespace is not allowed to be all of it). */
export const TextSchema = z.string().trim().min(1, { message: 'must not be empty' });

/** BCP 47 language tag such as `zh-CN` or `en`. */
export const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, {
  message: 'must be a BCP 47 language tag such as "zh-CN", "zh-Hans" or "en"',
});

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
/** Bloom's levels, lowest first: recall; explain; use (compute, rank, compare); take an argument apart. */
export const CognitiveLevelSchema = z.enum(['remember', 'understand', 'apply', 'analyse']);

/** Link schemes content may use: anything else (`javascript:`, `file:`, `smb:`, `ms-msdt:`…) could run or open something. */
const WEB_LINK = /^https?:\/\//i;

/** Whether `url` is a web address (http or https) that outputs may turn into a link. */
export function isWebLink(url: string): boolean {
  if (!WEB_LINK.test(url)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A web address: http(s) only, so no output ever carries a `javascript:` or `file:` link taken from content. */
export const WebLinkSchema = z.url({
  protocol: /^https?$/,
  message: 'must be a web address starting with https:// or http:// (other kinds of link are refused)',
});
