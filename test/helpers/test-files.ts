/** Files the attachment tests make themselves. */

/** A WAV file (PCM, 16-bit mono) of `seconds` of a sine tone. */
export function wavFile(seconds: number, sampleRate = 8000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 8000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A Windows executable's first bytes (the DOS header), whatever the name claims. */
export function exeFile(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}

/** A PDF with one page per text, each page's text drawn in Helvetica. */
export async function pdfFile(pages: readonly string[]): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage().drawText(text, { x: 50, y: 700, font, size: 14 });
  return Buffer.from(await pdf.save());
}

/** A minimal Word document (DOCX) with one paragraph per text. */
export async function docxFile(paragraphs: readonly string[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The same archive with its central directory claiming that `word/document.xml` inflates to about 4 GB (a decompression bomb's header). */
export function inflatingTo4Gb(docx: Buffer): Buffer {
  const bomb = Buffer.from(docx);
  for (let i = 0; i + 46 < bomb.length; i++) {
    if (bomb.readUInt32LE(i) !== 0x02014b50) continue;
    const name = bomb.toString('latin1', i + 46, i + 46 + bomb.readUInt16LE(i + 28));
    if (name === 'word/document.xml') bomb.writeUInt32LE(0xfffffff0, i + 24);
  }
  return bomb;
}

/** An e-mail with a plain-text body and a PDF attached. */
export function emlFile(subject: string, body: string): Buffer {
  return Buffer.from([
    'From: Ann Example <ann@example.com>', 'To: support@example.com', `Subject: ${subject}`, 'Date: Tue, 01 Dec 2026 09:30:00 +0000',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', '', body,
    '--b1', 'Content-Type: application/pdf; name="invoice.pdf"', 'Content-Disposition: attachment; filename="invoice.pdf"',
    'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4 not really').toString('base64'),
    '--b1--', '',
  ].join('\r\n'));
}

/** A PNG whose header claims `width` x `height` pixels (its one row of data inflates to nothing like that): an image bomb's header. */
export function pngClaiming(width: number, height: number): Buffer {
  const { crc32, deflateSync } = require('node:zlib') as typeof import('node:zlib');
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ISO BMFF box: 32-bit size, type, content (or, with `large`, the 64-bit size form). */
function mp4Box(type: string, content: Buffer, large = false): Buffer {
  const header = Buffer.alloc(large ? 16 : 8);
  header.writeUInt32BE(large ? 1 : 8 + content.length, 0);
  header.write(type, 4, 'latin1');
  if (large) header.writeBigUInt64BE(BigInt(16 + content.length), 8);
  return Buffer.concat([header, content]);
}

/**
 * An MP4 of `seconds` as a camera writes it: `ftyp`, the media data, then `moov` with its movie
 * header (version 0, 32-bit times; version 1, 64-bit times, with the media data in a 64-bit box).
 */
export function mp4File(seconds: number, options: { version: 0 | 1; timescale?: number } = { version: 0 }): Buffer {
  const timescale = options.timescale ?? 1000;
  const duration = Math.round(seconds * timescale);
  const mvhd = Buffer.alloc(options.version === 1 ? 112 : 100);
  mvhd[0] = options.version;
  if (options.version === 1) {
    mvhd.writeUInt32BE(timescale, 20);
    mvhd.writeBigUInt64BE(BigInt(duration), 24);
  } else {
    mvhd.writeUInt32BE(timescale, 12);
    mvhd.writeUInt32BE(duration, 16);
  }
  const ftyp = mp4Box('ftyp', Buffer.from('isom\u0000\u0000\u0002\u0000isomiso2mp41', 'latin1'));
  const mdat = mp4Box('mdat', Buffer.alloc(4096, 0x42), options.version === 1);
  return Buffer.concat([ftyp, mdat, mp4Box('moov', mp4Box('mvhd', mvhd))]);
}

/** An EBML element: id bytes, a size as an 8-byte variable-length integer (or "unknown"), content. */
function ebml(id: number[], content: Buffer, unknownSize = false): Buffer {
  const size = Buffer.alloc(8);
  if (unknownSize) size.fill(0xff, 0, 8).writeUInt8(0x01, 0);
  else size.writeBigUInt64BE(BigInt(content.length) | (1n << 56n));
  return Buffer.concat([Buffer.from(id), size, content]);
}

/** A WebM of `seconds` as a live recorder writes it: a Segment of unknown size whose Info holds a TimecodeScale and a float Duration. */
export function webmFile(seconds: number, timecodeScale = 1_000_000): Buffer {
  const scale = Buffer.alloc(4);
  scale.writeUInt32BE(timecodeScale);
  const duration = Buffer.alloc(8);
  duration.writeDoubleBE((seconds * 1e9) / timecodeScale);
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], Buffer.from('webm')));
  const info = ebml([0x15, 0x49, 0xa9, 0x66], Buffer.concat([ebml([0x2a, 0xd7, 0xb1], scale), ebml([0x44, 0x89], duration)]));
  const cluster = ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.alloc(2048, 0x42));
  return Buffer.concat([header, ebml([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, cluster]), true)]);
}
