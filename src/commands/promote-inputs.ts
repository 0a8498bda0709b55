import path from 'node:path'
import type { EnvironmentConfig, PromotionConfig, WriteMode } from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import {
  getBoolean,
  getEnum,
  getList,
  getRequired,
  resolveInside,
  type InputSource
} from '../inputs.js'
import { isRepositoryName } from '../github/repository-name.js'
import type { ImageReference } from '../registry/reference.js'
import {
  CONCURRENCY_INPUT,
  REGISTRY_INPUTS,
  parseConcurrency,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import { SIGNING_INPUTS, parseSigningOptions, type SigningOptions } from './signing-inputs.js'
import type { InputSpec, RunContext } from './types.js'
import { echo } from '../util/text.js'

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
  {
    name: 'gitops-repository',
    description:
      'owner/name of the GitOps repository to clone; default: use the checkout at gitops-path.'
  },
  {
    name: 'gitops-token',
    description:
      'Token to clone, push and open pull requests in gitops-repository (contents and pull-requests: write).',
    secret: true
  },
  {
    name: 'gitops-path',
    description: 'Checkout of the GitOps repository in the workspace (default: the workspace).'
  },
  {
    name: 'gitops-branch',
    description:
      "Base branch (default: the environment's branch in promotion.yaml, else the default branch)."
  },
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
  CONCURRENCY_INPUT,
  ...REGISTRY_INPUTS,
  ...SIGNING_INPUTS
]

/** Typed options shared by promote, plan and rollback. */
export interface GitOpsOptions {
  images: ImageReference[]
  configPath: string
  configRequired: boolean
  gitopsRepository?: string
  gitopsToken?: string
  gitopsPath: string
  gitopsBranch?: string
  writeMode?: WriteMode
  tagTemplate?: string
  allowedRegistries?: string[]
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft?: boolean
  titleTemplate?: string
  note?: string
  /** Commit author from `commit-author`; promotion.yaml's `commit`, then github-actions[bot], otherwise. */
  identity?: { name: string; email: string }
  commitTemplate?: string
  sourceRevision?: string
  releaseLabel?: string
  dryRun: boolean
  registry: RegistryOptions
  /** Images whose registry work (gates, tag, ledger record) runs at once. */
  concurrency: number
  /** Require signed promotion attestations for the environments the target requires. */
  requireAttestation: boolean
  /** Signature policy for the signature gate. */
  signing: SigningOptions
  githubToken?: string
  serverUrl: string
  apiUrl: string
}

/** The author of promotion commits when neither the input nor promotion.yaml names one. */
export const DEFAULT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

/** Reads {@link GITOPS_INPUTS}. */
export function parseGitOpsOptions(src: InputSource, ctx: RunContext): GitOpsOptions {
  const repository = src.get('gitops-repository')
  if (repository !== undefined && !isRepositoryName(repository)) {
    throw new InputError(
      'gitops-repository',
      `'${repository}' is not owner/name`,
      "use GitHub's owner/name, e.g. acme/gitops"
    )
  }
  const token = src.get('gitops-token')
  if (token) ctx.logger.setSecret(token)
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
    images: getList(src, 'image').map(i => parseImageInput(i, 'image')),
    configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
    configRequired: src.get('config') !== undefined,
    gitopsRepository: repository,
    gitopsToken: token,
    gitopsPath: resolveInside(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path'),
    gitopsBranch: src.get('gitops-branch'),
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
    githubToken: token ?? registry.githubToken,
    serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
  }
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

/**
 * Finds an environment in promotion.yaml, or builds one from `<name>` and the
 * `path` override when there is no config: `clusters/<name>` by convention, and
 * names starting with `prod` protected.
 */
export function environmentFor(
  config: PromotionConfig | undefined,
  name: string,
  pathOverride: string | undefined,
  input: string
): EnvironmentConfig {
  const found = config?.environments.find(e => e.name === name)
  if (config && !found) {
    throw new InputError(
      input,
      `environment '${name}' is not in promotion.yaml`,
      `use one of: ${config.environments.map(e => e.name).join(', ')}`
    )
  }
  const env = found ?? {
    name,
    path: path.posix.join('clusters', name),
    protected: name.startsWith('prod')
  }
  return pathOverride ? { ...env, path: pathOverride } : env
}
