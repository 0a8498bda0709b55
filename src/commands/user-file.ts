/**
 * Files the user names in an input (`tags-file`, `policy-file`): read wherever they are,
 * including `<(…)` (a /dev/fd path) and `-` for the CLI's standard input. The user chose the
 * path, so there is nothing to confine; paths that come from repository content
 * (promotion.yaml, the ledger) are confined where they are read.
 *
 * @module
 */

import { createReadStream } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { echo } from '../util/text.js'
import type { RunContext } from './types.js'

/** What a failed read says about the file, by Node's error code. */
const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory'
}

/** `value` resolved against the workspace, or `-` as it is. */
export function userFilePath(value: string, ctx: RunContext): string {
  return value === '-' ? value : path.resolve(ctx.workspace, value)
}

/** Reads `stream` as UTF-8, refusing more than `maxBytes`. */
async function readCapped(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  tooLarge: () => Error
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxBytes) throw tooLarge()
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The text of the file `input` names (`file`, from {@link userFilePath}), at most `maxBytes`.
 * A read that fails is one line naming the input, the path and why.
 */
export async function readUserFile(
  input: string,
  file: string,
  ctx: RunContext,
  maxBytes: number
): Promise<string> {
  const tooLarge = (): InputError =>
    new InputError(input, `${echo(file)} is larger than ${maxBytes} bytes`)
  if (file === '-') {
    if (ctx.stdin?.takenBy !== undefined) {
      throw new InputError(
        input,
        `'-' reads standard input, which ${ctx.stdin.takenBy} already reads`,
        'name a file instead'
      )
    }
    if (ctx.stdin?.stream === undefined)
      throw new InputError(input, `'-' (standard input) is read by the CLI only`, 'name a file')
    return readCapped(ctx.stdin.stream, maxBytes, tooLarge)
  }
  try {
    return await readCapped(createReadStream(file), maxBytes, tooLarge)
  } catch (err) {
    if (err instanceof InputError) throw err
    const code = (err as NodeJS.ErrnoException).code ?? ''
    throw new InputError(
      input,
      `cannot read ${echo(file)} (${WHY[code] ?? code})`,
      'check the path'
    )
  }
}
