import path from 'node:path';
import { ImportFileError } from './import-file.error';

export type ImportFormat = 'CSV' | 'JSON' | 'XML';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['CSV', 'JSON', 'XML'];

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = { '.csv': 'CSV', '.json': 'JSON', '.xml': 'XML' };

const CONTENT_TYPES: Readonly<Record<string, ImportFormat>> = {
  'text/csv': 'CSV',
  'application/csv': 'CSV',
  'text/comma-separated-values': 'CSV',
  'application/json': 'JSON',
  'text/json': 'JSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
};

const SUPPORTED = 'Supported formats: CSV (.csv, text/csv), JSON (.json, application/json) and XML (.xml, application/xml).';

export interface ImportFormatHints {
  /** What the client asked for; wins over everything else. */
  format?: string | null;
  fileName?: string | null;
  contentType?: string | null;
}

/** The format of an upload: the explicit argument, else the file name's extension, else the content type. */
export function detectImportFormat({ format, fileName, contentType }: ImportFormatHints): ImportFormat {
  if (format) {
    const wanted = format.trim().toUpperCase();
    if ((IMPORT_FORMATS as readonly string[]).includes(wanted)) return wanted as ImportFormat;
    throw new ImportFileError('UNSUPPORTED_FORMAT', `Unsupported import format ${JSON.stringify(format)}. ${SUPPORTED}`);
  }
  const byExtension = fileName ? EXTENSIONS[path.extname(fileName).toLowerCase()] : undefined;
  if (byExtension) return byExtension;
  const byContentType = contentType ? formatOfContentType(contentType) : undefined;
  if (byContentType) return byContentType;
  const seen = [
    fileName ? `file name ${JSON.stringify(fileName)}` : 'no file name',
    contentType ? `content type ${JSON.stringify(contentType)}` : 'no content type',
  ];
  throw new ImportFileError('UNSUPPORTED_FORMAT', `Cannot tell the import format from ${seen.join(' and ')}. ${SUPPORTED}`);
}

function formatOfContentType(contentType: string): ImportFormat | undefined {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  // Structured syntax suffixes (RFC 6839): application/vnd.acme+json is JSON.
  if (mediaType.endsWith('+json')) return 'JSON';
  if (mediaType.endsWith('+xml')) return 'XML';
  return CONTENT_TYPES[mediaType];
}
