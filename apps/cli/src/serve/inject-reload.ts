import { overlayScript } from './overlay-script.js';

export const RELOAD_SCRIPT_PATH = '/__lectern/reload.js';
export const EVENTS_PATH = '/__lectern/events';

/** The client every served page loads: live reload, and the error overlay for a failed rebuild. */
export const RELOAD_SCRIPT = overlayScript(EVENTS_PATH);

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']content-security-policy["'][^>]*>/i;

/** Adds `'self'` to a directive (creating it from default-src when absent) so our script and EventSource may run. */
function allowSelf(policy: string, directive: string): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => p.split(/\s+/)[0]?.toLowerCase() === directive);
  if (index >= 0) {
    const tokens = parts[index]!.split(/\s+/);
    const rest = tokens.slice(1).filter((t) => t !== "'none'");
    if (!rest.includes("'self'")) rest.push("'self'");
    parts[index] = [tokens[0], ...rest].join(' ');
  } else {
    const fallback = parts.find((p) => p.split(/\s+/)[0]?.toLowerCase() === 'default-src');
    const sources = (fallback?.split(/\s+/).slice(1) ?? []).filter((t) => t !== "'none'");
    parts.push([directive, ...sources.filter((t) => t !== "'self'"), "'self'"].join(' '));
  }
  return parts.join('; ');
}

function nonceIn(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

/**
 * For SERVED pages only (never the files on disk): loads the reload script from the server and
 * widens the page's CSP just enough (`'self'` for scripts and connections). Keeps a page nonce if the
 * policy uses one, since `'strict-dynamic'` policies ignore `'self'`.
 */
export function injectReload(html: string): string {
  let nonce: string | undefined;
  let out = html.replace(CSP_META, (meta) =>
    meta.replace(/content\s*=\s*(["'])([\s\S]*?)\1/i, (_m, quote: string, policy: string) => {
      const decoded = policy
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      nonce = nonceIn(decoded);
      const widened = allowSelf(allowSelf(decoded, 'script-src'), 'connect-src');
      const encoded = quote === '"' ? widened.replace(/"/g, '&quot;') : widened.replace(/'/g, '&#39;');
      return `content=${quote}${encoded}${quote}`;
    }),
  );
  const tag = `<script src="${RELOAD_SCRIPT_PATH}"${nonce ? ` nonce="${nonce}"` : ''}></script>`;
  out = /<\/body>/i.test(out) ? out.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${tag}</body>`) : out + tag;
  return out;
}
