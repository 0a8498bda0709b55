import type { Logger } from '../logger.js'

/**
 * Seams a command, and the workflows it runs, may use instead of reaching for globals, so
 * tests can pin them. The shells build it; everything below only reads it.
 */
export interface RunContext {
  /** Where messages go: `@actions/core` in the action, stderr in the CLI. */
  logger: Logger
  /** The process environment the command should read (GITHUB_*, DOCKER_CONFIG, proxies). */
  env: NodeJS.ProcessEnv
  /** The directory relative paths are resolved against (GITHUB_WORKSPACE in the action). */
  workspace: string
  /** The current time; tests replace it. */
  now: () => Date
  /** Standard input, for a file input given as `-`: the CLI's; the action has none. */
  stdin?: StandardInput
}

/** The CLI's standard input, which one input at most may read. */
export interface StandardInput {
  /** The stream, unless a flag already read it. */
  stream?: NodeJS.ReadableStream
  /** The flag that already read it, e.g. `--gitops-token-stdin`. */
  takenBy?: string
}
