import type { InputSource } from '../inputs.js'
import type { Logger } from '../logger.js'

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

/** Seams a command may use instead of reaching for globals, so tests can pin them. */
export interface RunContext {
  /** Where messages go: `@actions/core` in the action, stderr in the CLI. */
  logger: Logger
  /** The process environment the command should read (GITHUB_*, DOCKER_CONFIG, proxies). */
  env: NodeJS.ProcessEnv
  /** The directory relative paths are resolved against (GITHUB_WORKSPACE in the action). */
  workspace: string
  /** The current time; tests replace it. */
  now: () => Date
}

/** Describes one input a command reads, for action.yml, `--help` and validation. */
export interface InputSpec {
  /** Kebab-case name: the action input and the CLI flag (`--name`). */
  name: string
  /** One sentence for `--help`. */
  description: string
  /** Whether the command refuses to run without it. */
  required?: boolean
  /** `flag` inputs take no value on the CLI (`--json`), and `true`/`false` in the action. */
  kind?: 'string' | 'flag' | 'list'
  /**
   * A token or password: masked in all output, and on the CLI also read from the environment
   * (`DIGEST_PROMOTE_<NAME>`) or standard input (`--<name>-stdin`), since a flag shows in `ps`.
   */
  secret?: boolean
}

/**
 * One command, shared by both shells: the action's `command` input and the CLI's
 * subcommand. `parse` turns raw input into typed options (throwing
 * {@link InputError} for bad input) and `run` does the work.
 */
export interface Command<Options = unknown> {
  /** Kebab-case name, the action `command` and the CLI subcommand. */
  name: string
  /** One line for `--help`. */
  summary: string
  /** Usage line for the CLI, after `digest-promote <name>`. */
  usage: string
  /** Inputs the command reads. */
  inputs: InputSpec[]
  /** CLI positional arguments, mapped in order to these input names; the last may repeat. */
  positionals?: string[]
  /** Reads and validates every input once. */
  parse(source: InputSource, ctx: RunContext): Options
  /** Runs the command with validated options. */
  run(options: Options, ctx: RunContext): Promise<CommandResult>
}
