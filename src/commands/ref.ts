import { getRequired, type InputSource } from '../inputs.js'
import { referenceToJson } from '../registry/reference.js'
import type { Command, CommandResult } from './types.js'

/** The `ref` tool's name, the CLI subcommand and the action `command`. */
export const REF = 'ref'

/** Options of {@link refCommand}. */
export interface RefOptions {
  /** The reference to parse, as given. */
  image: string
}

/**
 * Parses and normalises an image reference with distribution's rules, so a
 * workflow can check or split a reference without string slicing.
 */
export const refCommand: Command<RefOptions> = {
  name: REF,
  summary: 'Parse and normalise an image reference.',
  usage: '<reference> [--json]',
  inputs: [{ name: 'image', description: 'The image reference to parse.', required: true }],
  positionals: ['image'],
  parse(src: InputSource): RefOptions {
    return { image: getRequired(src, 'image') }
  },
  run(opts: RefOptions): Promise<CommandResult> {
    const json = referenceToJson(opts.image)
    if (!json.valid) {
      return Promise.resolve({ status: 'failed', outputs: {}, text: json.error, json, exitCode: 2 })
    }
    const text = [
      `normalized: ${json.normalized}`,
      `familiar:   ${json.familiar}`,
      `domain:     ${json.domain}`,
      `path:       ${json.path}`,
      `tag:        ${json.tag ?? '-'}`,
      `digest:     ${json.digest ?? '-'}`
    ].join('\n')
    return Promise.resolve({
      status: 'unchanged',
      outputs: {
        'image-ref': json.normalized,
        ...(json.tag ? { tag: json.tag } : {}),
        ...(json.digest ? { digest: json.digest } : {})
      },
      text,
      json
    })
  }
}
