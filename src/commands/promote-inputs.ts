import path from 'node:path'
import { UnknownEnvironmentError } from '../config/lookup.js'
import type { WriteMode } from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import { getBoolean, getEnum, getList, getRequired, type InputSource } from '../inputs.js'
import { GITOPS_REPOSITORY_INPUTS, parseRepositoryInputs } from './gitops-inputs.js'
import {
  CONCURRENCY_INPUT,
  REGISTRY_INPUTS,
  parseConcurrency,
  parseImageInput,
  parseRegistryOptions
} from './registry-inputs.js'
import { SIGNING_INPUTS, parseSigningOptions } from './signing-inputs.js'
import type { CommandResult, InputSpec, RunContext } from './types.js'
import type { GitOpsOptions } from '../promote/options.js'
import type { PromotionJob } from '../promote/run.js'
import type { ImageReference } from '../registry/reference.js'
import { checkPatternInputs } from './pattern-inputs.js'
import { PROVENANCE_INPUTS, parseProvenanceOptions } from './provenance-inputs.js'
import { echo } from '../util/text.js'

export { DEFAULT_IDENTITY, type GitOpsOptions } from '../promote/options.js'

/** Inputs shared by promote, plan and rollback: the GitOps repository, Git and pull requests. */
export const GITOPS_INPUTS: InputSpec[] = [
  {
    name: 'image',
    description:
      'Image repositories to move (e.g. ghcr.io/acme/app); a list. Default: images in promotion.yaml.',
    kind: 'list'
  },
  {
    name: 'config',
    description:
      'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
  },
  ...GITOPS_REPOSITORY_INPUTS,
  {
    name: 'write-mode',
    description:
      'commit or pull-request (default: pull-request for protected environments, else commit).'
  },
  {
    name: 'tag-template',
    description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
  },
  {
    name: 'allowed-registries',
    description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
    kind: 'list'
  },
  { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
  { name: 'reviewers', description: 'Pull request reviewers (users); a list.', kind: 'list' },
  {
    name: 'team-reviewers',
    description: 'Pull request reviewers (team slugs); a list.',
    kind: 'list'
  },
  { name: 'draft', description: 'Open the pull request as a draft.', kind: 'flag' },
  {
    name: 'pull-request-title',
    description: 'Title template: {env}, {from}, {image}, {tag}, {digest}, {short_digest}, {count}.'
  },
  { name: 'pull-request-note', description: 'Text added to the pull request body (escaped).' },
  {
    name: 'commit-author',
    description: "Commit author as 'Name <email>' (default github-actions[bot])."
  },
  {
    name: 'commit-message',
    description: 'Commit subject template, same placeholders as pull-request-title.'
  },
  {
    name: 'source-revision',
    description: 'Commit that built the image, recorded in the ledger (default GITHUB_SHA).'
  },
  { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
  {
    name: 'dry-run',
    description: 'Run every gate and print the plan; write nothing.',
    kind: 'flag'
  },
  {
    name: 'require-attestation',
    description:
      "Require a signed promotion attestation from every environment the target requires (promotion.yaml's requires).",
    kind: 'flag'
  },
  ...PROVENANCE_INPUTS,
  CONCURRENCY_INPUT,
  ...REGISTRY_INPUTS,
  ...SIGNING_INPUTS
]

/** Reads {@link GITOPS_INPUTS}. */
export function parseGitOpsOptions(src: InputSource, ctx: RunContext): GitOpsOptions {
  const repository = parseRepositoryInputs(src, ctx)
  const author = src.get('commit-author')
  let identity: { name: string; email: string } | undefined
  if (author !== undefined) {
    const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(author)
    if (!m) throw new InputError('commit-author', `${echo(author)} is not 'Name <email>'`)
    identity = { name: m[1], email: m[2] }
  }
  const registry = parseRegistryOptions(src, ctx)
  const allowed = getList(src, 'allowed-registries')
  const draft = src.get('draft')
  return {
    images: getList(src, 'image').map(parseRepositoryInput),
    configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
    configRequired: src.get('config') !== undefined,
    ...repository,
    writeMode:
      src.get('write-mode') === undefined
        ? undefined
        : getEnum<WriteMode>(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
    tagTemplate: src.get('tag-template'),
    allowedRegistries: allowed.length > 0 ? allowed : undefined,
    labels: getList(src, 'labels'),
    reviewers: getList(src, 'reviewers'),
    teamReviewers: getList(src, 'team-reviewers'),
    draft: draft === undefined ? undefined : getBoolean(src, 'draft', false),
    titleTemplate: src.get('pull-request-title'),
    note: src.get('pull-request-note'),
    identity,
    commitTemplate: src.get('commit-message'),
    sourceRevision: src.get('source-revision'),
    releaseLabel: src.get('release-label'),
    dryRun: getBoolean(src, 'dry-run', false),
    registry,
    concurrency: parseConcurrency(src),
    signing: parseSigningOptions(src, ctx),
    requireAttestation: getBoolean(src, 'require-attestation', false),
    provenance: parseProvenanceOptions(src),
    githubToken: repository.gitopsToken ?? registry.githubToken,
    serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
  }
}

/**
 * Reads one `image` of promote, plan or rollback: a repository. The tag and digest come from the
 * environments' files, so a tag here would name a tag no environment names.
 */
function parseRepositoryInput(value: string): ImageReference {
  const image = parseImageInput(value, 'image')
  const part = image.digest ? 'digest' : image.tag ? 'tag' : undefined
  if (!part) return image
  throw new InputError(
    'image',
    `${echo(value)} names a ${part}, but image takes a repository; the ${part} comes from the environment`,
    `use ${image.repository}`
  )
}

/**
 * Reads an optional path in the GitOps repository (`to-path`, `config`, ...), refusing one that
 * is absolute or climbs out with `..`. Symlinks are judged when the repository is read.
 */
export function getRepositoryPath(src: InputSource, name: string): string | undefined {
  const value = src.get(name)
  if (value === undefined) return undefined
  const normal = path.posix.normalize(value.replaceAll('\\', '/'))
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
    throw new InputError(
      name,
      `'${value}' leaves the GitOps repository`,
      'use a path relative to its root, e.g. clusters/staging'
    )
  }
  return value
}

/** Reads a required environment name input. */
export function getEnvironmentName(src: InputSource, name: string): string {
  const value = getRequired(src, name)
  if (!/^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/.test(value)) {
    throw new InputError(
      name,
      `${echo(value)} is not an environment name (lowercase letters, digits, '.', '_', '-')`
    )
  }
  return value
}

/** Which of a command's inputs named the target environment, and which the source. */
export interface EnvironmentInputs {
  to: string
  from?: string
}

/**
 * Runs a promotion or rollback; when promotion.yaml does not list an environment, the
 * one-line error names the command's own input that gave it (rollback's `environment`,
 * promote's `to-environment` or `from-environment`).
 */
export async function runPromotionJob(
  job: PromotionJob,
  ctx: RunContext,
  planOnly: boolean,
  inputs: EnvironmentInputs
): Promise<CommandResult> {
  await checkPatternInputs(job.gitops)
  // The promotion workflow (registry, Git, GitHub, signing) loads only when a promotion runs.
  const { runPromotion } = await import('../promote/run.js')
  try {
    return await runPromotion(job, ctx, planOnly)
  } catch (err) {
    if (!(err instanceof UnknownEnvironmentError)) throw err
    // The target is looked up first, so a name given to both belongs to the target's input.
    const input =
      err.environment === job.to.name
        ? inputs.to
        : err.environment === job.from?.name
          ? inputs.from
          : undefined
    throw input === undefined ? err : environmentInputError(err, input)
  }
}

/** An unknown environment as bad input to `input`. */
export function environmentInputError(err: UnknownEnvironmentError, input: string): InputError {
  return new InputError(
    input,
    `environment '${err.environment}' is not in promotion.yaml`,
    `use one of: ${err.known.join(', ')}`
  )
}
