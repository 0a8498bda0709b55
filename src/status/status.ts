import type { RunContext } from '../util/run-context.js'
import type { PromotionEvent } from '../ledger/event.js'
import { deployments, forcedOverDrift } from '../ledger/query.js'
import type { Ledger } from '../ledger/read.js'
import { hasRecord, readDigestEvents } from '../ledger/registry-ledger.js'
import type { GitHubClient } from '../github/octokit.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { DEFAULT_TAG_TEMPLATE, parseTag, parseTemplate } from '../tags/template.js'
import { claimRef, readClaims } from '../promote/claims.js'
import type { ImageState } from '../promote/environment.js'
import type { OpenRepository } from '../promote/repository.js'
import { findEventCommit } from '../promote/revert.js'
import { pinsOf, type PinStatus } from './pins.js'

/** How many environment tags a registry-only status reads events from. */
const MAX_REGISTRY_TAGS = 20

/** The answers to the on-call engineer's questions about one image in one environment. */
export interface ImageStatus {
  environment: string
  image: string
  /** What the environment's files pin now (absent when answering from the registry alone). */
  files: { digest: string | null; tag: string | null; paths: string[] } | null
  /** What the registry says the environment tag names now. */
  registry: { tag: string | null; digest: string | null }
  /** The latest recorded move: who, when, from which run and revision. */
  current: PromotionEvent | null
  previousDigest: string | null
  /** Where `rollback` (target previous) would go, and whether that digest still exists. */
  rollbackTarget: { digest: string; tag: string | null; exists: boolean } | null
  /** Differences between Git, the ledger and the registry; empty when all agree. */
  drift: string[]
  /** What the answer cannot vouch for, without being drift (e.g. a tag with no record). */
  notes: string[]
  /** Flux's commit status on the promotion commit, when GitHub was asked. */
  reconciled: { state: string; context: string; commit: string } | null
  /** Setter fields a rollback pinned against Flux image automation (Git answers only). */
  pins: PinStatus[]
  /** Where the answer came from. */
  source: 'git' | 'registry'
}

/** Status from the GitOps repository's files and ledger, checked against the registry. */
export async function statusFromGit(
  state: ImageState,
  env: string,
  ledger: Ledger,
  client: RegistryClient,
  repo: OpenRepository,
  github: { octokit: GitHubClient; owner: string; repo: string } | undefined,
  ctx: RunContext
): Promise<ImageStatus> {
  const image = state.image
  const history = deployments(ledger, env, image.repository)
  const current = history.at(-1) ?? null
  const drift: string[] = []
  const registryDigest = state.tag
    ? ((await client.head(image.withoutTag().withTag(state.tag)))?.digest ?? null)
    : null
  if (state.tag && registryDigest === null)
    drift.push(`registry has no tag ${state.tag}, which ${env} names`)
  if (state.tag && registryDigest && state.digest && registryDigest !== state.digest) {
    drift.push(
      `registry tag ${state.tag} points at ${registryDigest}, but Git pins ${state.digest}: the tag was moved behind Git's back`
    )
  }
  if (state.tag && registryDigest) {
    const claimed = await claimDrift(repo, image, state.tag, registryDigest, ctx)
    if (claimed) drift.push(claimed)
  }
  if (!current)
    drift.push(`no promotion of ${image.repository} into ${env} is recorded in the ledger`)
  else if (state.digest && current.digest !== state.digest) {
    drift.push(
      `${env} files pin ${state.digest}, but the last recorded ${current.kind} set ${current.digest}: the files changed outside a recorded promotion`
    )
  }
  if (current) drift.push(...(await missingRecord(client, image, current, ctx)))
  const rollbackTarget = await rollbackTargetOf(current, history, client, image)
  let reconciled: ImageStatus['reconciled'] = null
  if (current && github) {
    try {
      reconciled = await fluxStatus(repo, current, github)
    } catch (err) {
      ctx.logger.warning(`could not read commit statuses: ${(err as Error).message}`)
    }
  }
  return {
    environment: env,
    image: image.repository,
    files: {
      digest: state.digest ?? null,
      tag: state.tag ?? null,
      paths: [...new Set(state.pins.map(p => p.file))]
    },
    registry: { tag: state.tag ?? null, digest: registryDigest },
    current,
    previousDigest: current?.previousDigest ?? null,
    rollbackTarget,
    drift,
    notes: [],
    reconciled,
    pins: pinsOf(state, ledger),
    source: 'git'
  }
}

/**
 * A tag whose registry digest differs from its claim was moved after a run claimed it
 * (a writer that did not claim it, such as a bare retag). A repository that cannot be
 * asked for claims only gets a warning: status still answers from the rest.
 */
async function claimDrift(
  repo: OpenRepository,
  image: ImageReference,
  tag: string,
  registryDigest: string,
  ctx: RunContext
): Promise<string | undefined> {
  const ref = claimRef(image, tag)
  let claim
  try {
    claim = (await readClaims(repo.git, [ref])).get(ref)
  } catch (err) {
    ctx.logger.warning(`could not read the claim of tag ${tag}: ${(err as Error).message}`)
    return undefined
  }
  if (!claim || claim.digest === registryDigest) return undefined
  if (!claim.digest) return `the claim of tag ${tag} (${ref}) names no digest`
  return `registry tag ${tag} points at ${registryDigest}, but run ${claim.run ?? 'unknown'} claimed it for ${claim.digest}: the tag was moved after it was claimed`
}

/** Drift when the registry lacks the record of the event Git holds (a failed attach). */
async function missingRecord(
  client: RegistryClient,
  image: ImageReference,
  event: PromotionEvent,
  ctx: RunContext
): Promise<string[]> {
  try {
    if (await hasRecord(client, image, event)) return []
  } catch (err) {
    ctx.logger.warning(`could not read the registry's ledger records: ${(err as Error).message}`)
    return []
  }
  const rerun =
    event.kind === 'rollback'
      ? 're-run the same rollback workflow run'
      : event.kind === 'adopted'
        ? 're-run adopt'
        : event.kind === 'unpinned'
          ? 're-run unpin'
          : 're-run promote'
  return [
    `event ${event.id} is recorded in Git but missing from the registry; ${rerun} to repair it`
  ]
}

async function rollbackTargetOf(
  current: PromotionEvent | null,
  history: PromotionEvent[],
  client: RegistryClient,
  image: ImageReference
): Promise<ImageStatus['rollbackTarget']> {
  // Where `rollback --target previous` goes: a move forced over drift is not a step back to.
  const governed = history.filter(e => !forcedOverDrift(e)).at(-1) ?? current
  if (!governed?.previousDigest) return null
  const digest = governed.previousDigest
  const tag = [...history].reverse().find(e => e.digest === digest)?.targetTag ?? null
  const exists = (await client.head(image.withoutTag().withDigest(digest))) !== undefined
  return { digest, tag, exists }
}

/** Flux's notification-controller posts `kustomization/<name>/…` statuses on the commit it applied. */
async function fluxStatus(
  repo: OpenRepository,
  event: PromotionEvent,
  github: { octokit: GitHubClient; owner: string; repo: string }
): Promise<ImageStatus['reconciled']> {
  const commit = await findEventCommit(repo, event)
  if (!commit) return null
  const res = await github.octokit.rest.repos.listCommitStatusesForRef({
    owner: github.owner,
    repo: github.repo,
    ref: commit,
    per_page: 100
  })
  const flux = res.data.find(s => /^kustomization\/|flux/i.test(s.context))
  return flux
    ? { state: flux.state, context: flux.context, commit }
    : { state: 'unknown', context: 'no Flux status yet', commit }
}

/**
 * Status from the registry alone, for when the GitOps repository is out of
 * reach: the newest environment tag, and the ledger events attached to its digest.
 */
export async function statusFromRegistry(
  image: ImageReference,
  env: string,
  client: RegistryClient,
  template?: string
): Promise<ImageStatus> {
  const parsed = parseTemplate(template ?? DEFAULT_TAG_TEMPLATE)
  const tags = (await client.listTags(image))
    .map(tag => ({ tag, fields: parseTag(parsed, tag) }))
    .filter(t => t.fields?.env === env)
    .sort(
      (a, b) =>
        Number(a.fields?.now ?? a.fields?.ts ?? 0) - Number(b.fields?.now ?? b.fields?.ts ?? 0) ||
        a.tag.localeCompare(b.tag)
    )
  // A rollback makes an older tag current again, so read the events of the newest few tags
  // and trust the latest event, not the newest tag.
  const events: PromotionEvent[] = []
  const seen = new Set<string>()
  for (const { tag } of tags.slice(-MAX_REGISTRY_TAGS)) {
    const d = (await client.head(image.withoutTag().withTag(tag)))?.digest
    if (!d || seen.has(d)) continue
    seen.add(d)
    events.push(
      ...(await readDigestEvents(client, image, d)).filter(
        e => e.environment === env && e.kind !== 'capture'
      )
    )
  }
  events.sort((a, b) => a.timestamp.localeCompare(b.timestamp))
  const current = events.at(-1) ?? null
  const newest = current?.targetTag ?? tags.at(-1)?.tag ?? null
  const digest = newest
    ? ((await client.head(image.withoutTag().withTag(newest)))?.digest ?? null)
    : null
  const drift =
    current && digest !== current.digest
      ? [`${env} tag ${newest} points at ${digest}, but the last event recorded ${current.digest}`]
      : []
  const notes = await unrecordedTag(client, image, env, tags.at(-1)?.tag, events)
  return {
    environment: env,
    image: image.repository,
    files: null,
    registry: { tag: newest, digest },
    current,
    previousDigest: current?.previousDigest ?? null,
    rollbackTarget: current?.previousDigest
      ? {
          digest: current.previousDigest,
          tag: null,
          exists:
            (await client.head(image.withoutTag().withDigest(current.previousDigest))) !== undefined
        }
      : null,
    drift,
    notes,
    reconciled: null,
    pins: [],
    source: 'registry'
  }
}

/**
 * A note when the newest environment tag's digest has no event of the environment attached:
 * a move whose record failed to attach (Git may have it), or a tag pushed by hand or by capture.
 */
async function unrecordedTag(
  client: RegistryClient,
  image: ImageReference,
  env: string,
  tag: string | undefined,
  events: PromotionEvent[]
): Promise<string[]> {
  if (!tag) return []
  const digest = (await client.head(image.withoutTag().withTag(tag)))?.digest
  if (!digest || events.some(e => e.digest === digest)) return []
  return [
    `${env} tag ${tag} (${digest}) has no ledger record in the registry; if the GitOps repository records this move, re-run promote to repair it`
  ]
}
