import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { FileImport } from '../../entities/file-import.entity';
import type { RowError } from '../../entities/classification-job.entity';
import { encodeCursor, keyset, pageOf, timeKeyset, type KeyColumn } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The `imports` table as clients read it. */
export const IMPORTS = new Table('imports', {
  id: column<string>('id', 'uuid'),
  fileName: column<string | null>('file_name', 'text'),
  format: column<string>('format', 'text'),
  importedBy: column<string | null>('imported_by', 'text'),
  importedByKey: column<string | null>('imported_by_key', 'text'),
  total: column<number>('total', 'integer'),
  successful: column<number>('successful', 'integer'),
  failed: column<number>('failed', 'integer'),
  columns: column<string[]>('columns', 'text[]'),
  jobId: column<string | null>('job_id', 'uuid'),
  createdAt: column<Date>('created_at', 'timestamptz'),
});

export interface ImportRecordRow extends RecordOf<typeof IMPORTS.spec> {}

/** A refused row: its number, every error, and its fields as the file gave them. */
export interface FailedRow {
  row: number;
  errors: string[];
  fields: Record<string, unknown>;
}

/** Which imports a caller sees: all, or those one caller made. */
export type ImportScope = { all: true } | { importedByKey: string };

const COLUMNS = IMPORTS.select();

function scopeWhere(scope: ImportScope): { sql: string; bindings: unknown[] } {
  return 'all' in scope ? { sql: 'true', bindings: [] } : { sql: 'imported_by_key = ?', bindings: [scope.importedByKey] };
}

export function importCursor(record: ImportRecordRow): string {
  return encodeCursor([record.createdAt.toISOString(), record.id]);
}

/** Row errors are listed in file order, by row number. */
const ROW_KEY: KeyColumn = { sql: 'row', cast: 'integer', kind: 'number', valid: (value) => Number.isInteger(value) && (value as number) > 0 && (value as number) <= 2 ** 31 - 1 };

export function rowErrorCursor(error: RowError): string {
  return encodeCursor([error.row]);
}

export class FileImportRepository extends EntityRepository<FileImport> {
  async findRecord(id: string): Promise<ImportRecordRow | undefined> {
    const [row] = await query<Record<string, unknown>>(this.getEntityManager(), `select ${COLUMNS} from imports where id = ?`, [id]);
    return row && IMPORTS.fromRow(row);
  }

  /** Newest first. */
  async findPage(scope: ImportScope, request: PageRequest): Promise<Page<ImportRecordRow>> {
    const where = scopeWhere(scope);
    const conditions = [where.sql];
    const keyset = timeKeyset(request, 'created_at', 'desc');
    if (keyset.condition) conditions.push(keyset.condition);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${COLUMNS} from imports where ${conditions.join(' and ')} order by ${keyset.orderBy} limit ?`,
      [...where.bindings, ...keyset.bindings, request.size + 1],
    );
    return pageOf(IMPORTS.fromRows(rows), request);
  }

  async countVisible(scope: ImportScope): Promise<number> {
    const where = scopeWhere(scope);
    const [row] = await query<{ count: string }>(this.getEntityManager(), `select count(*) from imports where ${where.sql}`, where.bindings);
    return Number(row!.count);
  }

  /** A page of an import's refused rows, in file order, each with all its errors. */
  async rowErrorPage(importId: string, request: PageRequest): Promise<Page<RowError>> {
    const page = keyset(request, [ROW_KEY], 'asc');
    const rows = await query<RowError>(
      this.getEntityManager(),
      `select row, errors from import_row_errors where import_id = ? ${page.condition ? `and ${page.condition}` : ''} order by ${page.orderBy} limit ?`,
      [importId, ...page.bindings, request.size + 1],
    );
    return pageOf(rows, request);
  }

  /** Refused rows of an import in file order, after the given row number (for the CSV download). */
  async failedRows(importId: string, afterRow: number, limit: number): Promise<FailedRow[]> {
    return query<FailedRow>(
      this.getEntityManager(),
      'select row, errors, fields from import_row_errors where import_id = ? and row > ? order by row limit ?',
      [importId, afterRow, limit],
    );
  }
}
