import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildGraphQLSchema, schemaSdl } from '../src/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

test('schema.graphql is what the code emits (run `npm run schema`)', () => {
  expect(readFileSync('schema.graphql', 'utf8')).toBe(schemaSdl(schema));
});

test('the typed documents in test/gql are fresh (run `npm run codegen`)', async () => {
  const { config } = (await loadCodegenConfig({ configFilePath: 'codegen.yml' }))!;
  const outputs = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    expect(readFileSync(path.resolve(output.filename), 'utf8'), output.filename).toBe(output.content);
  }
}, 60_000);

test('every type, field, argument and enum value has a description', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});
