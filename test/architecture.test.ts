import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The layering of src/ (STYLE.md, DESIGN.md "Layout"): imports point down only.

const ROOT = path.resolve(__dirname, '..');

/** Layers from the bottom up; a file may import its own layer and those below. */
const LAYERS: readonly { name: string; files: RegExp }[] = [
  { name: 'foundation', files: /^src\/((config|logger|errors|ids|pubsub)\.ts|db\/.*|migrations\/.*|queue\/job-queue\.ts|telemetry\/.*)$/ },
  { name: 'entities', files: /^src\/entities\// },
  { name: 'repositories', files: /^src\/repositories\// },
  { name: 'services', files: /^src\/services\// },
  { name: 'graphql', files: /^src\/((context|loaders|schema)\.ts|resolvers\/.*|execution\/.*)$/ },
  { name: 'MCP tools', files: /^src\/mcp\/(?!stdio\.ts$)/ },
  { name: 'transports', files: /^src\/(http|plugins)\// },
  { name: 'entry points', files: /^src\/((app|main)\.ts|queue\/workers\.ts|mcp\/stdio\.ts)$/ },
];

/** Imports that go up by design. */
const ALLOWED_UPWARD: readonly { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^src\/entities\//, to: /^src\/repositories\/.*\.repository\.ts$/, why: "an entity names its repository class (MikroORM's `repository: () => ...`)" },
  { from: /^src\/db\/orm\.ts$/, to: /^src\/entities\//, why: 'the ORM is told its entities' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

function layerOf(file: string): number {
  const index = LAYERS.findIndex((layer) => layer.files.test(file));
  if (index === -1) throw new Error(`${file} belongs to no layer: add it to LAYERS in test/architecture.test.ts`);
  return index;
}

function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), name)).split(path.sep).join('/');
      // A dynamic import names the file as it will run (`./app.js` for app.ts).
      for (const candidate of [target, `${target}.ts`, `${target}/index.ts`, target.replace(/\.js$/, '.ts')]) {
        try {
          if (statSync(path.join(ROOT, candidate)).isFile()) return candidate;
        } catch {
          // try the next form
        }
      }
      throw new Error(`${file} imports ${name}, which does not exist`);
    });
}

const files = sourceFiles(path.join(ROOT, 'src'));

describe('architecture', () => {
  test('imports point down: entities <- repositories <- services <- resolvers <- HTTP', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const target of relativeImports(file)) {
        if (layerOf(target) <= layer) continue;
        if (ALLOWED_UPWARD.some((allowed) => allowed.from.test(file) && allowed.to.test(target))) continue;
        violations.push(`${file} (${LAYERS[layer]!.name}) imports ${target} (${LAYERS[layerOf(target)]!.name})`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('every SQL statement is in a repository (or the database and migration plumbing)', () => {
    const outside = files.filter((file) => {
      if (/^src\/(repositories|db|migrations)\//.test(file)) return false;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return relativeImports(file).includes('src/db/sql.ts') || /\.(getKnex|getConnection)\(|\.raw\(/.test(text);
    });
    expect(outside).toEqual([]);
  });

  test('each capability has a folder: nothing sits flat in src/services or src/repositories', () => {
    for (const dir of ['src/services', 'src/repositories']) {
      expect(readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.ts'))).toEqual([]);
    }
  });
});
