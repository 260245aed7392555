#!/usr/bin/env node
// The `relacja` command of the installed package: runs the compiled CLI from dist/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/server/cli.js', import.meta.url);

if (!existsSync(cli)) {
  process.stderr.write(
    'error: Relacja is not built yet — run `npm run build` first (from a checkout, `npm run -s cli -- <command>` works without building)\n',
  );
  process.exit(1);
}

const { main } = await import(cli.href);
await main();
