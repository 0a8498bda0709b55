/**
 * The only way a command reads its inputs: through the names its table entry declares, so an
 * input the code reads can never be missing from action.yml, `--help` and the CLI's flags.
 *
 * @module
 */

import type { InputSource } from '../inputs.js'
import type { Command, RunContext } from './types.js'

/** A command read an input its table entry does not declare: a bug in the command, not input. */
export class UndeclaredInputError extends Error {}

/**
 * `source` restricted to `command`'s declared inputs: reading any other name throws
 * {@link UndeclaredInputError}, at the first run that reaches the read.
 */
export function declaredInputs(command: Command<unknown>, source: InputSource): InputSource {
  const declared = new Set(command.inputs.map(i => i.name))
  return {
    get(name) {
      if (!declared.has(name)) {
        throw new UndeclaredInputError(
          `'${command.name}' reads input '${name}', which its command table entry does not declare`
        )
      }
      return source.get(name)
    }
  }
}

/** Parses `command`'s options from `source` through {@link declaredInputs}; both shells call this. */
export function parseDeclared<Options>(
  command: Command<Options>,
  source: InputSource,
  ctx: RunContext
): Options {
  return command.parse(declaredInputs(command, source), ctx)
}
