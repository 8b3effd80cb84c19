import { escapeHtml } from './escape-html.js';
import { playerLabels } from './player-labels.js';

/** JSON safe inside a `<script type="application/json">` block. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/**
 * The player's own markup around the slides, in the deck's language: presenter panel, overview, curtain, live
 * region, key help, and the labels the player script fills in at run time (a JSON block: the script itself stays
 * one static file under the page's CSP hash). Every label is escaped.
 */
export function playerChrome(language: string): string {
  const l = playerLabels(language);
  const e = escapeHtml;
  const keys = l.keys.map(([k, action]) => `<dt>${e(k)}</dt><dd>${e(action)}</dd>`).join('');
  const runtime = {
    black: l.black,
    white: l.white,
    presenterTitle: l.presenterTitle,
    announce: l.announce,
    overviewItem: l.overviewItem,
  };
  return `<aside id="presenter" aria-label="${e(l.presenterView)}">
<div id="presenter-bar"><span id="presenter-counter"></span><span id="presenter-screen"></span><button type="button" id="presenter-timer" title="${e(l.timer)}">00:00</button></div>
<div id="presenter-next" class="marpit" aria-label="${e(l.nextSlide)}"></div>
<pre id="presenter-notes" aria-label="${e(l.speakerNotes)}" tabindex="0"></pre>
</aside>
<nav id="overview" aria-label="${e(l.overview)}" hidden></nav>
<div id="curtain" hidden></div>
<div id="help" role="dialog" aria-modal="true" aria-labelledby="help-title" hidden><div><h2 id="help-title">${e(l.help)}</h2><dl>${keys}</dl><button type="button" id="help-close">${e(l.close)}</button></div></div>
<div id="announce" aria-live="polite" aria-atomic="true"></div>
<script type="application/json" id="lectern-labels">${scriptJson(runtime)}</script>`;
}
