import { adoptCommand } from './adopt.js'
import { applyCommand } from './apply.js'
import { captureCommand } from './capture.js'
import { initCommand } from './init.js'
import { planCommand, promoteCommand } from './promote.js'
import { refCommand } from './ref.js'
import { retagCommand } from './retag.js'
import { rollbackCommand } from './rollback.js'
import { unpinCommand } from './unpin.js'
import { selectTagCommand } from './select-tag.js'
import { setImageCommand } from './set-image.js'
import { setValuesCommand } from './set-values.js'
import { setMarkersCommand } from './set-markers.js'
import { statusCommand } from './status.js'
import { auditCommand } from './audit.js'
import { verifyCommand } from './verify.js'
import type { Command } from './types.js'

/**
 * The one command table both shells read: the action's `command` input and the
 * CLI's subcommands. A command is listed here only once it works end to end.
 */
export const COMMANDS: readonly Command<never>[] = [
  captureCommand,
  promoteCommand,
  planCommand,
  rollbackCommand,
  unpinCommand,
  adoptCommand,
  applyCommand,
  statusCommand,
  auditCommand,
  verifyCommand,
  refCommand,
  retagCommand,
  selectTagCommand,
  setImageCommand,
  setValuesCommand,
  setMarkersCommand,
  initCommand
] as Command<never>[]

/** Finds a command by its kebab-case name. */
export function findCommand(name: string): Command<unknown> | undefined {
  return COMMANDS.find(c => c.name === name)
}

/** The names of every available command, for error messages. */
export function commandNames(): string[] {
  return COMMANDS.map(c => c.name)
}
