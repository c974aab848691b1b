import { describe, expect, test } from 'vitest';
import { detectImportFormat, ImportFileError } from '../../src/services/import';

describe('detectImportFormat', () => {
  test('the explicit format wins, then the extension, then the content type', () => {
    expect(detectImportFormat({ format: 'XML', fileName: 'tickets.csv', contentType: 'application/json' })).toBe('XML');
    expect(detectImportFormat({ format: 'json' })).toBe('JSON');
    expect(detectImportFormat({ fileName: 'Export.2024.CSV', contentType: 'application/json' })).toBe('CSV');
    expect(detectImportFormat({ fileName: '/uploads/tickets.Json' })).toBe('JSON');
    expect(detectImportFormat({ fileName: 'tickets.xml' })).toBe('XML');
    expect(detectImportFormat({ fileName: 'tickets.txt', contentType: 'text/csv; charset=utf-8' })).toBe('CSV');
    expect(detectImportFormat({ contentType: 'Application/JSON' })).toBe('JSON');
    expect(detectImportFormat({ contentType: 'application/vnd.api+json' })).toBe('JSON');
    expect(detectImportFormat({ contentType: 'text/xml' })).toBe('XML');
    expect(detectImportFormat({ contentType: 'application/atom+xml' })).toBe('XML');
  });

  test('anything else is refused with a message naming the supported formats', () => {
    const supported = 'Supported formats: CSV (.csv, text/csv), JSON (.json, application/json) and XML (.xml, application/xml).';
    expect(() => detectImportFormat({ fileName: 'tickets.xlsx', contentType: 'application/octet-stream' })).toThrow(
      new ImportFileError('UNSUPPORTED_FORMAT', `Cannot tell the import format from file name "tickets.xlsx" and content type "application/octet-stream". ${supported}`),
    );
    expect(() => detectImportFormat({})).toThrow(`Cannot tell the import format from no file name and no content type. ${supported}`);
    expect(() => detectImportFormat({ format: 'YAML', fileName: 'tickets.csv' })).toThrow(`Unsupported import format "YAML". ${supported}`);
    const error = thrown(() => detectImportFormat({ fileName: 'tickets' }));
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'UNSUPPORTED_FORMAT' } });
  });
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
