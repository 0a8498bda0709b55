import { InputError } from '../errors.js'
import { getBoolean, getRequired, type InputSource } from '../inputs.js'
import type { ImageReference } from '../registry/reference.js'
import { refuseFloating } from '../tags/floating.js'
import { deriveTargetTag } from '../tags/template.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { echo } from '../util/text.js'

/** The `retag` tool's name. */
export const RETAG = 'retag'

/** Options of {@link retagCommand}. */
export interface RetagOptions {
  /** The source image, by tag or digest. */
  source: ImageReference
  /** The target, with the new tag (and possibly another repository). */
  target: ImageReference
  /** Plan only: resolve and check, write nothing. */
  dryRun: boolean
  registry: RegistryOptions
}

/**
 * Gives an image a new immutable tag on the same digest: no rebuild, the exact
 * manifest bytes, a no-op when the tag already names the digest, a refusal when it
 * names another, and a failure when the read-back finds a concurrent writer's digest.
 */
export const retagCommand: Command<RetagOptions> = {
  name: RETAG,
  summary:
    'Tag the same digest under a new immutable tag (no rebuild), then read it back. It claims nothing in a GitOps repository: only registry-side tag immutability (ECR, Artifact Registry, Harbor) protects it against a concurrent writer.',
  usage:
    '<source-ref> (--tag <target-tag> | --to-environment <env>) [--target-image <repo>] [--json]',
  inputs: [
    { name: 'image', description: 'Source image, by tag or name@digest.', required: true },
    { name: 'tag', description: 'Target tag.' },
    {
      name: 'to-environment',
      description: 'Target environment: the tag is the source tag with its environment replaced.'
    },
    {
      name: 'target-image',
      description:
        'Target repository when it differs from the source (copied with the digest kept).'
    },
    {
      name: 'tag-template',
      description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
    },
    { name: 'dry-run', description: 'Check everything and write nothing.', kind: 'flag' },
    ...REGISTRY_INPUTS
  ],
  positionals: ['image'],
  parse(src: InputSource, ctx: RunContext): RetagOptions {
    const source = parseImageInput(getRequired(src, 'image'), 'image')
    if (!source.tag && !source.digest)
      throw new InputError('image', `${echo(source.familiar)} has neither tag nor digest`)
    refuseFloating(source.digest ? undefined : source.tag, 'source')
    const tag = src.get('tag')
    const env = src.get('to-environment')
    if ((tag === undefined) === (env === undefined)) {
      throw new InputError('tag', 'set exactly one of tag and to-environment')
    }
    const targetRepo = src.get('target-image')
    const base = targetRepo ? parseImageInput(targetRepo, 'target-image') : source
    let targetTag = tag
    if (env !== undefined) {
      if (!source.tag)
        throw new InputError('to-environment', 'needs a source tag to derive the target tag from')
      targetTag = deriveTargetTag(source.tag, env, {
        template: src.get('tag-template'),
        now: ctx.now()
      })
    }
    refuseFloating(targetTag, 'target')
    let target: ImageReference
    try {
      target = parseImageInput(base.repository, 'target-image').withTag(targetTag as string)
    } catch (err) {
      throw new InputError('tag', (err as Error).message)
    }
    return {
      source,
      target,
      dryRun: getBoolean(src, 'dry-run', false),
      registry: parseRegistryOptions(src, ctx)
    }
  },
  async run(opts: RetagOptions, ctx: RunContext): Promise<CommandResult> {
    // Loaded only when the command runs: the registry client and its HTTP stack.
    const [{ createRegistryClient }, { retag }] = await Promise.all([
      import('../registry/client-options.js'),
      import('../registry/copy.js')
    ])
    const client = createRegistryClient(opts.registry, ctx)
    const r = await retag(client, opts.source, opts.target, { dryRun: opts.dryRun })
    const verb = !r.changed ? 'already tagged' : opts.dryRun ? 'would tag' : 'tagged'
    return {
      status: r.changed && !opts.dryRun ? 'changed' : 'unchanged',
      outputs: {
        digest: r.digest,
        'image-ref': r.source,
        'target-tag': opts.target.tag ?? '',
        changed: String(r.changed && !opts.dryRun)
      },
      text: `${verb} ${r.target} -> ${r.digest}`,
      json: {
        source: r.source,
        target: r.target,
        digest: r.digest,
        changed: r.changed && !opts.dryRun
      }
    }
  }
}
