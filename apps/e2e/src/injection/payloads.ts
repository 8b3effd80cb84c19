/**
 * Markup that would do something if a generator forgot to escape it: HTML/JS, Markdown links, CSS, Marp
 * directives and slide breaks, handlebars, GIFT and XML syntax. Each sets no real state; `alert` is hooked.
 */
export const INJECTION_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '</style>',
  '<!-- theme: gaia -->',
  '<!-- _class: x -->',
  '---',
  '{{x}}',
  '{{{x}}}',
  '{}~=#:',
  ']]>',
  '&amp;',
] as const;

/** Every payload on one line, between plain words so a test can find where it starts and ends. */
export const PAYLOAD_LINE = `甲 ${INJECTION_PAYLOADS.join(' ')} 乙`;

/** The payloads with a Marp slide break (`---`) and a directive on lines of their own: for fields that may hold newlines. */
export const PAYLOAD_BLOCK = `${PAYLOAD_LINE}\n---\n<!-- _class: x -->\n乙`;

/** Patterns whose presence in rendered HTML means a payload became markup (escaped text does not match). */
export const LIVE_MARKUP: readonly RegExp[] = [
  /<script>alert/i,
  /<img\s+src=["']?x/i,
  /<[a-z][^<>]*\sonerror\s*=/i,
  /href\s*=\s*["']?\s*javascript:/i,
];

/** `text` with every markup character replaced by a letter: the same length and width, nothing to escape. */
export function defused(text: string): string {
  return text.replace(/[<>[\]()/!{}~=#:&;_*`\\|-]/g, 'a');
}
