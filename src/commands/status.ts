import { UnknownEnvironmentError, configImages, environmentFor } from '../config/lookup.js'
import {
  loadConfig,
  type EnvironmentConfig,
  type PromotionConfig,
  type ValuesTarget
} from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import { createOctokit } from '../github/octokit.js'
import { getEnum, getList, type InputSource } from '../inputs.js'
import { readLedger } from '../ledger/read.js'
import { readEnvironment } from '../promote/environment.js'
import { openRepository } from '../promote/repository.js'
import type { ImageReference } from '../registry/reference.js'
import { pinLine } from '../status/pins.js'
import { statusFromGit, statusFromRegistry, type ImageStatus } from '../status/status.js'
import { parseRepositoryInputs } from './gitops-inputs.js'
import { VALUES_INPUTS, parseValuesTarget } from './values-inputs.js'
import { environmentInputError, getEnvironmentName, getRepositoryPath } from './promote-inputs.js'
import {
  REGISTRY_INPUTS,
  createRegistryClient,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import { cell, code } from './summary.js'
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
      apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
    }
  },
  async run(opts: StatusOptions, ctx: RunContext): Promise<CommandResult> {
    const client = createRegistryClient(opts.registry, ctx)
    let statuses: ImageStatus[]
    if (opts.ledger === 'registry') {
      if (opts.images.length === 0) throw new InputError('image', 'required with ledger: registry')
      statuses = []
      for (const image of opts.images)
        statuses.push(await statusFromRegistry(image, opts.environment, client, opts.tagTemplate))
    } else {
      statuses = await fromGit(opts, ctx, client)
    }
    return render(opts.environment, statuses)
  }
}

/** The environment `status` reports on; one promotion.yaml does not list names the input. */
function statusEnvironment(
  config: PromotionConfig | undefined,
  opts: StatusOptions
): EnvironmentConfig {
  try {
    const env = environmentFor(config, opts.environment, opts.envPath)
    return opts.values ? { ...env, values: opts.values } : env
  } catch (err) {
    if (err instanceof UnknownEnvironmentError) throw environmentInputError(err, 'environment')
    throw err
  }
}

async function fromGit(
  opts: StatusOptions,
  ctx: RunContext,
  client: ReturnType<typeof createRegistryClient>
): Promise<ImageStatus[]> {
  const repo = await openRepository(
    {
      repository: opts.gitopsRepository,
      path: opts.gitopsPath,
      token: opts.gitopsToken,
      branch: opts.gitopsBranch,
      serverUrl: opts.serverUrl
    },
    ctx
  )
  try {
    const config = await loadConfig(repo.root, opts.configPath, false)
    const env = statusEnvironment(config, opts)
    const images = opts.images.length > 0 ? opts.images : configImages(config, opts.configPath)
    if (images.length === 0)
      throw new InputError(
        'image',
        'required but not set',
        'name the image, or list images in promotion.yaml'
      )
    const ledger = await readLedger(repo.root, env.name)
    for (const p of ledger.problems)
      ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`)
    const [owner, name] = (opts.gitopsRepository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/')
    const github =
      opts.githubToken && owner && name
        ? {
            octokit: await createOctokit(opts.githubToken, {
              baseUrl: opts.apiUrl,
              logger: ctx.logger
            }),
            owner,
            repo: name
          }
        : undefined
    const states = await readEnvironment(repo.root, env.path, images, env.values)
    const out: ImageStatus[] = []
    for (const state of states)
      out.push(await statusFromGit(state, env.name, ledger, client, repo, github, ctx))
    return out
  } finally {
    await repo.close()
  }
}

function render(env: string, statuses: ImageStatus[]): CommandResult {
  const lines: string[] = []
  for (const s of statuses) {
    const c = s.current
    lines.push(
      `${s.image} in ${env} (from ${s.source === 'git' ? 'Git and the registry' : 'the registry alone'})`,
      `  runs:        ${s.files?.digest ?? s.registry.digest ?? 'unknown'}${s.files?.tag ? ` (${s.files.tag})` : s.registry.tag ? ` (${s.registry.tag})` : ''}`,
      `  registry:    ${s.registry.tag ? `${s.registry.tag} -> ${s.registry.digest ?? 'missing'}` : 'no tag'}`,
      `  moved by:    ${c ? `${c.kind} ${c.id} by ${c.actor ?? 'unknown'} at ${c.timestamp}${c.pipeline.url ? ` in ${c.pipeline.url}` : ''}` : 'no recorded promotion'}`,
      `  built from:  ${c?.sourceRevision ?? 'unknown'}`,
      `  before:      ${s.previousDigest ?? 'none'}`,
      `  rollback to: ${s.rollbackTarget ? `${s.rollbackTarget.digest}${s.rollbackTarget.tag ? ` (${s.rollbackTarget.tag})` : ''}${s.rollbackTarget.exists ? '' : ' (MISSING from the registry)'}` : 'none'}`,
      `  flux:        ${s.reconciled ? `${s.reconciled.state} (${s.reconciled.context})` : 'not asked'}`,
      ...s.pins.map(p => `  PINNED:      ${pinLine(p)}`),
      ...(s.drift.length > 0 ? s.drift.map(d => `  DRIFT:       ${d}`) : ['  drift:       none']),
      ...s.notes.map(n => `  NOTE:        ${n}`)
    )
  }
  const first = statuses[0]
  const drift = statuses.some(s => s.drift.length > 0)
  const rows = statuses.map(
    s =>
      `| ${cell(s.image)} | ${code(s.files?.digest ?? s.registry.digest ?? '-')} | ${s.current ? cell(`${s.current.actor ?? '-'} ${s.current.timestamp}`) : '-'} | ${s.previousDigest ? code(s.previousDigest) : '-'} | ${s.drift.length > 0 ? cell(s.drift.join('; ')) : 'none'} |`
  )
  return {
    status: 'unchanged',
    outputs: {
      digest: first?.files?.digest ?? first?.registry.digest ?? '',
      'image-ref': first
        ? `${first.image}@${first.files?.digest ?? first.registry.digest ?? ''}`
        : '',
      'previous-digest': first?.previousDigest ?? '',
      'rollback-target': first?.rollbackTarget?.digest ?? '',
      drift: String(drift),
      changed: 'false'
    },
    text: lines.join('\n'),
    json: { environment: env, images: statuses },
    summary: `### ${cell(env)}\n\n| image | runs | moved by | previous | drift |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
    annotations: statuses.flatMap(s =>
      s.drift.map(d => ({
        level: 'warning' as const,
        message: d,
        file: s.files?.paths[0] ?? '.',
        title: 'drift'
      }))
    )
  }
}
