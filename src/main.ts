import * as core from '@actions/core'
import { parseDeclared } from './commands/declared.js'
import { commandNames, findCommand } from './commands/index.js'
import type { CommandResult, RunContext } from './commands/types.js'
import { InputError, errorMessage } from './errors.js'
import { getRequired, type InputSource } from './inputs.js'
import type { Logger } from './logger.js'

const actionInputs: InputSource = {
  get(name) {
    const value = core.getInput(name)
    return value === '' ? undefined : value
  }
}

const actionLogger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  setSecret: s => core.setSecret(s)
}

/** Runs the action: read inputs once, run the command, set outputs, fail with one line. */
export async function run(): Promise<void> {
  try {
    const ctx: RunContext = {
      logger: actionLogger,
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      now: () => new Date()
    }
    const name = getRequired(
      actionInputs,
      'command',
      `set it to one of: ${commandNames().join(', ')}`
    )
    const command = findCommand(name)
    if (!command) {
      throw new InputError(
        'command',
        `unknown command '${name}'`,
        `use one of: ${commandNames().join(', ')}`
      )
    }
    const options = parseDeclared(command, actionInputs, ctx)
    const result = await command.run(options, ctx)
    await report(result)
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}

async function report(result: CommandResult): Promise<void> {
  for (const [key, value] of Object.entries(result.outputs)) core.setOutput(key, value)
  for (const a of result.annotations ?? []) {
    const props = { file: a.file, startLine: a.line, title: a.title }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  if (result.summary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(result.summary, true).write()
  }
  if (result.error !== undefined) {
    if (result.text) core.info(result.text)
    core.setFailed(result.error)
  } else if (result.status === 'failed' || (result.exitCode ?? 0) !== 0) core.setFailed(result.text)
  else if (result.text) core.info(result.text)
}
