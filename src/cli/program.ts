import { appendFile } from 'node:fs/promises'
import { parseDeclared } from '../commands/declared.js'
import { COMMANDS, findCommand } from '../commands/index.js'
import type { Command, CommandResult, RunContext } from '../commands/types.js'
import { InputError, PromoteError, errorMessage } from '../errors.js'
import type { InputSource } from '../inputs.js'
import { createStderrLogger } from '../logger.js'
import { VERSION } from '../version.js'

/** Options every subcommand accepts; they shape output, not behaviour. */
interface GlobalFlags {
  json: boolean
  debug: boolean
  help: boolean
}

const GLOBAL_FLAGS = ['json', 'debug', 'help']

function usage(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length), 8)
  const lines = COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    `digest-promote ${VERSION}: promote one immutable, verified image digest through GitOps environments.`,
    '',
    'Usage: digest-promote <command> [arguments] [--input value ...] [--json]',
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none)']),
    '',
    'Options:',
    '  --json     print the result as JSON on stdout',
    '  --debug    print debug messages on stderr',
    '  --help     show help for a command',
    '  --version  print the version',
    '',
    'Every --flag is the action input of the same name (see action.yml).'
  ].join('\n')
}

function commandUsage(cmd: Command<unknown>): string {
  const width = Math.max(...cmd.inputs.map(i => i.name.length + 2), 8)
  const inputs = cmd.inputs.map(
    i => `  --${i.name.padEnd(width - 2)}  ${i.description}${i.required ? ' (required)' : ''}`
  )
  return [
    `Usage: digest-promote ${cmd.name} ${cmd.usage}`,
    '',
    cmd.summary,
    '',
    'Inputs:',
    ...inputs
  ].join('\n')
}

/**
 * Turns argv into input values: `--name value`, `--name=value`, bare `--flag` for
 * flag inputs, repeated list flags joined by newlines, positionals mapped in order.
 */
export function parseArgs(
  cmd: Command<unknown>,
  argv: string[]
): { source: InputSource; flags: GlobalFlags } {
  const values = new Map<string, string[]>()
  const flags: GlobalFlags = { json: false, debug: false, help: false }
  const positionals: string[] = []
  const spec = new Map(cmd.inputs.map(i => [i.name, i]))
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg)
      else positionals.push(...argv.slice(i + 1))
      if (arg === '--') break
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (GLOBAL_FLAGS.includes(name)) {
      flags[name as keyof GlobalFlags] = true
      continue
    }
    const input = spec.get(name)
    if (!input)
      throw new InputError(
        name,
        `unknown option --${name} for '${cmd.name}'`,
        `see: digest-promote ${cmd.name} --help`
      )
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (input.kind === 'flag') value = 'true'
    else {
      const next = argv[++i]
      if (next === undefined) throw new InputError(name, `--${name} needs a value`)
      value = next
    }
    values.set(name, [...(values.get(name) ?? []), value])
  }
  const names = cmd.positionals ?? []
  positionals.forEach((value, index) => {
    const name = names[Math.min(index, names.length - 1)]
    if (name === undefined || (index >= names.length && spec.get(name)?.kind !== 'list')) {
      throw new InputError(
        cmd.name,
        `unexpected argument '${value}'`,
        `usage: digest-promote ${cmd.name} ${cmd.usage}`
      )
    }
    values.set(name, [...(values.get(name) ?? []), value])
  })
  const source: InputSource = {
    get(name) {
      const v = values.get(name)
      if (!v) return undefined
      const joined = v.join('\n').trim()
      return joined === '' ? undefined : joined
    }
  }
  return { source, flags }
}

function print(result: CommandResult, flags: GlobalFlags): void {
  if (flags.json) process.stdout.write(`${JSON.stringify(result.json, null, 2)}\n`)
  else if (result.status === 'failed' && result.error === undefined)
    process.stderr.write(`error: ${result.text}\n`)
  else if (result.text) process.stdout.write(`${result.text}\n`)
  if (result.error !== undefined) process.stderr.write(`error: ${result.error}\n`)
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  const cmd = findCommand(name)
  if (!cmd) {
    process.stderr.write(
      `error: unknown command '${name}'; run 'digest-promote --help' for the list\n`
    )
    return 2
  }
  let debug = false
  try {
    const { source, flags } = parseArgs(cmd, rest)
    debug = flags.debug
    if (flags.help) {
      process.stdout.write(`${commandUsage(cmd)}\n`)
      return 0
    }
    const ctx: RunContext = {
      logger: createStderrLogger({ debug: flags.debug, quiet: flags.json }),
      env: process.env,
      workspace: process.cwd(),
      now: () => new Date()
    }
    const result = await cmd.run(parseDeclared(cmd, source, ctx), ctx)
    print(result, flags)
    // Like the action: in CI systems that read a summary file, append the job summary.
    const summaryFile = process.env.GITHUB_STEP_SUMMARY
    if (result.summary && summaryFile) await appendFile(summaryFile, `${result.summary}\n`)
    return result.exitCode ?? (result.status === 'failed' ? 1 : 0)
  } catch (err) {
    process.stderr.write(`error: ${errorMessage(err)}\n`)
    if (debug && err instanceof Error && !(err instanceof PromoteError))
      process.stderr.write(`${err.stack}\n`)
    return err instanceof PromoteError ? err.exitCode : 1
  }
}
