import { type Command, Option } from 'commander';
import { z } from 'zod';
import { CreateUserSchema, EmailSchema, ROLES, RoleSchema, type UserCredential } from '../../shared/users.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { insertUser, listUsers, resetPasswordByEmail } from '../users/users.service.ts';
import { allBranches, resolveBranchIds } from './branch.ts';
import { type CliContext, cliConfig, OPERATOR, printLine } from './context.ts';
import { withDatabase } from './database.ts';
import { CliError, parseInput } from './errors.ts';
import { formatTable } from './format.ts';

const AddOptionsSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  branch: z.array(z.string()).default([]),
  invite: z.boolean().default(false),
});
const ResetOptionsSchema = z.object({ email: z.string() });
const ListOptionsSchema = z.object({ json: z.boolean().default(false) });
const USER_FLAGS = { email: '--email', name: '--name', role: '--role', branchIds: '--branch', credential: '--invite' };

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function printCredential(context: CliContext, config: Config, credential: UserCredential): void {
  if (credential.oneTimePassword) {
    printLine(context, `One-time password (shown only now): ${credential.oneTimePassword}`);
    printLine(context, 'Relacja asks for a new password at the first sign-in.');
  }
  if (credential.invitationPath) {
    const link = `${config.publicUrl?.replace(/\/+$/, '') ?? ''}${credential.invitationPath}`;
    printLine(context, `Invitation link (valid 7 days, shown only now): ${link}`);
    if (!config.publicUrl) printLine(context, 'Put your Relacja address in front of it (set PUBLIC_URL to have the full link printed).');
  }
}

async function addUser(context: CliContext, rawOptions: unknown): Promise<void> {
  const options = AddOptionsSchema.parse(rawOptions);
  const config = cliConfig(context);
  const credential = options.invite ? 'invitation' : 'one_time_password';
  const fields = { email: options.email, name: options.name, role: options.role, branchIds: [], credential };
  const input = parseInput(CreateUserSchema, fields, USER_FLAGS, context.locale);
  const created = await withDatabase(config, 'existing', async (db) => {
    const branchIds = await resolveBranchIds(db, options.branch);
    return db.transaction().execute(async (trx) => {
      const result = await insertUser(trx, { ...input, branchIds });
      await recordAudit(trx, {
        actor: null,
        actorLabel: 'cli',
        action: 'user.created',
        target: { type: 'user', id: result.user.id },
        ip: '',
        details: { email: result.user.email, role: result.user.role, branchIds: result.user.branchIds, credential },
      });
      return result;
    });
  });
  printLine(context, `Created ${created.user.role} ${created.user.email} (${created.user.name}).`);
  printCredential(context, config, created);
}

async function resetPassword(context: CliContext, rawOptions: unknown): Promise<void> {
  const { email } = parseInput(z.object({ email: EmailSchema }), ResetOptionsSchema.parse(rawOptions), USER_FLAGS, context.locale);
  const config = cliConfig(context);
  const reset = await withDatabase(config, 'existing', (db) =>
    resetPasswordByEmail(db, email).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found')
        throw new CliError(`there is no account with the e-mail address ${email}`);
      throw error;
    }),
  );
  printLine(context, `New password for ${reset.user.email} (${reset.user.name}); every session of this account has been signed out.`);
  if (!reset.user.active) printLine(context, 'Note: the account is deactivated; reactivate it in the app before it can sign in.');
  printCredential(context, config, reset);
}

async function listAllUsers(context: CliContext, rawOptions: unknown): Promise<void> {
  const { json } = ListOptionsSchema.parse(rawOptions);
  const { users, branches } = await withDatabase(cliConfig(context), 'existing', async (db) => ({
    users: await listUsers(db, OPERATOR, {}),
    branches: await allBranches(db),
  }));
  const names = new Map(branches.map((branch) => [branch.id, branch.name]));
  const branchNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
  if (json)
    return printLine(
      context,
      JSON.stringify(
        users.map((user) => ({ ...user, branchNames: branchNames(user.branchIds) })),
        null,
        2,
      ),
    );
  if (users.length === 0) return printLine(context, 'No users yet.');
  const rows = users.map((user) => [user.email, user.name, user.role, branchNames(user.branchIds).join(', '), user.active ? 'yes' : 'no']);
  printLine(context, formatTable(['EMAIL', 'NAME', 'ROLE', 'BRANCHES', 'ACTIVE'], rows));
}

const ADD_EXAMPLES = `
Examples:
  $ relacja user add --email anna.nowak@biblioteka.pl --name "Anna Nowak" --role librarian --branch "Filia nr 3"
  $ relacja user add --email kierownik@biblioteka.pl --name "Jan Kowalski" --role manager --branch "Filia nr 3" --branch Centrala --invite`;

export function registerUserCommands(program: Command, context: CliContext): void {
  const user = program.command('user').description('manage staff accounts (konta pracowników)');
  user
    .command('add')
    .description('create an account; prints its one-time password (or invitation link) once')
    .requiredOption('--email <address>', 'e-mail address, used to sign in (required)')
    .requiredOption('--name <name>', 'full name shown in the app (required)')
    .addOption(new Option('--role <role>', 'role of the account (required)').choices(ROLES).makeOptionMandatory())
    .option('--branch <name-or-id>', 'branch (filia) by name or id; repeat for several; a manager needs at least one', collect)
    .option('--invite', 'print an invitation link (valid 7 days) instead of a one-time password')
    .addHelpText('after', ADD_EXAMPLES)
    .action((options: unknown) => addUser(context, options));
  user
    .command('reset-password')
    .description('give an account a new one-time password and sign it out everywhere')
    .requiredOption('--email <address>', 'e-mail address of the account (required)')
    .addHelpText('after', '\nExample:\n  $ relacja user reset-password --email anna.nowak@biblioteka.pl')
    .action((options: unknown) => resetPassword(context, options));
  user
    .command('list')
    .description('list every account: e-mail, name, role, branches, active')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExamples:\n  $ relacja user list\n  $ relacja user list --json > users.json')
    .action((options: unknown) => listAllUsers(context, options));
}
