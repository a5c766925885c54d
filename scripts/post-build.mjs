// Trunk post-build hook, run on the staged files before they reach dist/:
// - drops the <link data-trunk rel="rust"> Trunk leaves in index.html (a
//   link without href: the only error the W3C HTML checker finds);
// - release only: minifies the JavaScript with esbuild (Trunk's own
//   minifier cannot parse wasm-bindgen's glue), then writes a .gz and a .br
//   beside every text and wasm file, for hosts that serve precompressed
//   files (nginx gzip_static / brotli_static, Apache, IIS; see docs/serving.md).
// Node's built-in zlib does the compressing: nothing new to install.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

const index = join(dir, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, ''));

if (release) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, target: 'es2020', legalComments: 'none' });
    writeFileSync(path, code);
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
