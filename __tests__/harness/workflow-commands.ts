/**
 * Replays a step's output the way the GitHub Actions runner reads it for workflow
 * commands (actions/runner `ActionCommandManager.TryProcessCommand` with
 * `ActionCommand.TryParseV2` and the legacy `TryParse`), so tests can see which
 * commands would take effect.
 */

/** One command the runner would have run. */
export interface RunnerCommand {
  command: string
  properties: Record<string, string>
  data: string
  /** The output line it came from. */
  line: string
}

/** What the runner would have done with the output. */
export interface Replay {
  /** Commands that took effect, in order (stop and resume included). */
  commands: RunnerCommand[]
  /** Values the runner would mask from then on. */
  masks: string[]
  /** Whether command processing is still stopped at the end (a stop without its resume). */
  stoppedAtEnd: boolean
}

// The runner's command extensions, plus stop-commands; names are case-insensitive.
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
]

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

function properties(text: string, separator: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of text.split(separator).filter(p => p !== '')) {
    const eq = part.indexOf('=')
    if (eq > 0 && eq < part.length - 1) out[part.slice(0, eq)] = unescapeData(part.slice(eq + 1))
  }
  return out
}

/** `::name props::data` at the start of the line, after leading white space. */
function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.has(command.toLowerCase())) return undefined
  const props = space > 0 ? properties(info.slice(space + 1).trim(), ',') : {}
  return { command, properties: props, data: unescapeData(message.slice(end + 2)), line }
}

/** The legacy `##[name props]data`, found anywhere in the line. */
function parseV1(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const rb = line.indexOf(']', prefix)
  if (rb < 0) return undefined
  const info = line.slice(prefix + 3, rb)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.has(command.toLowerCase())) return undefined
  const props = space > 0 ? properties(info.slice(space + 1), ';') : {}
  return { command, properties: props, data: unescapeData(line.slice(rb + 1)), line }
}

/**
 * Replays `output` (one stream, or several concatenated) through the runner's command
 * processing: while stopped, only the line naming the stop token resumes.
 */
export function replayWorkflowCommands(output: string): Replay {
  const registered = new Set(REGISTERED)
  const replay: Replay = { commands: [], masks: [], stoppedAtEnd: false }
  let stopToken: string | undefined
  // The runner reads lines with .NET's ReadLine: \r\n, \n and a lone \r all end a line.
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (line === '') continue
    const cmd = parseV2(line, registered) ?? parseV1(line, registered)
    if (!cmd) continue
    const name = cmd.command.toLowerCase()
    if (stopToken !== undefined) {
      if (name !== stopToken) continue
      registered.delete(stopToken)
      stopToken = undefined
      replay.commands.push(cmd)
      continue
    }
    if (name === 'stop-commands') {
      stopToken = cmd.data.toLowerCase()
      registered.add(stopToken)
    } else if (name === 'add-mask' && cmd.data.trim() !== '') replay.masks.push(cmd.data)
    replay.commands.push(cmd)
  }
  replay.stoppedAtEnd = stopToken !== undefined
  return replay
}
