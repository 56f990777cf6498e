// Reads the relative imports of every .ts/.tsx under shared/ and functions/ of a tree and checks them
// against a table of floors: a module may import its own folder or a lower floor, never a higher one or
// a neighbour on its own floor. No dependency: import/export-from statements are plain enough to read
// with a pattern once comments are taken out.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface Floors {
  /** Lowest first; each floor lists folders or files (paths from the tree's root), one entry per room. */
  shared: readonly (readonly string[])[];
  /** The same for functions/. */
  functions: readonly (readonly string[])[];
  /** The storage adapter's folder: only it and the composition roots may import it. */
  adapter: string;
  /** Files of functions/ that build the store from the adapter (handlers, the local launcher, CLIs). */
  compositionRoots: readonly string[];
  /** Folders that must never import another folder: [importer, imported]. */
  forbidden: readonly (readonly [string, string])[];
}

export interface ImportEdge {
  from: string;
  to: string;
}

const STATEMENT = /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Comments out, strings kept: a `//` inside a quoted URL must not cut the line. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|(?<![:'"\w])\/\/[^\n]*/g, '');
}

/** The specifiers a module imports or re-exports from (static and dynamic). */
export function importSpecifiers(source: string): string[] {
  const code = withoutComments(source);
  return [...code.matchAll(STATEMENT), ...code.matchAll(DYNAMIC)].map((m) => m[1] ?? '');
}

function resolveModule(root: string, fromFile: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(fromFile), specifier));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return undefined;
}

/** Every relative import between files of the tree (paths from its root). */
export function importEdges(root: string): ImportEdge[] {
  const files = ['shared', 'functions'].flatMap((top) => sourceFiles(join(root, top))).map((f) => relative(root, f));
  return files.flatMap((from) =>
    importSpecifiers(readFileSync(join(root, from), 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => ({ from, to: resolveModule(root, from, s) ?? normalize(join(dirname(from), s)) })),
  );
}

const within = (path: string, room: string) => path === room || path.startsWith(`${room}/`);

/** The floor and room a path sits in: the longest listed room that holds it. */
function placeOf(path: string, floors: readonly (readonly string[])[]): { floor: number; room: string } | undefined {
  let best: { floor: number; room: string } | undefined;
  floors.forEach((rooms, floor) => {
    for (const room of rooms) if (within(path, room) && (!best || room.length > best.room.length)) best = { floor, room };
  });
  return best;
}

/** What is wrong with the tree's imports, one sentence each; empty when every import keeps to the rule. */
export function layeringViolations(root: string, floors: Floors): string[] {
  const problems: string[] = [];
  for (const { from, to } of importEdges(root)) {
    const edge = `${from} imports ${to}`;
    const top = from.split('/')[0];
    if (top === 'shared' && (within(to, 'functions') || within(to, 'infra'))) {
      problems.push(`${edge}: shared/ may not import functions/ or infra/`);
      continue;
    }
    if (within(to, floors.adapter) && !within(from, floors.adapter) && !floors.compositionRoots.includes(from)) {
      problems.push(`${edge}: only the adapter and the composition roots import ${floors.adapter}/`);
      continue;
    }
    const forbidden = floors.forbidden.find(([importer, imported]) => within(from, importer) && within(to, imported));
    if (forbidden) {
      problems.push(`${edge}: ${forbidden[0]}/ may not import ${forbidden[1]}/`);
      continue;
    }
    if (top !== 'shared' && top !== 'functions') continue;
    if (top === 'functions' && !within(to, 'functions')) continue;
    const table = top === 'shared' ? floors.shared : floors.functions;
    const here = placeOf(from, table);
    const there = placeOf(to, table);
    if (!here) problems.push(`${from} is on no floor: add its folder to the table`);
    else if (!there) problems.push(`${edge}, which is on no floor`);
    else if (here.room === there.room) continue;
    else if (there.floor > here.floor) problems.push(`${edge}: climbs from ${here.room} (floor ${here.floor}) to ${there.room} (floor ${there.floor})`);
    else if (there.floor === here.floor) problems.push(`${edge}: ${here.room} and ${there.room} share floor ${here.floor} and may not import each other`);
  }
  return [...new Set(problems)];
}
