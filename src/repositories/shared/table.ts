import { toDate } from '../../db/sql';

/** How a column is stored, and so how it is read, bound and copied. */
export type ColumnKind = 'text' | 'uuid' | 'bigint' | 'integer' | 'float8' | 'boolean' | 'timestamptz' | 'jsonb' | 'text[]' | 'uuid[]';

/** A column and the type of the record property it becomes. */
export interface Column<T> {
  readonly name: string;
  readonly kind: ColumnKind;
  /** Never read: carries the property's type. */
  readonly type?: T;
}

/** A property made of several columns (an embedded object such as a ticket's customer). */
export type ColumnGroup = { readonly [key: string]: Column<unknown> };

export type TableSpec = { readonly [property: string]: Column<unknown> | ColumnGroup };

/** The record a table's rows become: each column's type, groups as objects. */
export type RecordOf<S extends TableSpec> = {
  -readonly [P in keyof S]: S[P] extends Column<infer T> ? T : { -readonly [Q in keyof S[P]]: S[P][Q] extends Column<infer U> ? U : never };
};

export function column<T>(name: string, kind: ColumnKind): Column<T> {
  return { name, kind };
}

type Row = Record<string, unknown>;

function isColumn(spec: Column<unknown> | ColumnGroup): spec is Column<unknown> {
  return typeof (spec as Column<unknown>).name === 'string' && typeof (spec as Column<unknown>).kind === 'string';
}

/**
 * The expression that makes a column's value, as a row brings it (pg returns bigint and
 * timestamps as text), a property value; `value` names a local holding it.
 */
function readExpression(kind: ColumnKind, value: string): string {
  switch (kind) {
    case 'bigint':
      return `${value} === null ? null : Number(${value})`;
    case 'timestamptz':
      return `${value} === null ? null : toDate(${value})`;
    default:
      return value;
  }
}

/** A property value as a bound parameter: JSON as text, so that pg does not turn arrays into PostgreSQL arrays. */
function binder(kind: ColumnKind): (value: unknown) => unknown {
  return kind === 'jsonb' ? (value) => (value === null || value === undefined ? null : JSON.stringify(value)) : (value) => value ?? null;
}

interface Entry {
  property: string;
  /** For a group: the key within the property's object. */
  key?: string;
  column: string;
  kind: ColumnKind;
  bind: (value: unknown) => unknown;
}

/**
 * A table's columns declared once, with the record property each becomes. Select lists, the row
 * mapper, insert lists, the property-to-column map and the COPY staging layout all derive from it.
 */
export class Table<S extends TableSpec> {
  private readonly entries: Entry[] = [];
  private readonly byProperty = new Map<string, Entry[]>();
  private readonly readers = new Map<string, (row: Row) => Partial<RecordOf<S>>>();
  /** Properties whose values are Dates (for revival from JSON). */
  readonly dateProperties: readonly (keyof S & string)[];

  constructor(
    readonly name: string,
    readonly spec: S,
  ) {
    for (const [property, columns] of Object.entries(spec)) {
      const entries: Entry[] = isColumn(columns)
        ? [{ property, column: columns.name, kind: columns.kind, bind: binder(columns.kind) }]
        : Object.entries(columns).map(([key, c]) => ({ property, key, column: c.name, kind: c.kind, bind: binder(c.kind) }));
      this.entries.push(...entries);
      this.byProperty.set(property, entries);
    }
    this.dateProperties = this.entries.filter((e) => e.kind === 'timestamptz' && e.key === undefined).map((e) => e.property as keyof S & string);
  }

  /** The columns of the given properties (all when none are given), optionally qualified with a table alias. */
  columns(properties?: Iterable<keyof S>, alias?: string): string[] {
    const names = new Set<string>();
    const chosen = properties ? [...properties].flatMap((p) => this.byProperty.get(p as string) ?? []) : this.entries;
    for (const entry of chosen) names.add(alias ? `${alias}.${entry.column}` : entry.column);
    return [...names];
  }

  /** `select` list of the given properties (all when none are given). */
  select(properties?: Iterable<keyof S>, alias?: string): string {
    return this.columns(properties, alias).join(', ');
  }

  /**
   * Records from rows of one result. A property whose columns the rows lack (a partial read) is
   * left out, hence the Partial type; `fromRows` is for rows of every column.
   */
  fromPartialRows(rows: readonly Row[]): Partial<RecordOf<S>>[] {
    return rows.length === 0 ? [] : rows.map(this.readerFor(rows[0]!));
  }

  fromRows(rows: readonly Row[]): RecordOf<S>[] {
    return this.fromPartialRows(rows) as RecordOf<S>[];
  }

  fromPartialRow(row: Row): Partial<RecordOf<S>> {
    return this.readerFor(row)(row);
  }

  fromRow(row: Row): RecordOf<S> {
    return this.fromPartialRow(row) as RecordOf<S>;
  }

  /**
   * The function that makes records of rows with the columns `row` has. Rows of one result share
   * their columns, so it is made once per set of columns, as code: a record built as one object
   * literal of constant names costs a fraction of one built property by property from a list.
   */
  private readerFor(row: Row): (row: Row) => Partial<RecordOf<S>> {
    const present = this.entries.filter((entry) => row[entry.column] !== undefined);
    const key = present.map((entry) => entry.column).join(',');
    let read = this.readers.get(key);
    if (!read) {
      const columns = [...new Set(present.map((entry) => entry.column))];
      const locals = new Map(columns.map((column, i) => [column, `v${i}`]));
      const value = (entry: Entry): string => readExpression(entry.kind, locals.get(entry.column)!);
      const properties = [...new Set(present.map((entry) => entry.property))].map((property) => {
        const entries = present.filter((entry) => entry.property === property);
        const expression =
          entries[0]!.key === undefined ? value(entries[0]!) : `{ ${entries.map((e) => `${JSON.stringify(e.key)}: ${value(e)}`).join(', ')} }`;
        return `${JSON.stringify(property)}: ${expression}`;
      });
      const body = `${columns.map((column) => `const ${locals.get(column)} = row[${JSON.stringify(column)}];`).join('\n')}
        return { ${properties.join(', ')} };`;
      read = new Function('toDate', `return function read(row) {\n${body}\n}`)(toDate) as (row: Row) => Partial<RecordOf<S>>;
      this.readers.set(key, read);
    }
    return read;
  }

  /** A plain copy of an object that has the record's properties (an entity), detached from it. */
  copyOf(source: RecordOf<S> | object): RecordOf<S> {
    const from = source as Row;
    const record: Row = {};
    for (const [property, entries] of this.byProperty) {
      const value = from[property];
      if (entries[0]!.key === undefined) record[property] = Array.isArray(value) ? [...value] : value;
      else record[property] = Object.fromEntries(entries.map((e) => [e.key, (value as Row)[e.key!]]));
    }
    return record as RecordOf<S>;
  }

  /** Column names, `?::type` placeholders and bound values of the given properties of a record, for an insert. */
  insertOf(record: Partial<RecordOf<S>>, properties: readonly (keyof S)[]): { columns: string; placeholders: string; values: unknown[] } {
    const entries = properties.flatMap((p) => this.byProperty.get(p as string)!);
    const of = (e: Entry): unknown => {
      const value = (record as Row)[e.property];
      return e.bind(e.key === undefined ? value : (value as Row | null | undefined)?.[e.key]);
    };
    return {
      columns: entries.map((e) => e.column).join(', '),
      placeholders: entries.map((e) => `?::${e.kind}`).join(', '),
      values: entries.map(of),
    };
  }

  /** The columns of the given properties, in their order, with what a COPY staging table needs of them. */
  staging(properties: readonly (keyof S)[]): { column: string; type: string; expression: (alias: string) => string; value: (record: Partial<RecordOf<S>>) => unknown }[] {
    return properties.flatMap((p) => this.byProperty.get(p as string)!).map((e) => ({
      column: e.column,
      // COPY's text format has no simple form for arrays: they travel as JSON and become arrays again.
      type: e.kind.endsWith('[]') ? 'jsonb' : e.kind,
      expression: (alias: string) =>
        e.kind.endsWith('[]') ? `array(select jsonb_array_elements_text(${alias}.${e.column}))::${e.kind}` : `${alias}.${e.column}`,
      value: (record) => {
        const value = (record as Row)[e.property];
        const plain = e.key === undefined ? value : (value as Row | null | undefined)?.[e.key];
        return e.kind.endsWith('[]') || e.kind === 'jsonb' ? (plain === null || plain === undefined ? null : JSON.stringify(plain)) : plain;
      },
    }));
  }

  /** Revives the Date properties of a record that went through JSON (pub/sub, queues). */
  reviveDates<R extends Partial<RecordOf<S>>>(record: R): R {
    for (const property of this.dateProperties) {
      const value = (record as Row)[property];
      if (typeof value === 'string') (record as Row)[property] = new Date(value);
    }
    return record;
  }
}
