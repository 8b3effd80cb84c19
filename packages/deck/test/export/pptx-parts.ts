import { strFromU8, unzipSync } from 'fflate';

/** The text parts of a .pptx, by path, for assertions on the XML. */
export function pptxParts(pptx: Uint8Array): Record<string, string> {
  const entries = unzipSync(pptx);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  }
  return parts;
}

/** The `<a:t>` runs of one part, decoded. */
export function textRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Slide parts in slide order (slide1.xml, slide2.xml, … numerically). */
export function slideXml(parts: Record<string, string>, kind: 'slide' | 'notesSlide' = 'slide'): string[] {
  const dir = kind === 'slide' ? 'ppt/slides/' : 'ppt/notesSlides/';
  const re = new RegExp(`^${dir}${kind}(\\d+)\\.xml$`);
  return Object.keys(parts)
    .map((name) => [name, Number(re.exec(name)?.[1])] as const)
    .filter(([, n]) => !Number.isNaN(n))
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => parts[name]!);
}
