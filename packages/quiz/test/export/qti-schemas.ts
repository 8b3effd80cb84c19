import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/** `LECTERN_QTI_SCHEMAS`, else `<repo>/../shared/schemas/qti` (CI puts a copy of shared/ beside the clone). */
export function qtiSchemaDir(): string {
  const repo = fileURLToPath(new URL('../../../../', import.meta.url));
  return process.env.LECTERN_QTI_SCHEMAS ?? join(repo, '..', 'shared', 'schemas', 'qti');
}

function xsdFiles(root: string): { fileName: string; contents: string }[] {
  const out: { fileName: string; contents: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.xsd'))
        out.push({ fileName: relative(root, path), contents: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return out;
}

export const QTI_ITEM_XSD = 'qtiv2p1/imsqti_v2p1.xsd';
export const CP_XSD = 'imscp_v1p1.xsd';

/**
 * Validates documents against one of the schema folder's XSDs with xmllint (WebAssembly build, offline:
 * every imported XSD is preloaded under its relative path). Returns xmllint's error lines.
 */
export async function validateAgainst(main: string, docs: Record<string, string>): Promise<string[]> {
  const root = qtiSchemaDir();
  if (!existsSync(join(root, main))) throw new Error(`QTI schemas not found at ${root} (set LECTERN_QTI_SCHEMAS)`);
  const all = xsdFiles(root);
  const result = await validateXML({
    xml: Object.entries(docs).map(([fileName, contents]) => ({ fileName: fileName.replace(/\//g, '_'), contents })),
    schema: all.filter((f) => f.fileName === main),
    preload: all.filter((f) => f.fileName !== main),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
