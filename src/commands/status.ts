import { InputError } from '../errors.js'
import { getEnum, getList, type InputSource } from '../inputs.js'
import { parseDuration } from '../util/duration.js'
import type { ValuesTarget } from '../config/promotion-config.js'
import type { ImageReference } from '../registry/reference.js'
import { parseRepositoryInputs } from './gitops-inputs.js'
import { VALUES_INPUTS, parseValuesTarget } from './values-inputs.js'
import { getEnvironmentName, getRepositoryPath } from './promote-inputs.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'

/** The `status` command's name. */
export const STATUS = 'status'

/** Options of {@link statusCommand}. */
export interface StatusOptions {
  environment: string
  images: ImageReference[]
  ledger: 'git' | 'registry'
  configPath: string
  envPath?: string
  /** Replaces promotion.yaml's values target of the environment. */
  values?: ValuesTarget
  gitopsRepository?: string
  gitopsToken?: string
  gitopsPath: string
  gitopsBranch?: string
  tagTemplate?: string
  registry: RegistryOptions
  githubToken?: string
  serverUrl: string
  apiUrl: string
  /** How long to wait for the promotion commit to be reported reconciled, when asked. */
  wait?: { text: string; ms: number }
}

/**
 * What an environment runs now and how it got there: the files, the registry's
 * answer, the last recorded move (run, actor, time, source revision), the
 * rollback target, drift between Git, ledger and registry, and Flux's status.
 */
export const statusCommand: Command<StatusOptions> = {
  name: STATUS,
  summary: 'What an environment runs, who moved it, the rollback target, and any drift.',
  usage: '--environment production [--image ghcr.io/acme/app] [--ledger git|registry] [--json]',
  inputs: [
    { name: 'environment', description: 'Environment to describe.', required: true },
    {
      name: 'image',
      description: 'Image repositories (default: images in promotion.yaml); a list.',
      kind: 'list'
    },
    {
      name: 'ledger',
      description:
        'git (default: files and .promotions in the GitOps repository) or registry (events attached to the digests).'
    },
    { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
    {
      name: 'to-path',
      description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
    },
    { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
    { name: 'gitops-token', description: 'Token to read gitops-repository.', secret: true },
    { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
    { name: 'gitops-branch', description: 'Branch to read (default: the default branch).' },
    {
      name: 'tag-template',
      description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
    },
    {
      name: 'wait',
      description:
        "Wait up to this long (e.g. 30s, 10m) for Flux's commit status, or a deployment status, on the promotion commit; fail on failure or timeout."
    },
    ...VALUES_INPUTS,
    ...REGISTRY_INPUTS
  ],
  parse(src: InputSource, ctx: RunContext): StatusOptions {
    const registry = parseRegistryOptions(src, ctx)
    const repository = parseRepositoryInputs(src, ctx)
    return {
      environment: getEnvironmentName(src, 'environment'),
      images: getList(src, 'image').map(i => parseImageInput(i, 'image')),
      ledger: getEnum(src, 'ledger', ['git', 'registry'] as const, 'git'),
      configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
      envPath: getRepositoryPath(src, 'to-path'),
      values: parseValuesTarget(src),
      ...repository,
      tagTemplate: src.get('tag-template'),
      registry,
      githubToken: repository.gitopsToken ?? registry.githubToken,
      serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
      apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
      wait: parseWait(src)
    }
  },
  async run(opts: StatusOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./status-run.js')).runStatus(opts, ctx)
  }
}

/** The `wait` input: a duration, only with the Git ledger (the promotion commit is Git's). */
function parseWait(src: InputSource): StatusOptions['wait'] {
  const text = src.get('wait')
  if (text === undefined) return undefined
  const ms = parseDuration(text)
  if (ms === undefined)
    throw new InputError('wait', `'${text}' is not a duration`, 'use e.g. 30s, 10m or 1h30m')
  if (src.get('ledger') === 'registry')
    throw new InputError(
      'wait',
      'needs ledger: git, which knows the promotion commit',
      'drop ledger: registry'
    )
  return { text, ms }
}
