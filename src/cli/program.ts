import { appendFile } from 'node:fs/promises'
import { parseDeclared } from '../commands/declared.js'
import { COMMANDS, findCommand } from '../commands/index.js'
import type { Command, CommandResult, RunContext } from '../commands/types.js'
import { InputError, PartialRunError, PromoteError, errorMessage } from '../errors.js'
import type { InputSource } from '../inputs.js'
import { createStderrLogger } from '../logger.js'
import { Redactor } from '../util/redact.js'
import { escapeJsonCommands, neutralise } from '../util/workflow-commands.js'
import { VERSION } from '../version.js'
import {
  readSecret,
  secretHelp,
  stdinFlag,
  stdinInput,
  visibleSecretWarning,
  withSecrets
} from './secret-inputs.js'
import { closestName } from '../util/suggest.js'
import { echo } from '../util/text.js'

/** Options every subcommand accepts; they shape output, not behaviour. */
interface GlobalFlags {
  json: boolean
  debug: boolean
  help: boolean
  /** The secret input to read from standard input (`--<input>-stdin`), at most one. */
  stdin?: string
  /** Secret inputs given as flag values, which `ps` shows. */
  visible: string[]
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
    'Every --flag is the action input of the same name (see action.yml).',
    'Secrets (tokens, passwords) are read from DIGEST_PROMOTE_<INPUT> (e.g. DIGEST_PROMOTE_GITOPS_TOKEN)',
    'or from standard input with --<input>-stdin (one per run); a --flag value shows in ps.'
  ].join('\n')
}

function commandUsage(cmd: Command<unknown>): string {
  const width = Math.max(...cmd.inputs.map(i => i.name.length + 2), 8)
  const inputs = cmd.inputs.map(
    i =>
      `  --${i.name.padEnd(width - 2)}  ${i.description}${i.required ? ' (required)' : ''}` +
      (i.secret ? secretHelp(i) : '')
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
  const flags: GlobalFlags = { json: false, debug: false, help: false, visible: [] }
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
      flags[name as 'json' | 'debug' | 'help'] = true
      continue
    }
    const piped = stdinInput(cmd.inputs, name)
    if (piped && eq === -1) {
      if (flags.stdin !== undefined && flags.stdin !== piped.name) {
        throw new InputError(piped.name, 'only one secret can be read from standard input')
      }
      flags.stdin = piped.name
      continue
    }
    const input = spec.get(name)
    if (!input) throw unknownOption(cmd, name)
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (input.kind === 'flag') value = 'true'
    else {
      const next = argv[++i]
      if (next === undefined) throw new InputError(name, `--${name} needs a value`)
      value = next
    }
    if (input.secret) flags.visible.push(name)
    values.set(name, [...(values.get(name) ?? []), value])
  }
  if (flags.stdin !== undefined && values.has(flags.stdin)) {
    throw new InputError(flags.stdin, `set both as a flag and by --${flags.stdin}-stdin`)
  }
  const names = cmd.positionals ?? []
  positionals.forEach((value, index) => {
    const name = names[Math.min(index, names.length - 1)]
    if (name === undefined || (index >= names.length && spec.get(name)?.kind !== 'list')) {
      throw new InputError(
        cmd.name,
        `unexpected argument ${echo(value)}`,
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

/** An unknown `--name`, with the closest flag the command knows when one is close. */
function unknownOption(cmd: Command<unknown>, name: string): InputError {
  const known = [
    ...cmd.inputs.map(i => i.name),
    ...GLOBAL_FLAGS,
    ...cmd.inputs.filter(i => i.secret).map(i => stdinFlag(i.name))
  ]
  const guess = closestName(name, known)
  return new InputError(
    name,
    `unknown option ${echo(`--${name}`)} for '${cmd.name}'`,
    `${guess ? `did you mean --${guess}? ` : ''}see: digest-promote ${cmd.name} --help`
  )
}

/**
 * Where the CLI prints, a line at a time: stdout and stderr, both through one redactor, and kept
 * from running as workflow commands (the CLI can run in a workflow step, whose runner reads
 * stdout and stderr for them).
 */
interface Output {
  out(line: string): void
  err(line: string): void
  /** JSON for stdout, already escaped: redacted only. */
  json(text: string): void
}

function redactingOutput(redactor: Redactor): Output {
  return {
    out: line => void process.stdout.write(`${neutralise(redactor.redact(line))}\n`),
    err: line => void process.stderr.write(`${neutralise(redactor.redact(line))}\n`),
    json: text => void process.stdout.write(`${redactor.redact(text)}\n`)
  }
}

function print(result: CommandResult, flags: GlobalFlags, io: Output): void {
  if (flags.json) io.json(escapeJsonCommands(JSON.stringify(result.json, null, 2)))
  else if (result.status === 'failed' && result.error === undefined) io.err(`error: ${result.text}`)
  else if (result.text) io.out(result.text)
  if (result.error !== undefined) io.err(`error: ${result.error}`)
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
    const guess = closestName(
      name,
      COMMANDS.map(c => c.name)
    )
    process.stderr.write(
      `error: unknown command ${echo(name)}; ${guess ? `did you mean ${guess}? ` : ''}` +
        `run 'digest-promote --help' for the list\n`
    )
    return 2
  }
  const redactor = new Redactor()
  const io = redactingOutput(redactor)
  let debug = false
  try {
    const { source: given, flags } = parseArgs(cmd, rest)
    debug = flags.debug
    if (flags.help) {
      io.out(commandUsage(cmd))
      return 0
    }
    const logger = createStderrLogger({
      debug: flags.debug,
      quiet: flags.json,
      redactor,
      timing: process.env.DIGEST_PROMOTE_TIMING === '1'
    })
    const piped = flags.stdin
      ? { input: flags.stdin, value: await readSecret(process.stdin, flags.stdin) }
      : undefined
    const source = withSecrets(cmd.inputs, given, process.env, piped)
    for (const input of cmd.inputs.filter(i => i.secret)) redactor.add(source.get(input.name) ?? '')
    for (const input of flags.visible) logger.warning(visibleSecretWarning(input))
    const ctx: RunContext = {
      logger,
      env: process.env,
      workspace: process.cwd(),
      now: () => new Date(),
      stdin: flags.stdin ? { takenBy: `--${stdinFlag(flags.stdin)}` } : { stream: process.stdin }
    }
    const result = await cmd.run(parseDeclared(cmd, source, ctx), ctx)
    print(result, flags, io)
    // Like the action: in CI systems that read a summary file, append the job summary.
    const summaryFile = process.env.GITHUB_STEP_SUMMARY
    if (result.summary && summaryFile)
      await appendFile(summaryFile, `${redactor.redact(result.summary)}\n`)
    return result.exitCode ?? (result.status === 'failed' ? 1 : 0)
  } catch (err) {
    const line =
      err instanceof PartialRunError
        ? err.line(next => `to ${next}, after fixing that, run: ${resumeCommand(cmd, rest)}`)
        : errorMessage(err)
    io.err(`error: ${line}`)
    if (debug && err instanceof Error && !(err instanceof PromoteError)) io.err(String(err.stack))
    return err instanceof PromoteError ? err.exitCode : 1
  }
}

/** Inputs whose values never appear in a printed command line. */
const SECRET_INPUT = /(token|password|secret)$|^cosign-key$/

/**
 * The command line that resumes a run: the same command and flags, shell-quoted,
 * with the value of every secret input replaced by `***`.
 */
export function resumeCommand(cmd: Command<unknown>, argv: string[]): string {
  const out = ['digest-promote', cmd.name]
  let maskNext = false
  for (const arg of argv) {
    const name = /^--([^=]+)/.exec(arg)?.[1]
    const secret = name !== undefined && SECRET_INPUT.test(name)
    if (maskNext) out.push('***')
    else if (secret && arg.includes('=')) out.push(`--${name}=***`)
    else out.push(shellQuote(arg))
    maskNext = !maskNext && secret && !arg.includes('=')
  }
  return out.join(' ')
}

function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
