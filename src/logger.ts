import { performance } from 'node:perf_hooks'
import { Redactor } from './util/redact.js'
import { neutralise, randomToken, type TokenSource } from './util/workflow-commands.js'

/** Where commands send progress and diagnostics; one implementation per shell. */
export interface Logger {
  /** Progress a user wants to see. */
  info(message: string): void
  /** Something worth attention that does not stop the run. */
  warning(message: string): void
  /** Details for troubleshooting, hidden unless debug logging is on. */
  debug(message: string): void
  /** Runs `fn` inside a named, collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Masks a credential, and everything derived from it, in all later output. */
  setSecret(secret: string): void
}

/**
 * A logger for the CLI: progress to stderr, so stdout stays clean for results and `--json`.
 * Every line goes through `redactor`, which learns each secret handed to `setSecret`, and is
 * kept from running as a workflow command (the CLI may run in a workflow step, where the runner
 * reads stderr too), with stop tokens from `token`.
 */
export function createStderrLogger(
  opts: {
    debug?: boolean
    quiet?: boolean
    redactor?: Redactor
    token?: TokenSource
    /** Also print how long each group took (`DIGEST_PROMOTE_TIMING=1`), to see where time goes. */
    timing?: boolean
  } = {}
): Logger {
  const redactor = opts.redactor ?? new Redactor()
  const write = (line: string): void => {
    process.stderr.write(`${neutralise(redactor.redact(line), opts.token ?? randomToken)}\n`)
  }
  return {
    info: m => {
      if (!opts.quiet) write(m)
    },
    warning: m => write(`warning: ${m}`),
    debug: m => {
      if (opts.debug) write(`debug: ${m}`)
    },
    group: async (name, fn) => {
      if (!opts.quiet) write(`== ${name}`)
      if (!opts.timing) return fn()
      const started = performance.now()
      try {
        return await fn()
      } finally {
        write(`== ${name}: ${Math.round(performance.now() - started)} ms`)
      }
    },
    setSecret: s => redactor.add(s)
  }
}
