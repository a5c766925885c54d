// What clippy cannot see, checked on the built WebAssembly: float
// formatting (a `{}` of an f32/f64 anywhere, in our code or a dependency's),
// the standard sorts and libm's sine and cosine each leave functions of
// known names. Reads the (mangled) function names from the module's "name"
// section, which the release build's cargo output keeps (Trunk's
// wasm-bindgen and wasm-opt then strip it from what ships).
//
//   node tests/tools/wasm-names.mjs FILE.wasm...   (exits 1 on a match)

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Each: what the name shows, and the project's replacement.
export const FORBIDDEN = [
  // core::fmt::float, core::num::flt2dec (v0 and legacy mangling).
  { pattern: /3fmt5float|core\.\.fmt\.\.float|flt2dec/, what: 'float formatting', use: 'number::Fixed' },
  // core::num::dec2flt: reading a float from text (`str::parse::<f64>`).
  { pattern: /dec2flt/, what: 'float parsing', use: 'integer parsing' },
  { pattern: /4core5slice4sort|core\.\.slice\.\.sort/, what: "std's sort", use: 'small_sort::sort_by_key' },
  // compiler_builtins' libm, and the C names it exports.
  { pattern: /^(sinf?|cosf?|tanf?|sincosf?)$|libm_math\d+(sinf?|cosf?|tanf?|sincosf?)\d|rem_pio2/, what: "libm's sine or cosine", use: 'trig' },
];

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at.i++];
    if (b === undefined) throw new Error('truncated LEB128');
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return value;
  }
}

function text(bytes, at) {
  const n = leb(bytes, at);
  const s = new TextDecoder().decode(bytes.subarray(at.i, at.i + n));
  at.i += n;
  return s;
}

/** The function names in a wasm module's "name" section; throws without one. */
export function functionNames(bytes) {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('not a WebAssembly module');
  }
  const at = { i: 8 };
  while (at.i < bytes.length) {
    const id = bytes[at.i++];
    const size = leb(bytes, at);
    const end = at.i + size;
    if (id === 0) {
      const start = at.i;
      const name = text(bytes, at);
      if (name === 'name') {
        const names = [];
        while (at.i < end) {
          const sub = bytes[at.i++];
          const subSize = leb(bytes, at);
          const subEnd = at.i + subSize;
          if (sub === 1) {
            const count = leb(bytes, at);
            for (let k = 0; k < count; k++) {
              leb(bytes, at);
              names.push(text(bytes, at));
            }
          }
          at.i = subEnd;
        }
        return names;
      }
      at.i = start;
    }
    at.i = end;
  }
  throw new Error('no "name" section: the check needs the names (build without stripping them)');
}

/** Each forbidden name found, with what it is and what to use instead. */
export function violations(names) {
  const found = [];
  for (const name of names) {
    const rule = FORBIDDEN.find((r) => r.pattern.test(name));
    if (rule) found.push({ name, what: rule.what, use: rule.use });
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const found = violations(functionNames(readFileSync(file)));
    for (const v of found) console.log(`${file}: ${v.what} (${v.name}): use ${v.use}`);
    bad += found.length;
  }
  process.exit(bad ? 1 : 0);
}
