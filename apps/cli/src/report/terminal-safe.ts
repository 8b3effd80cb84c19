/**
 * Content reaches the terminal inside messages (a quoted key, an id, a value). Control characters in it —
 * an ANSI escape sequence, a carriage return, a bell — would act on the user's terminal instead of
 * showing, and bidirectional overrides (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and zero-width
 * characters (U+200B–200D, U+2060, U+FEFF) would reorder or hide what the user reads ("Trojan Source"), so
 * each is written as a visible `\u{…}` escape. Tabs stay; line breaks stay only where the caller allows them.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g,
    (c) => (keepNewlines && c === '\n' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`),
  );
}
