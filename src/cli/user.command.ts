import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { createUserFromCli } from '../domain/accounts/user-admin.service.js';
import { domainContext } from '../runtime.js';
import { ValidationError } from '../shared/errors.js';

// `masthead user add --email E --name N --role R`, the password on standard input
// (piped or typed), so it never appears in the shell history or the process list.

const usage = 'usage: masthead user add --email EMAIL --name NAME --role reader|author|reviewer|editor|admin  (password on stdin)';

export function parseUserAddArgs(args: string[]): { email: string; name: string; role: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.match(/^--(email|name|role)=(.*)$/s);
    if (eq) {
      values[eq[1] as string] = eq[2] ?? '';
      continue;
    }
    const flag = arg.match(/^--(email|name|role)$/);
    if (!flag || i + 1 >= args.length) throw new ValidationError(`unexpected argument "${arg}"; ${usage}`);
    values[flag[1] as string] = args[++i] ?? '';
  }
  for (const key of ['email', 'name', 'role']) {
    if (!values[key]) throw new ValidationError(`--${key} is required; ${usage}`);
  }
  return { email: values.email ?? '', name: values.name ?? '', role: values.role ?? '' };
}

/** The whole of stdin when piped; one line when typed at a terminal. Only the final line break is dropped. */
export async function readPassword(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stdin.isTTY) process.stderr.write('Password (at least 10 characters), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    if (stdin.isTTY && chunks.join('').includes('\n')) break;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const firstLine = stdin.isTTY ? (text.split('\n')[0] ?? '') : text;
  return firstLine.replace(/\r?\n$/, '');
}

/** Runs the command; a refused input prints one line and sets exit code 1 (other errors propagate). */
export async function runUser(config: Config, args: string[], password?: string): Promise<void> {
  try {
    await userCommand(config, args, password);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.error(`masthead user: ${err.message}`);
    process.exitCode = 1;
  }
}

async function userCommand(config: Config, args: string[], password?: string): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new ValidationError(`unknown subcommand "${sub ?? ''}"; ${usage}`);
  const input = parseUserAddArgs(rest);
  const secret = password ?? (await readPassword());
  if (!secret) throw new ValidationError('no password on standard input; pipe it in, e.g. printf %s "$PASSWORD" | masthead user add …');
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const user = await createUserFromCli(domainContext(handle), { ...input, password: secret });
    console.log(`created ${user.role} account ${user.email} (id ${user.id}), verified and trusted`);
  } finally {
    await handle.close();
  }
}
