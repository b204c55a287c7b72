// `unrolled <command>`: the command-line entry. Errors a user can fix print one line and exit 2.
import { isUnrolledError } from '../../core/errors.js';
import { UsageError } from './args.js';
import { benchCommand } from './bench-command.js';
import { evaluateCommand } from './evaluate-command.js';
import { gradientsCommand } from './gradients-command.js';
import type { Command } from './command.js';
import { traceCommand } from './trace-command.js';
import { trainCommand } from './train-command.js';
import { verifyCommand } from './verify-command.js';

/** Every command the CLI knows. */
export const COMMANDS: Command[] = [
  traceCommand,
  verifyCommand,
  benchCommand,
  evaluateCommand,
  trainCommand,
  gradientsCommand
];

function help(): string {
  return [
    'usage: unrolled <command> [options]',
    ...COMMANDS.map((command) => `  unrolled ${command.usage}`)
  ].join('\n');
}

/** Runs the CLI on argv (without node and script); resolves to the process exit code. */
export async function main(
  argv: readonly string[],
  commands: readonly Command[] = COMMANDS
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (!command)
      throw new UsageError(
        `Unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')}).`
      );
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || isUnrolledError(error)) {
      process.stderr.write(`unrolled ${name}: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `unrolled ${name}: unexpected error: ${message.replace(/\s*\n\s*/g, ' ')}\n`
    );
    return 2;
  }
}
