import type { Command } from 'commander';
import { z } from 'zod';
import { type Branch, CreateBranchSchema } from '../../shared/branches.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertBranch, listBranches } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { type CliContext, cliConfig, OPERATOR, printLine } from './context.ts';
import { withDatabase } from './database.ts';
import { CliError, parseInput } from './errors.ts';
import { formatTable } from './format.ts';

const AddOptionsSchema = z.object({ name: z.string(), address: z.string().default(''), phone: z.string().default('') });
const ListOptionsSchema = z.object({ json: z.boolean().default(false) });

export async function allBranches(db: Database): Promise<Branch[]> {
  return listBranches(db, { actor: OPERATOR, ip: '' });
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('pl') === b.trim().toLocaleLowerCase('pl');
}

/** Branches named on the command line by id or by name (any letter case). */
export async function resolveBranchIds(db: Database, references: readonly string[]): Promise<string[]> {
  if (references.length === 0) return [];
  const branches = await allBranches(db);
  return references.map((reference) => {
    const branch = branches.find((candidate) => candidate.id === reference.trim() || sameName(candidate.name, reference));
    if (branch) return branch.id;
    const known = branches.length > 0 ? `existing: ${branches.map((b) => `“${b.name}”`).join(', ')}` : 'there are no branches yet';
    throw new CliError(`unknown branch “${reference}” (${known}) — add it with \`relacja branch add --name …\``);
  });
}

async function addBranch(context: CliContext, rawOptions: unknown): Promise<void> {
  const options = AddOptionsSchema.parse(rawOptions);
  const input = parseInput(CreateBranchSchema, options, { name: '--name', address: '--address', phone: '--phone' }, context.locale);
  const branch = await withDatabase(cliConfig(context), 'existing', (db) =>
    db.transaction().execute(async (trx) => {
      const created = await insertBranch(trx, input);
      await recordAudit(trx, {
        actor: null,
        actorLabel: 'cli',
        action: 'branch.created',
        target: { type: 'branch', id: created.id },
        ip: '',
        details: { name: created.name },
      });
      return created;
    }),
  );
  printLine(context, `Created branch “${branch.name}” (id ${branch.id}).`);
}

async function listAllBranches(context: CliContext, rawOptions: unknown): Promise<void> {
  const { json } = ListOptionsSchema.parse(rawOptions);
  const branches = await withDatabase(cliConfig(context), 'existing', allBranches);
  if (json) return printLine(context, JSON.stringify(branches, null, 2));
  if (branches.length === 0) return printLine(context, 'No branches yet — add one with `relacja branch add --name …`.');
  const rows = branches.map((branch) => [branch.name, branch.address, branch.phone, branch.id]);
  printLine(context, formatTable(['NAME', 'ADDRESS', 'PHONE', 'ID'], rows));
}

export function registerBranchCommands(program: Command, context: CliContext): void {
  const branch = program.command('branch').description('manage branches (filie) of the library');
  branch
    .command('add')
    .description('add a branch (filia)')
    .requiredOption('--name <name>', 'name of the branch, unique regardless of letter case (required)')
    .option('--address <address>', 'street address')
    .option('--phone <phone>', 'phone number: digits, spaces, +, - and brackets')
    .addHelpText('after', '\nExample:\n  $ relacja branch add --name "Filia nr 3" --address "ul. Lipowa 5, Lublin" --phone "81 532 10 10"')
    .action((options: unknown) => addBranch(context, options));
  branch
    .command('list')
    .description('list all branches with their ids')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExample:\n  $ relacja branch list')
    .action((options: unknown) => listAllBranches(context, options));
}
