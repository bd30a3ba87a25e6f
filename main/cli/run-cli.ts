// Routes `idsvc <command> ...` to its command and turns refusals into one stderr line and an exit code.
import { failureMessage } from '../services/errors';
import { DEFAULT_GATEWAY_PORT, DEFAULT_SCIM_BASE_PATH } from '../services/settings/tenant-url-suggestion';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { AUDIT_USAGE, auditCommand } from './commands/audit-command';
import { CONSOLE_USAGE, consoleCommand } from './commands/console-command';
import { EMPLOYEES_USAGE, employeesCommand } from './commands/employees-command';
import { OPERATOR_USAGE, PRIVILEGE_HELP, operatorCommand } from './commands/operator-command';
import { ORGANIZATION_USAGE, organizationCommand } from './commands/organization-command';
import { SERVE_USAGE, serveCommand } from './commands/serve-command';
import { SETTINGS_USAGE, settingsCommand } from './commands/settings-command';
import { TOKEN_USAGE, tokenCommand } from './commands/token-command';

const USAGE = [
  'Usage:',
  `  ${SERVE_USAGE}`,
  `      Run the SCIM gateway (default 127.0.0.1:${DEFAULT_GATEWAY_PORT}; base path from the Tenant URL, ` +
    `else ${DEFAULT_SCIM_BASE_PATH}).`,
  `  ${CONSOLE_USAGE}`,
  '      Serve the console to a browser on 127.0.0.1 and print the URL to open.',
  ...TOKEN_USAGE.map((line) => `  ${line}`),
  '      Create (prints only the token), list, revoke tokens for the identity provider; rotate the signing key.',
  ...OPERATOR_USAGE.map((line) => `  ${line}`),
  '      The OS accounts that may use the console and idsvc, and what each may do (needs Manage Operators).',
  ...AUDIT_USAGE.map((line) => `  ${line}`),
  '      Who changed what, newest first, streamed to stdout (needs View Provisioning Activity).',
  ...EMPLOYEES_USAGE.map((line) => `  ${line}`),
  '      The directory as CSV or JSON on stdout; move employees as a placements file says (needs Manage Employees).',
  ...ORGANIZATION_USAGE.map((line) => `  ${line}`),
  '      The organization tree, and changing it; PATH is as people write it, e.g. Enterprise/Sales (changes need',
  '      Configure Provisioning Settings).',
  `  ${SETTINGS_USAGE}`,
  '      Show the saved Provisioning Settings.',
  '',
  ...PRIVILEGE_HELP,
  '',
  'Every command runs as the OS account that starts it and needs that account to hold the privilege for it.',
  'Every command takes --data-dir DIR (else IDSVC_DATA_DIR, else the per-user app data folder).',
].join('\n');

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'console':
        return await consoleCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'token':
        return await tokenCommand(rest, io);
      case 'operator':
        return await operatorCommand(rest, io);
      case 'audit':
        return await auditCommand(rest, io);
      case 'employees':
        return await employeesCommand(rest, io);
      case 'organization':
        return await organizationCommand(rest, io);
      case 'settings':
        return await settingsCommand(rest, io);
      case '--version':
      case '-v':
        io.out(io.version);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`Unknown command '${command}'. Run 'idsvc --help' for the list.`);
    }
  } catch (error) {
    io.err(`idsvc: ${describe(error)}`);
    if (error instanceof CliError) return error.exitCode;
    return isUsageError(error) ? 2 : 1;
  }
}

/** node:util parseArgs refusals: an unknown option or a missing value. */
function isUsageError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

function describe(error: unknown): string {
  if (isUsageError(error)) {
    // parseArgs writes some refusals over several lines; a refusal here is always one line.
    return `${error.message.replace(/\s*\n\s*/g, ' ').replace(/\.?$/, '.')} Run 'idsvc --help' for usage.`;
  }
  return failureMessage(error);
}
