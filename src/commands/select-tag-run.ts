/**
 * What `select-tag` does once its inputs are parsed, loaded with `import()` only when it runs:
 * the Flux policy engine (Go regular expressions, semver ranges) and the registry client.
 *
 * @module
 */

import { InputError } from '../errors.js'
import { InvalidPatternError } from '../policy/go-regexp.js'
import { selectTag } from '../policy/select.js'
import { TAG_REGEXP } from '../registry/reference.js'
import { MAX_POLICY_FILE, MAX_TAGS_FILE, type SelectTagOptions } from './select-tag.js'
import type { CommandResult, RunContext } from './types.js'
import { readUserFile } from './user-file.js'

/** Longest part of a hostile tag a message repeats. */
const MAX_ECHO = 100

/** Runs {@link selectTagCommand} with parsed options. */
export async function runSelectTag(
  opts: SelectTagOptions,
  ctx: RunContext
): Promise<CommandResult> {
  let policy = opts.policy
  if (Object.keys(policy).length === 0) {
    const text = await readUserFile('policy-file', opts.describe, ctx, MAX_POLICY_FILE)
    // The YAML parser loads only for a policy file.
    const { parseImagePolicyYaml } = await import('../policy/imagepolicy.js')
    policy = mapPatternError('policy-file', () => parseImagePolicyYaml(text))
  } else {
    // Compiles the pattern (and the range) first, so a bad one fails before any registry call.
    mapPatternError('pattern', () => selectTag([], policy))
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
    // One pass, one array: a tags file may hold a registry's whole history.
    const tags: string[] = []
    for (const line of text.split('\n')) {
      const tag = line.trim()
      if (tag !== '') tags.push(tag)
    }
    return tags
  }
  // The registry client (and its HTTP stack) loads only when tags come from a registry.
  const { createRegistryClient } = await import('../registry/client-options.js')
  return createRegistryClient(opts.registry, ctx).listTags(opts.source.image)
}
