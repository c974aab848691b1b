import fs from 'node:fs';
import path from 'node:path';

/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [top] [skip-seconds]`: where a V8 CPU
 * profile (from BENCH_CPU_PROFILE=1) spent its time: self time per function and per package, and
 * the total time (self + callees) of ticketgraph's own functions. Samples of the first
 * `skip-seconds` (start-up, say) are left out.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, skipArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [skip-seconds]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const skipMicros = Number(skipArg ?? 0) * 1e6;
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfTime = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  elapsed += delta;
  if (elapsed >= skipMicros) selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
});
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

function where(node: ProfileNode): string {
  const { url } = node.callFrame;
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:internal';
  const src = url.indexOf('/src/');
  return src >= 0 ? `src${url.slice(src + 4).replace(/^file:\/\//, '')}` : path.basename(url);
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  return url ? `${name}  ${url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : name;
}

const selfByFunction = new Map<string, number>();
const selfByPlace = new Map<string, number>();
for (const [id, time] of selfTime) {
  const node = byId.get(id)!;
  selfByFunction.set(label(node), (selfByFunction.get(label(node)) ?? 0) + time);
  const place = where(node);
  selfByPlace.set(place, (selfByPlace.get(place) ?? 0) + time);
}

// Inclusive time per package: a sample counts once for each package on its stack.
const inclusiveByPlace = new Map<string, number>();
for (const [id, time] of selfTime) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const place = where(byId.get(at)!);
    if (seen.has(place)) continue;
    seen.add(place);
    inclusiveByPlace.set(place, (inclusiveByPlace.get(place) ?? 0) + time);
  }
}

// Inclusive time of src/ functions: each sample counts once for every distinct src frame on its stack.
const inclusive = new Map<string, number>();
for (const [id, time] of selfTime) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at)!;
    if (!where(node).startsWith('src/')) continue;
    const name = label(node);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }
}

// Percentages are of the busy time: a server idles while other targets are measured.
const idle = selfByFunction.get('(idle)') ?? 0;
const busy = total - idle;
selfByFunction.delete('(idle)');
selfByPlace.set('(native)', (selfByPlace.get('(native)') ?? 0) - idle);
inclusiveByPlace.set('(native)', (inclusiveByPlace.get('(native)') ?? 0) - idle);
const print = (title: string, entries: Map<string, number>, count: number): void => {
  console.log(`\n${title} (% of busy time)`);
  for (const [name, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((time / busy) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`);
print('self time by package', selfByPlace, top);
print('total time by package (self + callees)', inclusiveByPlace, top);
print('self time by function', selfByFunction, top);
print('total time of src/ functions', inclusive, top);
