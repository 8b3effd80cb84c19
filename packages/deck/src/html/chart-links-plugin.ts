/** Only our own chart images may be data URLs of SVG; content cannot write links (it is escaped). */
const CHART_DATA_URL = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/;

/**
 * The part of markdown-it's public API the plugin uses: `MarkdownIt#validateLink` is documented as the function to
 * override to change which links are allowed, and `MarkdownIt#set` changes options after creation.
 */
interface LinkValidating {
  validateLink(url: string): boolean;
  set(options: { linkify?: boolean }): unknown;
}

/**
 * markdown-it plugin, installed with `marp.use(chartLinks)`: lets the charts' own SVG data URLs through
 * markdown-it's link check (which refuses `data:` links but a few raster types), and turns linkify off so
 * prose that looks like a URL stays text.
 */
export function chartLinks(md: LinkValidating): void {
  const validate = md.validateLink.bind(md);
  md.validateLink = (url: string) => CHART_DATA_URL.test(url) || validate(url);
  md.set({ linkify: false });
}
