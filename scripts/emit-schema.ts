import { writeFileSync } from 'node:fs';
import { buildGraphQLSchema, schemaSdl } from '../src/schema';

async function main(): Promise<void> {
  writeFileSync('schema.graphql', schemaSdl(await buildGraphQLSchema()));
  console.log('schema.graphql written');
}

void main();
