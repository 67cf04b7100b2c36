// Prints the SDL to schema.graphql; with --check, fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { printSchemaSdl } from '../src/graphql/index.js';

const target = new URL('../schema.graphql', import.meta.url);
const sdl = printSchemaSdl();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('schema.graphql is stale: run `pnpm codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  await writeFile(target, sdl);
  console.log('wrote schema.graphql');
}
