import { InputError } from '../errors.js'
import { getBoolean, getEnum, type InputSource } from '../inputs.js'
import type { ImagePolicySpec, Order } from '../policy/select.js'
import type { ImageReference } from '../registry/reference.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { userFilePath } from './user-file.js'

/** The `select-tag` tool's name. */
export const SELECT_TAG = 'select-tag'

/** Options of {@link selectTagCommand}. */
export interface SelectTagOptions {
  /** A file with one tag per line, or the image whose tags the registry lists. */
  source: { file: string } | { image: ImageReference }
  /** The policy (from flags or an ImagePolicy file). */
  policy: ImagePolicySpec
  /** Label of the policy for messages. */
  describe: string
  explain: boolean
  registry: RegistryOptions
}

/** Largest tags file `select-tag` reads. */
export const MAX_TAGS_FILE = 64 * 1024 * 1024
/** An ImagePolicy is a few lines; this bounds what a mistaken path makes us read. */
export const MAX_POLICY_FILE = 1024 * 1024

function policyFromInputs(
  src: InputSource,
  ctx: RunContext
): { policy: ImagePolicySpec; describe: string } {
  const kinds = ['semver', 'numerical', 'alphabetical', 'policy-file'].filter(
    k => src.get(k) !== undefined
  )
  if (kinds.length !== 1)
    throw new InputError(
      'semver',
      'set exactly one of semver, numerical, alphabetical and policy-file'
    )
  const pattern = src.get('pattern')
  const extract = src.get('extract')
  const filterTags =
    pattern !== undefined || extract !== undefined ? { pattern, extract } : undefined
  if (src.get('policy-file') !== undefined) {
    if (filterTags)
      throw new InputError('pattern', 'comes from the policy file; do not set it with policy-file')
    if (src.get('policy-file') === '-' && src.get('tags-file') === '-')
      throw new InputError(
        'policy-file',
        "'-' is already tags-file's standard input",
        'name a file'
      )
    return { policy: {}, describe: userFilePath(src.get('policy-file') as string, ctx) }
  }
  const orders: readonly Order[] = ['asc', 'desc']
  let policy: ImagePolicySpec
  if (src.get('semver') !== undefined) policy = { semver: { range: src.get('semver') as string } }
  else if (src.get('numerical') !== undefined)
    policy = { numerical: { order: getEnum(src, 'numerical', orders, 'asc') } }
  else policy = { alphabetical: { order: getEnum(src, 'alphabetical', orders, 'asc') } }
  // The pattern (and the range) compile when the command runs, before any registry call.
  return { policy: filterTags ? { ...policy, filterTags } : policy, describe: kinds[0] }
}

/**
 * Picks a tag the way Flux's image-reflector-controller does (semver,
 * numerical or alphabetical with filterTags), and with `--explain` says why
 * every other tag lost: the answer to "why did Flux not update?".
 */
export const selectTagCommand: Command<SelectTagOptions> = {
  name: SELECT_TAG,
  summary: 'Select a tag with Flux ImagePolicy semantics; --explain says why each tag lost.',
  usage:
    '(--tags-file FILE | --image REF) (--semver RANGE | --numerical asc|desc | --alphabetical asc|desc | --policy-file FILE) [--pattern RE] [--extract TPL] [--explain] [--json]',
  inputs: [
    { name: 'tags-file', description: 'File with one tag per line.' },
    { name: 'image', description: 'Image repository whose tags the registry lists.' },
    { name: 'semver', description: 'Masterminds semver range, e.g. ">=1.2.0 <2.0.0".' },
    { name: 'numerical', description: 'asc (highest wins) or desc.' },
    { name: 'alphabetical', description: 'asc (last wins) or desc.' },
    { name: 'policy-file', description: 'A Flux ImagePolicy YAML file (v1 or v1beta2).' },
    { name: 'pattern', description: 'filterTags.pattern, a Go RE2 regular expression.' },
    { name: 'extract', description: 'filterTags.extract, e.g. $ts.' },
    { name: 'explain', description: 'List every tag with its verdict and reason.', kind: 'flag' },
    ...REGISTRY_INPUTS
  ],
  parse(src: InputSource, ctx: RunContext): SelectTagOptions {
    const file = src.get('tags-file')
    const image = src.get('image')
    if ((file === undefined) === (image === undefined))
      throw new InputError('tags-file', 'set exactly one of tags-file and image')
    const { policy, describe } = policyFromInputs(src, ctx)
    return {
      source:
        file !== undefined
          ? { file: userFilePath(file, ctx) }
          : { image: parseImageInput(image as string, 'image') },
      policy,
      describe,
      explain: getBoolean(src, 'explain', false),
      registry: parseRegistryOptions(src, ctx)
    }
  },
  async run(opts: SelectTagOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./select-tag-run.js')).runSelectTag(opts, ctx)
  }
}
