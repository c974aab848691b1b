import { PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../ids';

/** Millisecond timestamps: cursors carry them through JavaScript `Date` without loss. */
export const TIMESTAMP = { type: 'datetime', length: 3 } as const;

export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  /** Set by the service that makes a change, with the same time as its history entry. */
  @Property({ ...TIMESTAMP })
  updatedAt: Date = new Date();
}
