/**
 * An error meant for the user: printed as one line on stderr, with the given exit code (default 1).
 * Its own module, so that cli.ts catches it without loading the API (cli-context.ts).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
