import { ArrayType, Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { FileImportRepository } from '../repositories/import/file-import.repository';
import { BaseEntity } from './base.entity';

/** One import of a ticket file (importTickets or a signed CSV upload), kept with every row it refused. */
@Entity({ tableName: 'imports', repository: () => FileImportRepository })
export class FileImport extends BaseEntity {
  [EntityRepositoryType]?: FileImportRepository;

  @Property({ type: 'text', nullable: true })
  fileName: string | null;

  /** CSV, JSON or XML. */
  @Property({ type: 'text' })
  format: string;

  /** Who imported it, as history names people (null for an anonymous signed upload). */
  @Property({ type: 'text', nullable: true })
  importedBy: string | null;

  /** The importer as `viewerKey` names callers: who besides staff sees the import. */
  @Property({ type: 'text', nullable: true })
  importedByKey: string | null;

  @Property({ type: 'integer' })
  total = 0;

  @Property({ type: 'integer' })
  successful = 0;

  @Property({ type: 'integer' })
  failed = 0;

  /** The refused rows' columns, in the order the file first gave them: the failed-rows file's header. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  columns: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  jobId: string | null = null;

  constructor(fields: { fileName: string | null; format: string; importedBy: string | null; importedByKey: string | null }) {
    super();
    this.fileName = fields.fileName;
    this.format = fields.format;
    this.importedBy = fields.importedBy;
    this.importedByKey = fields.importedByKey;
  }
}
