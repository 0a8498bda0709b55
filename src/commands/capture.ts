import { InputError, PromoteError } from '../errors.js'
import { getBoolean, getList, type InputSource } from '../inputs.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import { retag } from '../registry/copy.js'
import { withContext } from '../registry/errors.js'
import { isDigest, type ImageReference } from '../registry/reference.js'
import { refuseFloating } from '../tags/floating.js'
import { captureTag, type CaptureTag } from '../tags/capture-tag.js'
import {
  DEFAULT_TAG_TEMPLATE,
  parseTemplate,
  renderTag,
  type TagFields,
  type TagTemplate
} from '../tags/template.js'
import { mapSettled } from '../util/concurrency.js'
import {
  CONCURRENCY_INPUT,
  REGISTRY_INPUTS,
  createRegistryClient,
  parseConcurrency,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import {
  SIGNING_INPUTS,
  parseSigningOptions,
  signDigest,
  type SigningOptions
} from './signing-inputs.js'
import { imageTable, summarizeFailures } from './summary.js'
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
}

/** One image's capture. */
interface Captured {
  image: string
  digest: string
  imageRef: string
  tag?: string
  changed: boolean
}

/**
 * Resolves the built image to its manifest digest (one HEAD), checks it against
 * the digest the build reported, and optionally gives it the first environment's
 * immutable tag, so every later promotion starts from a known digest.
 */
export const captureCommand: Command<CaptureOptions> = {
  name: CAPTURE,
  summary: 'Resolve the built image to its digest and push the first environment tag.',
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
      signing: parseSigningOptions(src, ctx)
    }
  },
  async run(opts: CaptureOptions, ctx: RunContext): Promise<CommandResult> {
    const client = createRegistryClient(opts.registry, ctx)
    const settled = await ctx.logger.group('Resolve the built digest', () =>
      mapSettled(opts.images, opts.concurrency, image =>
        captureOne(client, image, opts, ctx.logger, ctx.now())
      )
    )
    const failure = summarizeFailures(
      settled,
      opts.images.map(i => i.familiar)
    )
    if (failure) throw failure
    const results = settled.map(s => (s as PromiseFulfilledResult<Captured>).value)
    const first = results[0]
    const changed = results.some(r => r.changed)
    const tags = results.flatMap(r => (r.tag ? [r.tag] : []))
    return {
      status: changed ? 'changed' : 'unchanged',
      outputs: {
        digest: first.digest,
        'image-ref': first.imageRef,
        tags: tags.join('\n'),
        changed: String(changed)
      },
      text: results
        .map(
          r =>
            `${r.imageRef}${r.tag ? ` (${r.changed ? 'tagged' : opts.dryRun ? 'would tag' : 'already'} ${r.tag})` : ''}`
        )
        .join('\n'),
      json: results,
      summary: `### Captured\n\n${imageTable(results.map(r => ({ image: r.image, digest: r.digest, tag: r.tag, changed: r.changed })))}`
    }
  }
}

async function captureOne(
  client: RegistryClient,
  image: ImageReference,
  opts: CaptureOptions,
  logger: Logger,
  now: Date
): Promise<Captured> {
  const wanted = image.digest ?? opts.digest
  let digest: string
  try {
    digest = await resolveDigest(client, image, wanted)
  } catch (err) {
    throw withContext(`resolving ${image.familiar}`, err)
  }
  const pinned = image.withoutTag().withDigest(digest)
  if (!opts.dryRun) await signDigest(client, pinned, opts.signing, logger)
  const result: Captured = {
    image: image.name,
    digest,
    imageRef: `${image.repository}@${digest}`,
    changed: false
  }
  if (!opts.environmentTag) return result
  const { template, fields } = opts.environmentTag
  let stamped: CaptureTag
  try {
    stamped = await captureTag(client, pinned, template, fields, now)
  } catch (err) {
    throw withContext(`reading the build time of ${image.repository}@${digest}`, err)
  }
  const { tag, stampedFrom } = stamped
  refuseFloating(tag, 'target')
  logger.info(`${image.repository}: ${tag} (${STAMPED_FROM[stampedFrom]})`)
  const r = await retag(client, pinned, image.withoutTag().withTag(tag), {
    expectedDigest: digest,
    dryRun: opts.dryRun
  })
  return { ...result, tag, changed: r.changed && !opts.dryRun }
}

const STAMPED_FROM: Record<CaptureTag['stampedFrom'], string> = {
  build: "time from the image's build",
  existing: 'the tag an earlier capture gave this digest',
  clock: 'the image records no build time; time of this run',
  unstamped: 'the template has no time'
}

/** One HEAD per name; when a digest was reported, the registry must answer exactly it. */
async function resolveDigest(
  client: RegistryClient,
  image: ImageReference,
  wanted: string | undefined
): Promise<string> {
  if (image.tag && !image.digest) {
    const byTag = await client.head(image)
    if (!byTag) throw new PromoteError(`tag ${image.tag} not found in ${image.repository}`)
    if (wanted && byTag.digest !== wanted) {
      throw new PromoteError(
        `tag ${image.tag} now points at ${byTag.digest}, not the built digest ${wanted}; nothing was written`
      )
    }
    return byTag.digest
  }
  const pinned = image.withoutTag().withDigest(wanted as string)
  const byDigest = await client.head(pinned)
  if (!byDigest) throw new PromoteError(`digest ${wanted} not found in ${image.repository}`)
  if (byDigest.digest !== wanted) {
    throw new PromoteError(
      `the registry answered ${byDigest.digest} for ${wanted}; nothing was written`
    )
  }
  return wanted
}

/** `1.2.3` from `refs/tags/v1.2.3`, else undefined. */
export function versionFromRef(ref: string | undefined): string | undefined {
  const m = ref ? /^refs\/tags\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(ref) : null
  return m?.[1]
}
