import type { PromotionConfig, WriteMode } from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import { getEnum, getList, type InputSource } from '../inputs.js'
import type { AdoptionJob } from '../promote/adopt.js'
import type { ImageReference } from '../registry/reference.js'
import { UnknownEnvironmentError, environmentFor } from '../config/lookup.js'
import {
  DEFAULT_IDENTITY,
  environmentInputError,
  getEnvironmentName,
  getRepositoryPath
} from './promote-inputs.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import { DEPLOYMENT_INPUTS, parseDeploymentRequest } from './deployment-inputs.js'
import { parseRepositoryInputs } from './gitops-inputs.js'
import type { Command, CommandResult, InputSpec, RunContext } from './types.js'

/** The `adopt` command's name. */
export const ADOPT = 'adopt'

const ADOPT_INPUTS: InputSpec[] = [
  {
    name: 'environment',
    description: 'Environments to adopt; a list (default: every environment in promotion.yaml).',
    kind: 'list'
  },
  {
    name: 'image',
    description: 'Image repositories (default: images in promotion.yaml); a list.',
    kind: 'list'
  },
  { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
  { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
  {
    name: 'gitops-token',
    description: 'Token to clone, push and open pull requests in gitops-repository.',
    secret: true
  },
  { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
  { name: 'gitops-branch', description: 'Base branch (default: the default branch).' },
  {
    name: 'write-mode',
    description:
      'commit or pull-request (default: pull-request for protected environments, else commit).'
  },
  { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
  { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
  ...DEPLOYMENT_INPUTS,
  ...REGISTRY_INPUTS
]

/** Options of {@link adoptCommand}. */
export interface AdoptOptions {
  job: AdoptionJob
  registry: RegistryOptions
}

function parseAdopt(src: InputSource, ctx: RunContext): AdoptOptions {
  const {
    gitopsRepository: repository,
    gitopsToken: token,
    gitopsPath,
    gitopsBranch
  } = parseRepositoryInputs(src, ctx)
  const registry = parseRegistryOptions(src, ctx)
  const names = getList(src, 'environment').map(n =>
    getEnvironmentName({ get: () => n }, 'environment')
  )
  const given = getList(src, 'image').map(i => parseImageInput(i, 'image').withoutTag())
  const githubToken = token ?? registry.githubToken
  const [owner, repo] = (repository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/')
  const apiUrl = ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
  const job: AdoptionJob = {
    repository: {
      repository,
      path: gitopsPath,
      token,
      branch: gitopsBranch,
      serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
    },
    configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
    configRequired: src.get('config') !== undefined,
    environments: config => pickEnvironments(config, names),
    images: config => pickImages(config, given),
    writeMode:
      src.get('write-mode') === undefined
        ? undefined
        : getEnum<WriteMode>(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
    identity: DEFAULT_IDENTITY,
    github:
      githubToken && owner && repo
        ? {
            token: githubToken,
            apiUrl,
            owner,
            repo
          }
        : undefined,
    labels: getList(src, 'labels'),
    releaseLabel: src.get('release-label'),
    deployment: parseDeploymentRequest(src, ctx, {
      githubToken,
      gitopsRepository: repository,
      apiUrl
    })
  }
  return { job, registry }
}

function pickEnvironments(config: PromotionConfig | undefined, names: string[]) {
  if (names.length === 0 && !config) {
    throw new InputError(
      'environment',
      'required when the GitOps repository has no promotion.yaml',
      'name the environments to adopt, e.g. staging, production'
    )
  }
  const wanted = names.length > 0 ? names : (config?.environments ?? []).map(e => e.name)
  try {
    return wanted.map(n => environmentFor(config, n, undefined))
  } catch (err) {
    throw err instanceof UnknownEnvironmentError ? environmentInputError(err, 'environment') : err
  }
}

function pickImages(config: PromotionConfig | undefined, given: ImageReference[]) {
  const images =
    given.length > 0 ? given : (config?.images ?? []).map(i => parseImageInput(i.name, 'image'))
  if (images.length === 0) {
    throw new InputError(
      'image',
      'required but not set',
      'name the image repositories, or list them under images in promotion.yaml'
    )
  }
  return images
}

/**
 * Records what environments set up before digest-promote run today, as `adopted` ledger
 * events, after checking each digest (and the tag beside it) against the registry; the
 * ordering gate then accepts those digests as having been there.
 */
export const adoptCommand: Command<AdoptOptions> = {
  name: ADOPT,
  summary: 'Record what each environment runs today (checked against the registry) in the ledger.',
  usage: '[--environment staging,production] [--image ghcr.io/acme/app]',
  inputs: ADOPT_INPUTS,
  parse: parseAdopt,
  async run(opts: AdoptOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./adopt-run.js')).runAdopt(opts, ctx)
  }
}
