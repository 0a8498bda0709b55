/**
 * Keeps text we print from being read as a GitHub Actions workflow command. The runner
 * reads every line of a step's stdout and stderr: a line that starts (after blanks) with
 * `::name::` is a command, and so is the legacy `##[name]` anywhere in a line; `\r`
 * ends a line as `\n` does. Text from the GitOps repository, the registry or a file can
 * hold either, so it is printed inside `::stop-commands::<token>` … `::<token>::`, with a
 * token nobody can guess.
 */
import { randomBytes } from 'node:crypto'

/** Makes a fresh stop token; tests pass their own. */
export type TokenSource = () => string

/** 128 random bits in hex: a token the printed text cannot contain or guess. */
export const randomToken: TokenSource = () => randomBytes(16).toString('hex')

/**
 * Whether the runner could find a workflow command somewhere in `text`: a line (split at `\n`
 * or `\r`) whose first non-blank characters are `::`, or `##[` anywhere. A `::` inside a line,
 * as in OpenSSL's `routines::decode error`, is not one.
 */
export function mayHoldCommand(text: string): boolean {
  return /(?:^|[\r\n])[^\S\r\n]*::/.test(text) || text.includes('##[')
}

/**
 * Returns `text` unchanged when it cannot hold a workflow command, else wrapped so the
 * runner ignores every command in it: `::stop-commands::<token>`, the text, `::<token>::`.
 */
export function neutralise(text: string, token: TokenSource = randomToken): string {
  if (!mayHoldCommand(text)) return text
  const t = token()
  if (!/^[A-Za-z0-9_-]{16,}$/.test(t) || text.includes(t))
    throw new Error('stop token is too short, malformed or occurs in the text')
  return `::stop-commands::${t}\n${text}\n::${t}::`
}

/**
 * Escapes `:` and `#` of `::` and `##[` in JSON text as `\u003a` and `\u0023`. In
 * `JSON.stringify` output they can only occur inside strings, so the JSON keeps its
 * meaning while no line holds a command and no wrapper lines break parsers.
 */
export function escapeJsonCommands(json: string): string {
  return json.replace(/::/g, ':\\u003a').replace(/##\[/g, '#\\u0023[')
}
