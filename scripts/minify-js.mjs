// Trunk post-build hook: minifies the JavaScript of a release build with
// esbuild. Trunk's own minifier cannot parse wasm-bindgen's glue and ships
// it as written; this saves about a quarter of its gzip size.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, target: 'es2020', legalComments: 'none' });
    writeFileSync(path, code);
  }
}
