/**
 * Content reaches the terminal inside messages (a quoted key, an id, a value). Control characters in it —
 * an ANSI escape sequence, a carriage return, a bell — would act on the user's terminal instead of
 * showing, so each is written as a visible `\u{…}` escape. Tabs stay; line breaks stay only where the
 * caller allows them.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    keepNewlines && c === '\n' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
