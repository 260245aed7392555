import type { Actor } from '../auth/actor.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Locale } from '../i18n/translate.ts';
import { CliError } from './errors.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What every command needs; the environment is passed in so tests can run the CLI in-process. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  io: CliIo;
  locale: Locale;
}

/** Reads are guarded by the same permission checks as the API; the operator at the console may read everything. */
export const OPERATOR: Actor = {
  id: 'cli',
  email: 'cli',
  name: 'CLI operator',
  role: 'admin',
  branchIds: [],
  locale: 'pl',
};

/** LC_ALL, LC_MESSAGES, then LANG, as POSIX orders them; the first that names Polish or English wins, else Polish. */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const tag = value?.toLowerCase() ?? '';
    if (tag.startsWith('pl')) return 'pl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'pl';
}

export function cliConfig(context: CliContext): Config {
  try {
    return loadConfig(context.env);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

export function printLine(context: CliContext, text = ''): void {
  context.io.out(`${text}\n`);
}
