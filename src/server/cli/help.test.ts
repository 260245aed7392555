import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../paths.ts';
import { runCliInProcess, runCliProcess, temporaryDirectory } from './cli-harness.ts';

const COMMANDS: [string[], string[]][] = [
  [['serve'], []],
  [['migrate'], []],
  [
    ['user', 'add'],
    ['--email <address>', '--name <name>', '--role <role>', '--branch <name-or-id>', '--invite', 'admin', 'librarian'],
  ],
  [['user', 'reset-password'], ['--email <address>']],
  [['user', 'list'], ['--json']],
  [
    ['branch', 'add'],
    ['--name <name>', '--address <address>', '--phone <phone>'],
  ],
  [['branch', 'list'], ['--json']],
  [['backup'], ['<file>', '--force', 'pg_dump']],
  [['restore'], ['<file>', 'pg_restore', 'before-restore']],
];

const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

describe('relacja --help', { timeout: 30_000 }, () => {
  for (const [command, options] of COMMANDS) {
    it(`relacja ${command.join(' ')} --help exits 0, names its options and shows an example`, async () => {
      const result = await runCliInProcess([...command, '--help'], {});
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`Usage: relacja ${command.join(' ')}`);
      for (const option of [...options, '-h, --help']) expect(result.stdout).toContain(option);
      expect(result.stdout).toMatch(/\nExamples?:\n {2}\$ .*relacja /);
    });
  }

  it('lists every command at the top level, as a real process', async () => {
    const result = await runCliProcess(['--help'], {});
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'user', 'branch', 'backup', 'restore', 'DATA_DIR', 'DATABASE_URL']) {
      expect(result.stdout).toContain(command);
    }
    const user = await runCliInProcess(['user', '--help'], {});
    expect(user.stdout).toMatch(/add \[options\][\s\S]*reset-password \[options\][\s\S]*list \[options\]/);
  });

  it('exits 2 with one line on an unknown option or a missing required option', async () => {
    const unknown = await runCliInProcess(['user', 'list', '--colour'], {});
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: "error: unknown option '--colour'\n" });
    const missing = await runCliInProcess(['user', 'add', '--email', 'a@b.pl', '--role', 'admin'], {});
    expect(missing).toEqual({ code: 2, stdout: '', stderr: "error: required option '--name <name>' not specified\n" });
    const noFile = await runCliInProcess(['backup'], {});
    expect(noFile).toEqual({ code: 2, stdout: '', stderr: "error: missing required argument 'file'\n" });
  });

  it('reports an invalid configuration on one line', async () => {
    const result = await runCliInProcess(['user', 'list'], { DATABASE_URL: 'mysql://nope' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: Invalid configuration: DATABASE_URL: DATABASE_URL must start with postgres://\n',
    });
  });

  it('bin/relacja.js tells to run `npm run build` when dist/ is missing', async () => {
    const dir = temporaryDirectory('bin');
    scratch.push(dir);
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(PACKAGE_ROOT, 'bin', 'relacja.js'), path.join(dir, 'bin', 'relacja.js'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const failure = await promisify(execFile)(process.execPath, [path.join(dir, 'bin', 'relacja.js'), '--help']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect(failure).toHaveProperty('stderr', expect.stringMatching(/^error: Relacja is not built yet — run `npm run build` first.*\n$/));
  });
});
