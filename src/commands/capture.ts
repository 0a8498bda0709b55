import { InputError } from '../errors.js'
import { getBoolean, getList, type InputSource } from '../inputs.js'
import { isDigest, type ImageReference } from '../registry/reference.js'
import { refuseFloating } from '../tags/floating.js'
import {
  DEFAULT_TAG_TEMPLATE,
  parseTemplate,
  renderTag,
  type TagFields,
  type TagTemplate
} from '../tags/template.js'
import {
  CONCURRENCY_INPUT,
  REGISTRY_INPUTS,
  parseConcurrency,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import { SIGNING_INPUTS, parseSigningOptions, type SigningOptions } from './signing-inputs.js'
import {
  GITOPS_REPOSITORY_INPUTS,
  parseOptionalRepositoryInputs,
  type RepositoryInputs
} from './gitops-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { echo } from '../util/text.js'

/** The `capture` command's name. */
export const CAPTURE = 'capture'

/** Options of {@link captureCommand}. */
export interface CaptureOptions {
  /** The built images, by tag or digest. */
  images: ImageReference[]
  /** The digest docker/build-push-action reported, binding for every image. */
  digest?: string
  /** The first environment, whose immutable tag is pushed when set. */
  environment?: string
  /**
   * The environment tag's template and its fields but the time: `{ts}` and `{now}` are the
   * build's time, so a re-run of the same capture names the same tag.
   */
  environmentTag?: { template: TagTemplate; fields: Omit<TagFields, 'ts' | 'now'> }
  dryRun: boolean
  concurrency: number
  registry: RegistryOptions
  /** Signing settings; `sign: true` signs each captured digest. */
  signing: SigningOptions
  /**
   * The GitOps repository to claim the environment tag in before it is pushed; absent when
   * neither gitops-repository nor gitops-path is set, and the tag is then only read back.
   */
  gitops?: RepositoryInputs
  /** GitHub server the GitOps repository is cloned from (GITHUB_SERVER_URL). */
  serverUrl: string
}

/**
 * Resolves the built image to its manifest digest (one HEAD), checks it against
 * the digest the build reported, and optionally gives it the first environment's
 * immutable tag, so every later promotion starts from a known digest.
 */
export const captureCommand: Command<CaptureOptions> = {
  name: CAPTURE,
  summary:
    'Resolve the built image to its digest and push the first environment tag. With gitops-repository or gitops-path, the tag is first claimed in the GitOps repository, as promote does; without, it is only read back after the push, which does not stop a concurrent writer.',
  usage: '<image>... [--digest sha256:...] [--environment dev --version 1.2.3] [--json]',
  inputs: [
    {
      name: 'image',
      description: 'Built image(s), by tag or name@digest; a list.',
      required: true,
      kind: 'list'
    },
    {
      name: 'digest',
      description: 'The digest output of docker/build-push-action; every image must resolve to it.'
    },
    {
      name: 'environment',
      description: 'First environment: push its immutable tag on the digest.'
    },
    {
      name: 'version',
      description: 'Version for {version} in the tag (default: from a refs/tags/v* ref).'
    },
    {
      name: 'source-revision',
      description: 'Commit that built the image, for {sha} (default GITHUB_SHA).'
    },
    {
      name: 'tag-template',
      description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
    },
    { name: 'dry-run', description: 'Resolve and check, write nothing.', kind: 'flag' },
    CONCURRENCY_INPUT,
    ...GITOPS_REPOSITORY_INPUTS,
    ...REGISTRY_INPUTS,
    ...SIGNING_INPUTS
  ],
  positionals: ['image'],
  parse(src: InputSource, ctx: RunContext): CaptureOptions {
    const raw = getList(src, 'image')
    if (raw.length === 0)
      throw new InputError(
        'image',
        'required but not set',
        'give the built image, e.g. ghcr.io/acme/app:sha-abc1234'
      )
    const images = raw.map(i => parseImageInput(i, 'image'))
    const digest = src.get('digest')
    if (digest !== undefined && !isDigest(digest))
      throw new InputError('digest', `${echo(digest)} is not a digest (sha256:<64 hex>)`)
    for (const image of images) {
      if (!image.tag && !image.digest && !digest) {
        throw new InputError(
          'image',
          `${echo(image.familiar)} has neither tag nor digest`,
          'add :tag or @sha256:..., or set digest'
        )
      }
      if (!image.digest && !digest) refuseFloating(image.tag, 'source')
    }
    const environment = src.get('environment')
    let environmentTag: CaptureOptions['environmentTag']
    if (environment !== undefined) {
      const template = parseTemplate(src.get('tag-template') ?? DEFAULT_TAG_TEMPLATE)
      const revision = src.get('source-revision') ?? ctx.env.GITHUB_SHA
      const fields = {
        env: environment,
        version: src.get('version') ?? versionFromRef(ctx.env.GITHUB_REF),
        sha: revision?.slice(0, 7)
      }
      // Checked now, with the clock's time, so a bad template fails before any registry call.
      const stamp = String(Math.floor(ctx.now().getTime() / 1000))
      refuseFloating(renderTag(template, { ...fields, ts: stamp, now: stamp }), 'target')
      environmentTag = { template, fields }
    }
    return {
      images,
      digest,
      environment,
      environmentTag,
      dryRun: getBoolean(src, 'dry-run', false),
      concurrency: parseConcurrency(src),
      registry: parseRegistryOptions(src, ctx),
      signing: parseSigningOptions(src, ctx),
      gitops: parseOptionalRepositoryInputs(src, ctx),
      serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
    }
  },
  async run(opts: CaptureOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./capture-run.js')).runCapture(opts, ctx)
  }
}

/** `1.2.3` from `refs/tags/v1.2.3`, else undefined. */
export function versionFromRef(ref: string | undefined): string | undefined {
  const m = ref ? /^refs\/tags\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(ref) : null
  return m?.[1]
}
