/**
 * Inlines our chart images into Marp's HTML. Marp (html: false) can only show a chart as an
 * `<img src="data:image/svg+xml;base64,…">`, and text inside an SVG image cannot use the page's
 * fonts, so chart labels fell back to system fonts. Inline SVG text uses the embedded Noto Sans SC.
 *
 * Safe because only our own charts can be such images: the Marp engine accepts no other data URL
 * (marp-engine.ts), content is Markdown-escaped so it cannot write an image, and the SVG is built
 * and XML-escaped by src/charts. The decoded markup must also start the way our generator starts
 * it, and hold no script or foreign content; anything else stays an image.
 */
const CHART_IMG = /<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="[^"<>]*"\s*\/?>/g;
const OUR_ROOT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="';
const FORBIDDEN = /<(?:script|foreignObject|iframe|image|use|a)\b|\bon[a-z]+\s*=|javascript:|href\s*=/i;

/** The HTML with each of our chart images replaced by its SVG markup (class `lectern-chart`). */
export function inlineChartSvgs(html: string): string {
  return html.replace(CHART_IMG, (img, data: string) => {
    const svg = Buffer.from(data, 'base64').toString('utf8');
    if (!svg.startsWith(OUR_ROOT) || !svg.trimEnd().endsWith('</svg>') || FORBIDDEN.test(svg)) return img;
    return `<svg class="lectern-chart" ${svg.slice('<svg '.length)}`;
  });
}
