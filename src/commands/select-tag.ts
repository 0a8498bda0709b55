import { InputError } from '../errors.js'
import { getBoolean, getEnum, type InputSource } from '../inputs.js'
import { InvalidPatternError } from '../policy/go-regexp.js'
import { parseImagePolicyYaml } from '../policy/imagepolicy.js'
import { selectTag, type ImagePolicySpec, type Order } from '../policy/select.js'
import { TAG_REGEXP, type ImageReference } from '../registry/reference.js'
import {
  REGISTRY_INPUTS,
  createRegistryClient,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { readUserFile, userFilePath } from './user-file.js'

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

const MAX_TAGS_FILE = 64 * 1024 * 1024
/** An ImagePolicy is a few lines; this bounds what a mistaken path makes us read. */
const MAX_POLICY_FILE = 1024 * 1024

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
  const full = filterTags ? { ...policy, filterTags } : policy
  // Compiles the pattern (and the range) now, so a bad one fails before any registry call.
  mapPatternError('pattern', () => selectTag([], full))
  return { policy: full, describe: kinds[0] }
}

/** Runs `fn`, reporting a filter pattern Go rejects as a problem of `input`. */
function mapPatternError<T>(input: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (!(err instanceof InvalidPatternError)) throw err
    const where = input === 'policy-file' ? 'filterTags.pattern: ' : ''
    throw new InputError(
      input,
      `${where}${err.message}`,
      'write a Go RE2 pattern, as Flux does (no lookaround, no backreferences)'
    )
  }
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
    let policy = opts.policy
    if (Object.keys(policy).length === 0) {
      const text = await readUserFile('policy-file', opts.describe, ctx, MAX_POLICY_FILE)
      policy = mapPatternError('policy-file', () => parseImagePolicyYaml(text))
    }
    const tags = await loadTags(opts, ctx)
    const selection = selectTag(tags, policy, { explain: opts.explain })
    const lines = opts.explain
      ? selection.verdicts.map(
          v =>
            `${v.verdict.padEnd(9)} ${v.tag}${v.value !== undefined ? ` (${v.value})` : ''}: ${v.reason}`
        )
      : []
    if (selection.warning) ctx.logger.warning(selection.warning)
    const json = {
      tag: selection.tag ?? null,
      considered: selection.considered,
      reason: selection.reason ?? null,
      warning: selection.warning ?? null,
      ...(opts.explain ? { verdicts: selection.verdicts } : {})
    }
    if (!selection.tag) {
      return {
        status: 'failed',
        exitCode: 1,
        outputs: {},
        text: [selection.reason ?? 'no tag selected', ...lines].join('\n'),
        json
      }
    }
    if (!TAG_REGEXP.test(selection.tag)) {
      // Tags files and registries are not trusted: only a tag a registry could hold is
      // printed alone on a line or becomes an output.
      return {
        status: 'failed',
        exitCode: 1,
        outputs: {},
        text: lines.join('\n'),
        error: notATag(selection.tag, opts),
        json: { ...json, tag: null }
      }
    }
    return {
      status: 'unchanged',
      outputs: { tag: selection.tag },
      text: [...lines, ...(lines.length ? [''] : []), selection.tag].join('\n'),
      json
    }
  }
}

/** Longest part of a hostile tag a message repeats. */
const MAX_ECHO = 100

function notATag(tag: string, opts: SelectTagOptions): string {
  const shown = JSON.stringify(tag.length > MAX_ECHO ? `${tag.slice(0, MAX_ECHO)}…` : tag)
  const where = 'file' in opts.source ? 'the tags file' : 'the registry'
  return (
    `the selected tag ${shown} from ${where} is not a valid OCI tag ` +
    '([A-Za-z0-9_][A-Za-z0-9._-]{0,127}); remove it, or narrow the policy with a pattern that leaves it out'
  )
}

async function loadTags(opts: SelectTagOptions, ctx: RunContext): Promise<string[]> {
  if ('file' in opts.source) {
    const text = await readUserFile('tags-file', opts.source.file, ctx, MAX_TAGS_FILE)
    return text
      .split(/\r?\n/)
      .map(t => t.trim())
      .filter(t => t !== '')
  }
  return createRegistryClient(opts.registry, ctx).listTags(opts.source.image)
}
