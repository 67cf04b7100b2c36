// `pnpm check:package`: lints the tarball `npm pack` makes of the built package with publint
// (strict) and @arethetypeswrong/cli (ESM-only profile), and checks its manifest: the peers an app
// brings (react, @tanstack/react-query, @genetrials/sdk, graphql), and no workspace-only protocol in
// what an install reads (dependencies and peers; devDependencies are not installed with a package).
// Packs with --ignore-scripts, so it reads dist/ as `pnpm build` left it and never rebuilds it under
// tests that are using it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(packageDir, 'node_modules', '.bin', name);

const PEERS = ['@genetrials/sdk', '@tanstack/react-query', 'graphql', 'react'];
const INSTALLED_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];
const REQUIRED_FIELDS = ['license', 'repository', 'engines', 'sideEffects', 'exports', 'types'];

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(packageDir, 'dist', 'index.js'))) fail('dist/ is missing: run `pnpm build` first');

const out = mkdtempSync(join(tmpdir(), 'genetrials-react-check-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
      cwd: packageDir,
      encoding: 'utf8',
    }),
  );
  const tarball = join(out, packed.filename);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  );
  for (const field of REQUIRED_FIELDS) {
    if (manifest[field] === undefined) fail(`The packed package.json has no "${field}"`);
  }
  if (manifest.sideEffects !== false) fail('The packed package.json should say "sideEffects": false');
  if (manifest.exports?.['.']?.types === undefined) fail('exports["."] has no types');
  const peers = Object.keys(manifest.peerDependencies ?? {}).sort();
  if (JSON.stringify(peers) !== JSON.stringify(PEERS)) {
    fail(`peerDependencies are ${peers.join(', ')}; expected ${PEERS.join(', ')}`);
  }
  for (const field of INSTALLED_FIELDS) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(catalog|workspace|link|file):/.test(range)) fail(`${field}.${name} is workspace-only: ${range}`);
    }
  }
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const file of [
    'package/dist/index.js',
    'package/dist/index.d.ts',
    'package/LICENSE',
    'package/README.md',
  ]) {
    if (!files.includes(file)) fail(`The tarball has no ${file}`);
  }
  if (files.some((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))) {
    fail('The tarball ships src/ or test/');
  }
  execFileSync(bin('publint'), ['--strict', tarball], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
    stdio: 'inherit',
  });
  console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
