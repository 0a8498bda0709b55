import type { InputSource } from '../inputs.js'
import type { RunContext } from '../util/run-context.js'
import type { CommandResult } from '../util/command-result.js'

// The result and context types live on the bottom floor, so the workflows that build them
// need not import this module; commands keep importing them from here.
export type { CommandResult, CommandStatus, Annotation } from '../util/command-result.js'
export type { RunContext } from '../util/run-context.js'

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
