// Trunk post-build hook, run on the staged files before they reach dist/:
// - drops the <link data-trunk rel="rust"> Trunk leaves in index.html (a
//   link without href: the only error the W3C HTML checker finds);
// - release only: shortens the names the wasm and its glue share (below),
//   minifies the JavaScript with esbuild (Trunk's own
//   minifier cannot parse wasm-bindgen's glue), then writes a .gz and a .br
//   beside every text and wasm file, for hosts that serve precompressed
//   files (nginx gzip_static / brotli_static, Apache, IIS; see docs/serving.md).
// Node's built-in zlib does the compressing: nothing new to install.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

const index = join(dir, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, ''));

// wasm-bindgen names every import after its function and a 16-digit hash,
// and each name is written twice, in the wasm's import section and in the
// glue: about 170 names of 35 characters that hardly compress (some 3 KB of
// the first load). binaryen's pass renames the imports, the exports and the
// import module to a letter or two and prints the mapping; the glue is
// rewritten by it. A name the glue uses that the mapping lacks (or one the
// mapping has that the glue does not use) fails the build, never the page.
function shortenSharedNames(wasmPath, jsPath) {
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types'];
  const mapping = JSON.parse(
    execFileSync(
      'wasm-opt',
      [wasmPath, '--minify-imports-and-exports-and-modules', '-o', wasmPath, ...features.map((f) => `--enable-${f}`)],
      { encoding: 'utf8' },
    ),
  );
  const [module] = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
  const imports = new Map(mapping.imports.map(([, name, short]) => [name, short]));
  const exports = new Map(mapping.exports);
  let js = readFileSync(jsPath, 'utf8');
  let renamed = 0;
  // The import object: one `name: function(…)` line per import, and the
  // object that names the module.
  js = js.replace(/^(\s+)([\w$]+)(: function\b)/gm, (line, indent, name, rest) =>
    imports.has(name) ? (renamed++, `${indent}${JSON.stringify(imports.get(name))}${rest}`) : line,
  );
  js = js.replace(/^(\s+)"[^"]+_bg\.js": import0,$/m, (_, indent) => `${indent}${JSON.stringify(module)}: import0,`);
  js = js.replace(/\bwasm\.([\w$]+)/g, (_, name) => {
    if (!exports.has(name)) throw new Error(`${jsPath}: wasm.${name} is not among the wasm's exports`);
    return `wasm.${exports.get(name)}`;
  });
  if (renamed !== imports.size || !js.includes(`${JSON.stringify(module)}: import0`)) {
    throw new Error(`${jsPath}: ${renamed} of ${imports.size} imports renamed; the glue's shape has changed`);
  }
  writeFileSync(jsPath, js);
}

if (release) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('_bg.wasm'))) {
    shortenSharedNames(join(dir, name), join(dir, name.replace(/_bg\.wasm$/, '.js')));
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, target: 'es2020', legalComments: 'none' });
    writeFileSync(path, code);
  }
  // Copied, not built, by Trunk: the comparison and meeting modules' stylesheets.
  for (const name of ['compare.css', 'meeting.css']) {
    const css = join(dir, name);
    writeFileSync(css, transformSync(readFileSync(css, 'utf8'), { loader: 'css', minify: true }).code);
  }
  for (const name of readdirSync(dir).filter((n) => /\.(html|js|css|wasm|json|svg)$/.test(n))) {
    const path = join(dir, name);
    const body = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
  }
}
