import * as core from '@actions/core'
import { parseDeclared } from './commands/declared.js'
import { attemptOf, failureSummary, type Attempt } from './commands/failure-summary.js'
import { commandNames, findCommand } from './commands/index.js'
import type { CommandResult, RunContext } from './commands/types.js'
import { InputError, PartialRunError, errorMessage } from './errors.js'
import { getBoolean, getRequired, type InputSource } from './inputs.js'
import type { Logger } from './logger.js'
import { Redactor, secretForms } from './util/redact.js'
import { echo } from './util/text.js'
import { neutralise } from './util/workflow-commands.js'

const actionInputs: InputSource = {
  get(name) {
    const value = core.getInput(name)
    return value === '' ? undefined : value
  }
}

/**
 * Secrets the run learned. The runner masks what `::add-mask::` names, but only in the logs it
 * shows; the action's own stdout is redacted too, so nothing else reading it sees a secret.
 */
const redactor = new Redactor()
const redact = (text: string): string => redactor.redact(text)

/**
 * Logs text that may quote the GitOps repository, the registry or a file without letting the
 * runner read a workflow command in it. The other `core` calls escape their text.
 */
const info = (text: string): void => core.info(neutralise(redact(text)))

const actionLogger: Logger = {
  info: m => info(m),
  warning: m => core.warning(redact(m)),
  debug: m => core.debug(redact(m)),
  group: (name, fn) => core.group(redact(name), fn),
  // The runner masks exact strings: mask the URL-encoded and base64 forms as well.
  setSecret: s => {
    redactor.add(s)
    for (const form of secretForms(s)) core.setSecret(form)
  }
}

/**
 * Appends `markdown` to the job summary, when the runner gives one. A summary that cannot be
 * written is a warning: the step's result does not depend on it.
 */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(redact(markdown), true).write()
  } catch (err) {
    core.warning(`could not write the job summary: ${redact(errorMessage(err))}`)
  }
}

/** Runs the action: read inputs once, run the command, set outputs, fail with one line. */
export async function run(): Promise<void> {
  // The job summary of a failure needs what was attempted; `summary: false` turns it off.
  let attempt: Attempt | undefined
  let summary = false
  try {
    const ctx: RunContext = {
      logger: actionLogger,
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      now: () => new Date()
    }
    summary = getBoolean(actionInputs, 'summary', true)
    const name = getRequired(
      actionInputs,
      'command',
      `set it to one of: ${commandNames().join(', ')}`
    )
    const command = findCommand(name)
    attempt = attemptOf(name, command, actionInputs)
    if (!command) {
      throw new InputError(
        'command',
        `unknown command ${echo(name)}`,
        `use one of: ${commandNames().join(', ')}`
      )
    }
    const options = parseDeclared(command, actionInputs, ctx)
    const result = await command.run(options, ctx)
    await report(result, summary ? attempt : undefined)
  } catch (err) {
    // Every step is idempotent: the same job, re-run, keeps what is done and finishes.
    const line =
      err instanceof PartialRunError
        ? err.line(next => `re-run the job, after fixing that, to ${next}`)
        : errorMessage(err)
    if (summary && attempt) await writeSummary(failureSummary(attempt, err, line))
    core.setFailed(redact(line))
  }
}

/** Sets the outputs, annotations and job summary of `result` (no summary without `attempt`). */
async function report(result: CommandResult, attempt: Attempt | undefined): Promise<void> {
  for (const [key, value] of Object.entries(result.outputs)) core.setOutput(key, value)
  for (const a of result.annotations ?? []) {
    const props = { file: a.file, startLine: a.line, title: a.title }
    const message = redact(a.message)
    if (a.level === 'error') core.error(message, props)
    else if (a.level === 'warning') core.warning(message, props)
    else core.notice(message, props)
  }
  const failed =
    result.error ??
    (result.status === 'failed' || (result.exitCode ?? 0) !== 0 ? result.text : undefined)
  if (attempt && result.summary) await writeSummary(result.summary)
  else if (attempt && failed !== undefined)
    await writeSummary(failureSummary(attempt, undefined, failed))
  if (result.error !== undefined) {
    if (result.text) info(result.text)
    core.setFailed(redact(result.error))
  } else if (failed !== undefined) core.setFailed(redact(failed))
  else if (result.text) info(result.text)
}
