/**
 * How each command of src/tools runs as a process: what it returns becomes the exit code and its output, and an
 * error it did not expect is printed as an internal error with the exit code for unusable input, never a stack
 * trace alone or an undocumented code.
 */

/** A command's result: its exit code and what it prints. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function internalError(error: unknown, code: number): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`内部错误 / internal error: ${detail}\n`);
  process.exit(code);
}

/** Runs a command that returns its output, writing stdout before it exits (so a pipe receives all of it). */
export function runCommand(run: (argv: readonly string[]) => Promise<CommandResult>, unusable: number): void {
  run(process.argv.slice(2)).then(
    (result) => {
      if (result.stderr) process.stderr.write(result.stderr);
      process.stdout.write(result.stdout, () => process.exit(result.code));
    },
    (error: unknown) => internalError(error, unusable),
  );
}

/** Runs a command that prints as it goes and returns its exit code. */
export function runMain(main: (argv: readonly string[]) => Promise<number>, unusable: number): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => internalError(error, unusable),
  );
}
