import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { SomkbError } from '../errors/index.js';
import { detectSourceFormat, readTextSource } from './index.js';

/** A ZIP archive of one stored (uncompressed) entry, as any ZIP tool writes it. */
function zipOf(name: string, content: string): Uint8Array {
  const nameBytes = Buffer.from(name, 'utf8');
  const data = Buffer.from(content, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function refusal(bytes: Uint8Array): SomkbError {
  try {
    detectSourceFormat(bytes, 'summary.docx');
  } catch (error) {
    if (error instanceof SomkbError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('detectSourceFormat', () => {
  it('tells a PDF by %PDF- at its start (or within its first 1024 bytes), whatever its name', () => {
    expect(detectSourceFormat(Buffer.from('%PDF-1.7\n…'), 'summary.txt')).toBe('pdf');
    expect(detectSourceFormat(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.4')]))).toBe('pdf');
  });

  it('tells a Word document by the word/document.xml inside its ZIP archive', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect(detectSourceFormat(docx, 'summary.pdf')).toBe('docx');
    expect(detectSourceFormat(zipOf('word/document.xml', '<w:document/>'))).toBe('docx');
  });

  it('reads everything else as text, which decoding then checks (a text file named .pdf too)', () => {
    expect(detectSourceFormat(Buffer.from('一. 导言\n'), 'summary.pdf')).toBe('text');
    expect(detectSourceFormat(new Uint8Array())).toBe('text');
  });

  it('refuses a ZIP archive that is not a Word document, naming what it is', () => {
    const zip = refusal(zipOf('notes.txt', 'hello'));
    expect(zip.code).toBe('INPUT_UNREADABLE');
    expect(zip.describe()).toBe(
      'summary.docx: a ZIP archive, not a Word document (it holds no word/document.xml); give the summary as .docx, PDF or UTF-8 text',
    );
    expect(refusal(zipOf('content.xml', '<office:document/>')).message).toMatch(/^an OpenDocument file/);
    expect(refusal(zipOf('xl/workbook.xml', '<workbook/>')).message).toMatch(/^an Excel workbook/);
  });

  it('refuses a Word 97–2003 .doc file and says to save it as .docx', () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(refusal(doc).message).toMatch(/Word 97–2003.*save it as \.docx or PDF$/);
  });
});

describe('readTextSource', () => {
  it('decodes text and refuses a PDF when no PDF reader was given', async () => {
    await expect(readTextSource(Buffer.from('文本'), { name: 'a.txt' })).resolves.toEqual({
      format: 'text',
      text: '文本',
    });
    await expect(readTextSource(Buffer.from('%PDF-1.4'), { name: 'a.pdf' })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });
});
