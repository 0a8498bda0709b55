/** Whether a command changed anything in a registry, in Git or on GitHub. */
export type CommandStatus = 'changed' | 'unchanged' | 'failed'

/**
 * What a command returns to the shell that ran it. The shell decides how to
 * show it: the action sets outputs and writes the job summary, the CLI prints
 * `text` (or `json` with `--json`).
 */
export interface CommandResult {
  /** `changed` when something was written, `unchanged` for a no-op, `failed` for a refusal. */
  status: CommandStatus
  /** Action outputs, kebab-case keys as in action.yml. */
  outputs: Record<string, string>
  /** Human-readable result for the CLI's stdout. */
  text: string
  /** Machine-readable result for `--json`. */
  json: unknown
  /** Markdown for the job summary; absent when the command has nothing worth a summary. */
  summary?: string
  /** Exit code when not 0 (for example 1 for a refusal that is not an exception). */
  exitCode?: number
  /**
   * One line for a failed result whose `text` is a report (audit): the action's failure
   * message and the CLI's stderr line, while `text` still goes to stdout.
   */
  error?: string
  /** Findings with a location: GitHub annotations in the action; part of `text` in the CLI. */
  annotations?: Annotation[]
}

/** A finding tied to a file and line, shown by GitHub on the pull request's diff. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** Path relative to the repository root. */
  file: string
  /** 1-based line. */
  line?: number
  /** Short title, e.g. the rule id. */
  title?: string
}
