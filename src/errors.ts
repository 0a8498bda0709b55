/**
 * Errors that reach the edge of the action or the CLI as one line.
 *
 * Every error the tool raises on purpose is a {@link PromoteError}: its message is
 * already the line a user reads (what is wrong, which input, how to fix it). Any
 * other error is a bug and is reported with its message only, never a stack.
 */
export class PromoteError extends Error {
  /** Exit code for the CLI: 1 for a refused or failed operation, 2 for bad usage. */
  readonly exitCode: number

  constructor(message: string, exitCode = 1) {
    super(message)
    this.name = new.target.name
    this.exitCode = exitCode
  }
}

/** A value given to an input (action `with:` key or CLI flag) is missing or malformed. */
export class InputError extends PromoteError {
  /** Kebab-case name of the input, as in action.yml. */
  readonly input: string

  constructor(input: string, problem: string, hint?: string) {
    super(`input '${input}': ${problem}${hint ? `; ${hint}` : ''}`, 2)
    this.input = input
  }
}

/** A gate refused the operation before anything was written. Terminal: a retry will not help. */
export class GateError extends PromoteError {
  /** Name of the gate (`source`, `tag-policy`, `signature`, `ordering`). */
  readonly gate: string

  constructor(gate: string, reason: string, fix: string) {
    super(`gate '${gate}' failed: ${reason}; fix: ${fix}`)
    this.gate = gate
  }
}

/** Returns the message of anything thrown, without a stack trace. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  return String(err)
}
