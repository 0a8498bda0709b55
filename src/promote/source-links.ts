/**
 * Links a reviewer follows from a promotion pull request to the source changes it ships: the
 * build repository's compare view from the commit the replaced digest was built from to the
 * commit of the new one, or the new commit alone when the old one is unknown.
 *
 * @module
 */

import type { Ledger } from '../ledger/read.js'
import type { PromotionEvent } from '../ledger/event.js'
import type { ImagePlan, PromotionPlan } from './plan.js'

/** One image's link to its source changes. */
export interface SourceLink {
  /** The image repository, e.g. `ghcr.io/acme/app`. */
  image: string
  /** `abc1234...def5678`, or `def5678` for a single commit. */
  label: string
  /** The compare or commit URL. */
  url: string
}

const REVISION = /^[0-9a-f]{7,64}$/
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/** The build of `digest`, as the ledger's first record of it states (ledger files are untrusted). */
function buildOf(
  events: readonly PromotionEvent[],
  image: string,
  digest: string | undefined
): { revision: string; repository?: string } | undefined {
  const first = events
    .filter(e => e.image === image && e.digest === digest && e.sourceRevision)
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp))[0]
  const revision = first?.sourceRevision ?? ''
  if (!REVISION.test(revision)) return undefined
  const repository = first?.pipeline.repository ?? undefined
  return { revision, ...(repository && REPOSITORY.test(repository) ? { repository } : {}) }
}

/** The link for one image, when its new build's commit is known. */
function linkOf(
  p: ImagePlan,
  events: readonly PromotionEvent[],
  env: NodeJS.ProcessEnv
): SourceLink | undefined {
  const image = p.image.repository
  // Verified provenance states the build best; the ledger's first record of the digest next.
  const stated = p.provenance?.commit
  const now =
    stated && REVISION.test(stated)
      ? { revision: stated, repository: p.provenance?.repository }
      : buildOf(events, image, p.digest)
  if (!now) return undefined
  const repository = now.repository ?? env.GITHUB_REPOSITORY
  if (!repository || !REPOSITORY.test(repository)) return undefined
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const before = p.previousDigest ? buildOf(events, image, p.previousDigest) : undefined
  const short = (r: string): string => r.slice(0, 7)
  if (
    before &&
    before.revision !== now.revision &&
    (before.repository ?? repository) === repository
  ) {
    return {
      image,
      label: `${short(before.revision)}...${short(now.revision)}`,
      url: `${server}/${repository}/compare/${before.revision}...${now.revision}`
    }
  }
  return {
    image,
    label: short(now.revision),
    url: `${server}/${repository}/commit/${now.revision}`
  }
}

/** The source link of every image of `plan` whose build commit is known. */
export function sourceLinks(
  plan: PromotionPlan,
  ledger: Ledger,
  env: NodeJS.ProcessEnv
): SourceLink[] {
  const events = [...ledger.events, ...plan.events]
  return plan.images.flatMap(p => linkOf(p, events, env) ?? [])
}
