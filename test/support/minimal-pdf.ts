import { randomBytes } from 'node:crypto';

/** Options of {@link minimalPdf}. */
export interface MinimalPdfOptions {
  /** Lines of ASCII text on the one page (Helvetica, 12 pt); none for a page without text. */
  readonly lines?: readonly string[];
  /** Draw a grey image over the page, as a scanner's PDF holds (and no text). */
  readonly image?: boolean;
  /** Add an encryption dictionary whose password is unknown (a reader must ask for one). */
  readonly encrypted?: boolean;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

/**
 * A one-page PDF written by hand for the tests of bad input: text in Helvetica, an image only (a
 * scan without a text layer), or encrypted with a password nobody knows (the standard security
 * handler, revision 2, with random /O and /U entries). Offsets of the cross-reference table are
 * exact, so that poppler reads it without repairing it.
 */
export function minimalPdf(options: MinimalPdfOptions = {}): Buffer {
  const content: string[] = [];
  if (options.image === true) content.push('q 468 0 0 648 72 72 cm /Im1 Do Q');
  if (options.lines !== undefined && options.lines.length > 0) {
    content.push('BT /F1 12 Tf 72 740 Td 16 TL');
    for (const line of options.lines) content.push(`(${escapePdfString(line)}) Tj T*`);
    content.push('ET');
  }
  const stream = content.join('\n');
  const pixels = Buffer.alloc(8 * 8, 0x80);
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`,
        'latin1',
      ),
      pixels,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
  if (options.encrypted === true) {
    objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(32)}> /U <${hex(32)}> >>`);
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const encrypt =
    options.encrypted === true ? ` /Encrypt ${objects.length} 0 R /ID [<${hex(16)}> <${hex(16)}>]` : '';
  parts.push(
    Buffer.from(
      `${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}
