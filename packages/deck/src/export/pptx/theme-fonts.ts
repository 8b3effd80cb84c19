/** A theme's font faces: Latin runs, East Asian runs. */
export interface OfficeFaces {
  latin: string;
  eastAsian: string;
}

/**
 * Microsoft YaHei's classification. PowerPoint picks a substitute for a missing font from these: a sans-serif
 * (pitch family 34) face with the GB 2312 charset (-122) — PingFang SC on a Mac, a CJK sans on Linux —
 * rather than a serif.
 */
const EA_CLASS = 'panose="020B0503020204020204" pitchFamily="34" charset="-122"';

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function fontScheme(xml: string, faces: OfficeFaces): string {
  const ea = `<a:ea typeface="${escapeAttr(faces.eastAsian)}" ${EA_CLASS}/>`;
  return xml.replace(/<a:(majorFont|minorFont)>([\s\S]*?)<\/a:\1>/g, (_, kind: string, body: string) => {
    const next = body
      .replace(/<a:latin\b[^>]*\/>/, `<a:latin typeface="${escapeAttr(faces.latin)}"/>`)
      .replace(/<a:ea\b[^>]*\/>/, ea)
      .replace(
        /<a:font script="Hans" typeface="[^"]*"\/>/,
        `<a:font script="Hans" typeface="${escapeAttr(faces.eastAsian)}"/>`,
      );
    return `<a:${kind}>${next}</a:${kind}>`;
  });
}

/** Run properties that name a theme font for Latin text name the same slot's East Asian and complex-script font. */
const themeSlots = (xml: string): string =>
  xml.replace(/<a:(ea|cs) typeface="\+(mj|mn)-lt"/g, '<a:$1 typeface="+$2-$1"');

/**
 * Sets the presentation theme's fonts (ppt/theme/*.xml): the Latin face, and the East Asian face for both the
 * heading and body slots and for the Simplified Chinese script, so text takes the theme's CJK face on any
 * machine; and makes runs that refer to a theme slot (`+mn-lt`) use that slot's East Asian face for CJK.
 * The returned function edits one XML part, given its name.
 */
export function themeFonts(faces: OfficeFaces): (name: string, xml: string) => string {
  return (name, xml) => {
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) return fontScheme(xml, faces);
    if (/^ppt\/(slides|slideLayouts|slideMasters|charts)\/[^/]+\.xml$/.test(name)) return themeSlots(xml);
    return xml;
  };
}
