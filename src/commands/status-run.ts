/**
 * What `status` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */

import { UnknownEnvironmentError, configImages, environmentFor } from '../config/lookup.js'
import {
  directoryOf,
  loadConfig,
  type EnvironmentConfig,
  type PromotionConfig
} from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import { createOctokit, type GitHubClient } from '../github/octokit.js'
import { readLedger } from '../ledger/read.js'
import { readEnvironment } from '../promote/environment.js'
import { aliasStates } from '../promote/alias.js'
import { withAlias } from '../status/alias-status.js'
import { openRepository } from '../promote/repository.js'
import { createRegistryClient } from '../registry/client-options.js'
import { pinLine } from '../status/pins.js'
import { statusFromGit, statusFromRegistry, type ImageStatus } from '../status/status.js'
import { environmentInputError } from './promote-inputs.js'
import type { StatusOptions } from './status.js'
import { waitReconciled } from './status-wait.js'
import { cell, code } from './summary.js'
import type { CommandResult, RunContext } from './types.js'

type GitHubTarget = { octokit: GitHubClient; owner: string; repo: string } | undefined

/** Runs {@link statusCommand} with parsed options. */
export async function runStatus(opts: StatusOptions, ctx: RunContext): Promise<CommandResult> {
  const client = createRegistryClient(opts.registry, ctx)
  let statuses: ImageStatus[]
  if (opts.ledger === 'registry') {
    if (opts.images.length === 0) throw new InputError('image', 'required with ledger: registry')
    statuses = []
    for (const image of opts.images)
      statuses.push(await statusFromRegistry(image, opts.environment, client, opts.tagTemplate))
  } else {
    let github: GitHubTarget
    ;({ statuses, github } = await fromGit(opts, ctx, client))
    if (opts.wait) await waitReconciled(opts.environment, statuses, github, opts.wait, ctx)
  }
  return render(opts.environment, statuses)
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
): Promise<{ statuses: ImageStatus[]; github: GitHubTarget }> {
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
    const github: GitHubTarget =
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
    const states = env.alias
      ? await aliasStates(repo.root, env, images, client)
      : await readEnvironment(repo.root, directoryOf(env), images, env.values)
    const out: ImageStatus[] = []
    for (const state of states) {
      const s = await statusFromGit(state, env.name, ledger, client, repo, github, ctx)
      out.push(env.alias ? await withAlias(repo.root, env, s, client) : s)
    }
    return { statuses: out, github }
  } finally {
    await repo.close()
  }
}

/** The floating alias the latest move went through, as its event records it. */
function aliasLine(event: ImageStatus['current']): string[] {
  const f = event?.alias.floating
  if (!f || typeof f !== 'object') return []
  return [`  alias:       ${f.repository}:${f.tag} moved from ${f.previousDigest ?? 'nothing'}`]
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
      ...aliasLine(c),
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
