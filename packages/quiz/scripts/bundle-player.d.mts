/** Where the bundled player is written: templates/quiz-player.js. */
export const PLAYER_BUNDLE: string;
/** The bundled player script, as text. */
export function bundlePlayer(): Promise<string>;
