import { PromoteError } from '../errors.js'
import type { Ledger } from '../ledger/read.js'
import type { ImageReference } from '../registry/reference.js'
import type { ImageState } from './environment.js'
import type { PromotionRequest } from './plan.js'

/**
 * An unpin keeps what the environment runs: each image's target is the digest and tag its files
 * pin now (the tag the ledger recorded for that digest when no field names one). Writing them
 * again through the promotion path restores the markers a rollback pinned, in the commit of an
 * `unpinned` event.
 */
export function unpinTargets(
  dir: string,
  states: ImageState[],
  ledger: Ledger
): NonNullable<PromotionRequest['targets']> {
  const targets: NonNullable<PromotionRequest['targets']> = new Map()
  for (const state of states) {
    const repo = state.image.repository
    if (!state.digest) {
      throw new PromoteError(
        `${dir} pins no digest for ${repo}, so there is nothing to hand back to image automation; promote a digest into it instead`
      )
    }
    const tag =
      state.tag ??
      [...ledger.events].reverse().find(e => e.image === repo && e.digest === state.digest)
        ?.targetTag ??
      undefined
    targets.set(repo, { digest: state.digest, ...(tag ? { tag } : {}) })
  }
  return targets
}

/** The note of an unpin that found no pinned marker. */
export function unpinNothing(env: string, images: ImageReference[]): string {
  return `${env} has no marker pinned by a rollback for ${images.map(i => i.repository).join(', ')}; nothing to unpin`
}
