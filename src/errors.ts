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
  /** Why the gate refused, without the gate's name. */
  readonly reason: string
  /** What to do about it. */
  readonly fix: string

  constructor(gate: string, reason: string, fix: string) {
    super(`gate '${gate}' failed: ${reason}; fix: ${fix}`)
    this.gate = gate
    this.reason = reason
    this.fix = fix
  }
}

/**
 * A failure after the run had already written something. The message says what is
 * done; the shell that ran the command adds how to resume ({@link PartialRunError.line}):
 * the CLI its own command line, the action "re-run the job". Every step is idempotent,
 * so the resumed run keeps what is done and finishes the rest.
 */
export class PartialRunError extends PromoteError {
  /** The failure itself, as one line. */
  readonly failure: string
  /** What was already written, e.g. "registry tag r/app:staging-v1 names sha256:…". */
  readonly done: string[]
  /** What the resumed run does, e.g. "open the pull request for that branch". */
  readonly next: string

  constructor(failure: string, done: string[], next: string) {
    super(`${failure}; done so far: ${done.join(', ')}; run the same command again to ${next}`)
    this.failure = failure
    this.done = done
    this.next = next
  }

  /** The one line, with `resume(next)` saying how to resume, e.g. "re-run the job to <next>". */
  line(resume: (next: string) => string): string {
    return `${this.failure}; done so far: ${this.done.join(', ')}; ${resume(this.next)}`
  }
}

/** Returns the message of anything thrown, without a stack trace. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  return String(err)
}
