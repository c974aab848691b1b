import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../ids';
import type { ImportRecordRow } from '../../repositories/import/file-import.repository';
import { ImportRowErrorView } from './classification-job.type';
import { ConnectionType } from './connection.type';
import { ImportFormat } from './enums';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('ImportRecord', {
  implements: NodeInterface,
  description: 'One import of a ticket file (`importTickets` or a signed CSV upload), kept with every row it refused.',
  simpleResolvers: true,
})
export class ImportRecordView implements NodeInterface {
  readonly __typename = 'ImportRecord';
  record!: ImportRecordRow;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The file\'s name, as uploaded.' })
  fileName!: string | null;

  @Field(() => ImportFormat, { description: 'The format the file was read as.' })
  format!: ImportFormat;

  @Field(() => DateTimeScalar, { description: 'When it was imported.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who imported it: a user, an integration token; null for an anonymous signed upload.' })
  importedBy!: string | null;

  @Field(() => Int, { description: 'Rows in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Rows stored as tickets.' })
  successful!: number;

  @Field(() => Int, { description: 'Rows refused; every one is kept in `errors`.' })
  failed!: number;

  static from(record: ImportRecordRow): ImportRecordView {
    return {
      __typename: 'ImportRecord',
      record,
      id: toGlobalId('ImportRecord', record.id),
      fileName: record.fileName,
      format: record.format as ImportFormat,
      createdAt: record.createdAt,
      importedBy: record.importedBy,
      total: record.total,
      successful: record.successful,
      failed: record.failed,
    };
  }
}

@ObjectType('ImportRecordConnection', { description: 'A page of imports, newest first.', simpleResolvers: true })
export class ImportRecordConnection extends ConnectionType(ImportRecordView, 'ImportRecord') {}

@ObjectType('ImportRowErrorConnection', { description: 'A page of an import\'s refused rows, in file order.', simpleResolvers: true })
export class ImportRowErrorConnection extends ConnectionType(ImportRowErrorView, 'ImportRowError') {}
