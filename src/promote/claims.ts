import { PromoteError } from '../errors.js'
import type { GitCommandManager, GitIdentity } from '../git/git-command-manager.js'
import { pipelineFromEnv } from '../ledger/event.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import { ImmutableTagError } from '../registry/copy.js'
import { isDigest, type ImageReference } from '../registry/reference.js'
import { mapSettled, settledOrThrow } from '../util/concurrency.js'
import { createRootCommits } from '../git/root-commits.js'
import type { PromotionPlan } from './plan.js'
import { openRepository, type RepositorySource } from './repository.js'

/**
 * Claim refs: most registries have no conditional write, so two runs that both see a tag
 * absent can both PUT it, and the later one silently moves it. A ref update in Git is
 * atomic, so the GitOps repository arbitrates instead: before the first PUT of a new
 * immutable tag, a run creates `refs/digest-promote/claims/<registry>/<repository>/_tags/<tag>`
 * (create-only) pointing at a parentless commit that names the digest. The run whose ref
 * update wins owns the tag name; claims stay as the history of every tag name.
 */
const CLAIMS_PREFIX = 'refs/digest-promote/claims'

/** Longest run URL or environment a claim may echo into a message. */
const MAX_ECHO = 120

/** One immutable tag a run is about to give a digest. */
export interface ClaimRequest {
  /** The repository (its tag, if any, is ignored). */
  image: ImageReference
  tag: string
  digest: string
  environment: string
  /** URL of the run that writes the tag. */
  run: string | null
  /** Id of the ledger event the write belongs to. */
  eventId: string | null
}

/** The claims a plan's tags need, naming this run and the plan's events. */
export function claimRequests(
  plan: PromotionPlan,
  environment: string,
  env: NodeJS.ProcessEnv
): ClaimRequest[] {
  const run = pipelineFromEnv(env).url
  return plan.images.map(p => ({
    image: p.image,
    tag: p.targetTag,
    digest: p.digest,
    environment,
    run,
    eventId: plan.events.find(e => e.image === p.image.repository)?.id ?? null
  }))
}

/** A claim as read back from the GitOps repository (untrusted text, checked on read). */
export interface TagClaim {
  ref: string
  commit: string
  /** The digest the claim names; undefined when the claim names none we can read. */
  digest?: string
  environment?: string
  run?: string
  eventId?: string
}

/** How a promotion or rollback gets past a tag claimed for another digest. */
const PROMOTE_FIX = 'promote under a new tag (a new version or timestamp) or roll back explicitly'

/** The tag name is claimed for another digest by an earlier (or concurrent) run. */
export class TagClaimedError extends PromoteError {
  constructor(request: ClaimRequest, claim: TagClaim, fix = PROMOTE_FIX) {
    const tag = request.image.withoutTag().withTag(request.tag).familiar
    const who = `run ${claim.run ?? 'unknown'}${claim.environment ? ` (${claim.environment})` : ''}`
    const held = claim.digest
      ? `is claimed for ${claim.digest} by ${who}`
      : `has a claim ref that names no digest (${claim.ref})`
    super(
      `tag ${tag} ${held}, but this run would give it ${request.digest}; environment tags are immutable, ` +
        `so nothing was written: ${fix}`
    )
  }
}

/** Ref components may not contain `:`; a registry domain cannot contain `_`, so `host_port` is unambiguous. */
export function claimRef(image: ImageReference, tag: string): string {
  const domain = image.domain.replace(/:/g, '_').replace(/[[\]]/g, '')
  // Tags may hold `..`, end in `.` or in `.lock`, which Git refuses in a ref; `%` never occurs in a tag.
  const safeTag = tag
    .replace(/\.(?=\.)/g, '%2E')
    .replace(/\.$/, '%2E')
    .replace(/\.lock$/, '%2Elock')
  return `${CLAIMS_PREFIX}/${domain}/${image.path}/_tags/${safeTag}`
}

/** Reads the claims of `refs`: one `ls-remote`, and one fetch for those that exist. */
export async function readClaims(
  git: GitCommandManager,
  refs: string[]
): Promise<Map<string, TagClaim>> {
  const found = await git.lsRemote(refs)
  const claims = new Map<string, TagClaim>()
  if (found.size === 0) return claims
  await git.fetchObjects([...found.keys()])
  for (const [ref, commit] of found) {
    const message = await git.tryCommitMessage(commit)
    claims.set(ref, { ref, commit, ...parseClaimMessage(message ?? '') })
  }
  return claims
}

/** The claim commit's message: a subject for humans, trailers for the tool. */
export function claimMessage(r: ClaimRequest): string {
  const tag = r.image.withoutTag().withTag(r.tag).familiar
  return [
    `claim ${tag} for ${r.digest}`,
    '',
    `Digest: ${r.digest}`,
    `Environment: ${r.environment}`,
    `Run: ${r.run ?? 'unknown'}`,
    `Event: ${r.eventId ?? 'none'}`,
    ''
  ].join('\n')
}

/** Reads the trailers back, keeping only values that have the expected shape. */
function parseClaimMessage(message: string): Omit<TagClaim, 'ref' | 'commit'> {
  const field = (name: string): string | undefined => {
    const line = message.split('\n').find(l => l.startsWith(`${name}: `))
    const value = line?.slice(name.length + 2).trim()
    // Claim text comes from the repository: printable ASCII only, and short.
    return value && /^[\x21-\x7e]+$/.test(value) ? value.slice(0, MAX_ECHO) : undefined
  }
  const digest = field('Digest')
  return {
    digest: digest && isDigest(digest) ? digest : undefined,
    environment: field('Environment'),
    run: field('Run'),
    eventId: field('Event')
  }
}

/** Refuses the first request whose tag is claimed for another digest. */
function refuseConflicts(
  requests: ClaimRequest[],
  claims: Map<string, TagClaim>,
  fix?: string
): void {
  for (const r of requests) {
    const claim = claims.get(claimRef(r.image, r.tag))
    if (claim && claim.digest !== r.digest) throw new TagClaimedError(r, claim, fix)
  }
}

/**
 * Checks the claims without writing anything, for a plan or a dry run; `fix` is the advice
 * when a tag is claimed for another digest.
 */
export async function checkClaims(
  git: GitCommandManager,
  requests: ClaimRequest[],
  fix?: string
): Promise<void> {
  const claims = await readClaims(
    git,
    unique(requests).map(r => claimRef(r.image, r.tag))
  )
  refuseConflicts(requests, claims, fix)
}

/**
 * Claims every new tag of `requests` before the registry is written: a claim for the same
 * digest is a no-op (re-runs and resumes), one for another digest fails the run. A tag the
 * registry already has for this digest needs no claim; one it has for another digest is
 * refused here, before anything is written. `fix` is the advice when a tag is claimed for
 * another digest (default: promote under a new tag or roll back).
 */
export async function claimTags(
  git: GitCommandManager,
  client: RegistryClient,
  requests: ClaimRequest[],
  identity: GitIdentity,
  logger: Logger,
  opts: { fix?: string; concurrency?: number } = {}
): Promise<void> {
  const wanted = unique(requests)
  const refs = wanted.map(r => claimRef(r.image, r.tag))
  const claims = await readClaims(git, refs)
  refuseConflicts(wanted, claims, opts.fix)
  const candidates = wanted.filter(r => !claims.has(claimRef(r.image, r.tag)))
  if (candidates.length === 0) return
  // The claim commits are written into the run's clone while the registry is asked about each
  // tag (a tag the registry has for this digest already leaves its commit unused); both end
  // before anything is decided, so a refusal never leaves Git writing into the clone.
  const [[written], checked] = await Promise.all([
    Promise.allSettled([createRootCommits(git, candidates.map(claimMessage), identity)]),
    mapSettled(candidates, opts.concurrency ?? 1, async r => {
      const target = r.image.withoutTag().withTag(r.tag)
      const existing = (await client.head(target, { push: true }))?.digest
      if (existing === r.digest) return false
      if (existing) throw new ImmutableTagError(target, existing, r.digest)
      return true
    })
  ])
  const needed = settledOrThrow(checked)
  const [commits] = settledOrThrow([written])
  // Pushed at once, atomically.
  const updates = candidates.flatMap((r, i) =>
    needed[i] ? [{ ref: claimRef(r.image, r.tag), commit: commits[i] }] : []
  )
  if (updates.length === 0) return
  const pushed = await git.tryCreateRefs(updates)
  if (pushed.ok) for (const u of updates) logger.info(`claimed ${u.ref}`)
  else {
    // Lost a race, or not allowed to push: what the repository now holds decides.
    const now = await readClaims(git, refs)
    refuseConflicts(wanted, now, opts.fix)
    if (updates.some(u => !now.has(u.ref))) {
      throw new PromoteError(
        `could not create the tag claims in the GitOps repository (${pushed.reason}); nothing was written: the token needs contents: write`
      )
    }
  }
}

/** One request per tag name; two images cannot share one repository's tag. */
function unique(requests: ClaimRequest[]): ClaimRequest[] {
  const seen = new Map<string, ClaimRequest>()
  for (const r of requests) seen.set(claimRef(r.image, r.tag), r)
  return [...seen.values()]
}

/** Where to claim, for a command that has no GitOps repository open. */
export interface ClaimSite {
  source: RepositorySource
  identity: GitIdentity
  /** Only read the claims (a dry run). */
  dryRun: boolean
  /** Advice when a tag is claimed for another digest. */
  fix?: string
}

/**
 * Claims (or, for a dry run, checks) `requests` in a temporary clone of the GitOps
 * repository, opened for this alone and removed afterwards.
 */
export async function claimInRepository(
  site: ClaimSite,
  client: RegistryClient,
  requests: ClaimRequest[],
  ctx: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<void> {
  if (requests.length === 0) return
  const repo = await openRepository(site.source, ctx)
  try {
    if (site.dryRun) await checkClaims(repo.git, requests, site.fix)
    else await claimTags(repo.git, client, requests, site.identity, ctx.logger, { fix: site.fix })
  } finally {
    await repo.close()
  }
}
