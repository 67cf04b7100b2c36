// `pnpm check:package`: lints the tarball `npm pack` makes of the built package with publint
// (strict) and @arethetypeswrong/cli (ESM-only profile), and refuses workspace-only protocols in
// its manifest. Packs with --ignore-scripts, so it reads dist/ as `pnpm build` left it and never
// rebuilds it under tests that are using it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(packageDir, 'node_modules', '.bin', name);

if (!existsSync(join(packageDir, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `pnpm build` first');
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'genetrials-sdk-check-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
      cwd: packageDir,
      encoding: 'utf8',
    }),
  );
  const tarball = join(out, packed.filename);
  const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
  const workspaceOnly = manifest.match(/"(catalog|workspace|link|file):[^"]*"/g);
  if (workspaceOnly) {
    console.error(`The packed package.json has workspace-only specifiers: ${workspaceOnly.join(', ')}`);
    process.exit(1);
  }
  execFileSync(bin('publint'), ['--strict', tarball], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
    stdio: 'inherit',
  });
  console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
