/**
 * The job summary of a run that failed: what was attempted (the command and the inputs it was
 * given, secrets left out), which gate or input failed, why, and the fix. Without it a failed
 * step showed one `::error::` line in the log and an empty summary page.
 *
 * @module
 */

import { GateError, InputError, PartialRunError } from '../errors.js'
import type { InputSource } from '../inputs.js'
import { cell, code } from '../util/markdown.js'
import type { Command } from './types.js'

/** Longest input value the summary repeats. */
const MAX_VALUE = 100

/** What a run set out to do: the command and the non-secret inputs it was given. */
export interface Attempt {
  command: string
  inputs: Array<{ name: string; value: string }>
}

/**
 * The attempt of `name` with `source`'s values of the inputs `command` declares. Secret inputs
 * are left out, whatever their value.
 */
export function attemptOf(
  name: string,
  command: Command<unknown> | undefined,
  source: InputSource
): Attempt {
  const inputs = (command?.inputs ?? [])
    .filter(i => i.secret !== true)
    .flatMap(i => {
      const value = source.get(i.name)
      return value === undefined ? [] : [{ name: i.name, value }]
    })
  return { command: name, inputs }
}

const shorten = (value: string): string =>
  value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value

/** What failed, as Markdown lines: the gate, why and the fix, or the input, or the error. */
function failureLines(err: unknown, line: string): string[] {
  if (err instanceof GateError) {
    return [
      `**Failed gate:** ${code(err.gate)}`,
      '',
      `**Why:** ${cell(err.reason)}`,
      '',
      `**Fix:** ${cell(err.fix)}`,
      '',
      'Nothing was written: gates run before the registry, Git and the pull request.'
    ]
  }
  const lines = [`**Error:** ${cell(line)}`]
  if (err instanceof InputError) return [`**Input:** ${code(err.input)}`, '', ...lines]
  if (err instanceof PartialRunError) {
    return [
      ...lines,
      '',
      '**Done so far:**',
      '',
      ...err.done.map(d => `- ${cell(d)}`),
      '',
      `**To finish:** re-run the job; it keeps what is done and goes on to ${cell(err.next)}.`
    ]
  }
  return lines
}

/**
 * The Markdown summary of a failed run: `err` is what was thrown (or `undefined` for a result
 * that failed), `line` the one line the run failed with.
 */
export function failureSummary(attempt: Attempt, err: unknown, line: string): string {
  const rows = attempt.inputs.map(i => `| ${code(i.name)} | ${code(shorten(i.value))} |`)
  return [
    `## digest-promote ${cell(attempt.command)} failed`,
    '',
    rows.length > 0
      ? `Attempted: ${code(attempt.command)} with these inputs:`
      : `Attempted: ${code(attempt.command)}, with no inputs.`,
    '',
    ...(rows.length > 0 ? ['| input | value |', '| --- | --- |', ...rows, ''] : []),
    ...failureLines(err, line),
    ''
  ].join('\n')
}
