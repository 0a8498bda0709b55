import type { PromotionEvent } from './event.js'
import type { Ledger } from './read.js'

/**
 * Events of one environment and image that changed what it runs, oldest first. An `unpinned`
 * event hands a field back to image automation without moving the digest, so it is not one.
 */
export function deployments(ledger: Ledger, environment: string, image: string): PromotionEvent[] {
  return ledger.events.filter(
    e =>
      e.environment === environment &&
      e.image === image &&
      e.kind !== 'capture' &&
      e.kind !== 'unpinned'
  )
}

/** The latest event that moved `image` in `environment`. */
export function latestDeployment(
  ledger: Ledger,
  environment: string,
  image: string
): PromotionEvent | undefined {
  return deployments(ledger, environment, image).at(-1)
}

/**
 * The default rollback target: the digest the environment ran before its
 * latest move. A re-run of the same workflow run that already rolled back
 * keeps that rollback's digest, so re-running never flips back and forth.
 */
export function previousTarget(
  ledger: Ledger,
  environment: string,
  image: string,
  runId: string | undefined
): { digest: string; tag?: string; replaces: PromotionEvent } | undefined {
  // A move forced over drift put back what Git governs; going back skips it, never to the
  // digest someone moved the alias to outside digest-promote.
  const history = deployments(ledger, environment, image).filter(e => !forcedOverDrift(e))
  const latest = history.at(-1)
  if (!latest) return undefined
  if (latest.kind === 'rollback' && runId && latest.pipeline.runId === runId) {
    return { digest: latest.digest, tag: latest.targetTag ?? undefined, replaces: latest }
  }
  if (!latest.previousDigest) return undefined
  const earlier = [...history].reverse().find(e => e.digest === latest.previousDigest)
  return { digest: latest.previousDigest, tag: earlier?.targetTag ?? undefined, replaces: latest }
}

/**
 * Whether `event` is an alias move `apply` forced over drift: its previous digest is one someone
 * put on the alias outside digest-promote, which Git never governed.
 */
export function forcedOverDrift(event: PromotionEvent): boolean {
  return event.gates.some(g => g.name === 'alias-drift')
}
