/**
 * Generated request payloads: anything a hostile or broken client could send (numbers at
 * their edges, odd text, typed arrays of every kind, deep and wide nests, `__proto__`), and
 * a valid request changed in one to four places, which reaches deeper into the handlers.
 */
import type { SeededRandom } from './seeded-random';

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  2,
  3,
  0.5,
  -7,
  1e-300,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  NaN,
  Infinity,
  -Infinity,
  Number.MIN_VALUE,
  65536,
  1e9,
];

const TEXTS = [
  '',
  ' ',
  'a',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'C:\\Windows\\win.ini',
  'CON',
  'nul.json',
  '\u202e.json',
  'x\u0000y',
  '😀',
  '\ud800',
  'x,y\n1,2\n',
  '{"format":"neuron-lab-model"}',
  'builtin:xor',
  'circle',
  'xor',
  'onnx',
  'pdf',
  'drop',
  'classification',
  'input',
  'target',
  'pause',
  'replace',
  'ask',
];

/** Any value, `depth` levels deep at most. */
export function randomValue(random: SeededRandom, depth = 3): unknown {
  const kind = random.int(0, depth > 0 ? 12 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
    case 3:
      return random.pick(NUMBERS);
    case 4:
      return random.int(-3, 5);
    case 5:
      return random.pick(TEXTS);
    case 6:
      return random.text('abc,;\t\n"\\é€\u0000/.%', random.size(300));
    case 7: // long text, now and then very long (costly to send, so rarely)
      return 'x'.repeat(random.chance(0.05) ? 300_000 : random.pick([1_000, 10_000]));
    case 8:
      return typedArray(random);
    case 9:
    case 10:
      return Array.from({ length: random.size(12) }, () => randomValue(random, depth - 1));
    case 11: {
      const out: Record<string, unknown> = {};
      for (let i = random.size(8); i > 0; i--) {
        out[random.pick([...TEXTS, 'id', 'name', 'spec', 'layers', 'units'])] = randomValue(
          random,
          depth - 1,
        );
      }
      return out;
    }
    default:
      return nest(random.int(20, 120));
  }
}

function typedArray(random: SeededRandom): unknown {
  const length = random.size(64);
  const Kind = random.pick([Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array]);
  const array = new Kind(length);
  for (let i = 0; i < length; i++) array[i] = random.int(-3, 300) * (random.chance(0.1) ? NaN : 1);
  return array;
}

function nest(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Paths to every field of a plain value (objects and arrays), the root included. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...fieldPaths(v, [...prefix, i])));
  else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...fieldPaths(v, [...prefix, k]));
  }
  return out;
}

function clone(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return (value as Uint8Array).slice();
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}

/** A value like `old` (same type, another plausible value), to get past the schemas and
 * into the handlers. */
function likeValue(random: SeededRandom, old: unknown): unknown {
  if (typeof old === 'number') {
    return random.pick([1, 2, 3, 0, old + 1, old * 2, old / 2, Math.round(old) || 1, 4, 10, 100]);
  }
  if (typeof old === 'string')
    return random.pick([old, `${old}2`, ...TEXTS.slice(0, 12), old.toUpperCase()]);
  if (typeof old === 'boolean') return !old;
  if (Array.isArray(old)) {
    if (old.length === 0 || random.chance(0.3)) return [];
    return random.chance(0.5) ? old.slice(1) : [...old, old[0]];
  }
  return old;
}

/**
 * `valid` as it is (15%), changed gently in one or two places (45%: a field given another
 * value of its type, a list shortened or grown, a stored record's id), or broken in one to
 * four (40%: a field replaced by anything, removed, or an unknown one added).
 */
export function mutate(random: SeededRandom, valid: Record<string, unknown>): unknown {
  let root = clone(valid) as Record<string, unknown>;
  const roll = random.next();
  if (roll < 0.15) return root;
  const gentle = roll < 0.6;
  for (let n = gentle ? random.int(1, 2) : random.int(1, 4); n > 0; n--) {
    const paths = fieldPaths(root);
    const path = random.pick(paths);
    if (path.length === 0) {
      if (gentle) continue;
      if (random.chance(0.3)) return randomValue(random);
      root = { ...root, [random.pick(TEXTS)]: randomValue(random, 1) };
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<
      string | number,
      unknown
    >;
    const key = path[path.length - 1];
    if (gentle) {
      parent[key] = likeValue(random, parent[key]);
      continue;
    }
    const action = random.int(0, 5);
    if (action === 0) delete parent[key];
    else if (action === 1)
      parent[key] = random.int(1, 3); // a stored record's id
    else if (action === 2 && typeof parent[key] === 'number') {
      parent[key] = (parent[key] as number) * random.pick([-1, 0, 0.5, 10, 1e6, NaN]);
    } else parent[key] = randomValue(random, 2);
  }
  return root;
}
