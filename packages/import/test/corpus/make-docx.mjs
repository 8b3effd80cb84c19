// Writes en-ai-funding.docx from the article below: a minimal, valid Word document (WordprocessingML)
// zipped with fflate at a fixed date, so the file is byte-identical on every run.
// Run: node packages/import/test/corpus/make-docx.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const article = [
  ['Title', 'AI Start-ups Raise Record Sums, but Few Earn Money'],
  ['P', 'By Elena Marsh, Venture Brief, March 4, 2024'],
  ['P', 'Investors poured money into generative AI companies last year even as overall venture funding shrank. The gap between what these start-ups raise and what they earn has never been wider.'],
  ['Heading1', 'Funding concentrates at the top'],
  ['P', 'Generative AI start-ups raised $29.1 billion in 2023, more than double the $12.4 billion raised in 2022. Total global venture funding fell 38% to $285 billion over the same period.'],
  ['P', 'OpenAI accounted for the largest single deal, a $10 billion investment from Microsoft announced in January 2023. Anthropic raised about $7.3 billion across several rounds during the year.'],
  ['Heading2', 'Valuations'],
  ['P', 'Mistral AI, founded in Paris in 2023, reached a valuation of roughly $2 billion after less than a year. Its Series A round brought in $415 million.'],
  ['Table', [['Company', '2023 funding', 'Valuation'], ['Anthropic', '$7.3 billion', '$18.4 billion'], ['Mistral AI', '$528 million', '$2 billion']]],
  ['Heading1', 'Revenue lags behind'],
  ['P', 'Few of these companies publish results. OpenAI told staff its annualised revenue passed $2 billion in December 2023, up from about $1.3 billion in October.'],
  ['List', 'Inference costs remain high: serving a large model can cost several cents per query.'],
  ['List', 'Enterprise adoption is slower than expected, with 23% of companies running AI in production.'],
  ['P', 'One partner at a Silicon Valley fund said the industry faces "a reckoning in two or three years, when the cash from these rounds runs out."'],
  ['Heading1', 'What comes next'],
  ['P', 'Analysts expect spending on generative AI software to grow 58% a year through 2027. Whether start-ups or the large cloud providers capture that spending is the open question.'],
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const run = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (style, text) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/>${style === 'ListParagraph' ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>` : ''}${run(text)}</w:p>`;
const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${para('', text)}</w:tc>`;
const table = (rows) => `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;

const body = article
  .map(([kind, content]) => {
    if (kind === 'Table') return table(content);
    if (kind === 'List') return para('ListParagraph', content);
    return para(kind === 'P' ? '' : kind, content);
  })
  .join('');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const files = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style></w:styles>`,
  'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
};

const mtime = new Date(Date.UTC(2024, 0, 1));
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime, level: 6 }]])));
writeFileSync(fileURLToPath(new URL('./en-ai-funding.docx', import.meta.url)), zip);
