import { LEDGER_DIR, type PromotionEvent } from '../ledger/event.js'
import { isEvent } from '../ledger/validate.js'
import type { OpenRepository } from './repository.js'

/**
 * Events already committed on the promotion branch (and not on the base), so a
 * re-run reuses them instead of minting new ids: the branch then stays as it is.
 */
export async function existingBranchEvents(
  repo: OpenRepository,
  branch: string,
  environment: string
): Promise<PromotionEvent[]> {
  if (!(await repo.git.tryFetch(branch, 2))) return []
  const ref = `refs/remotes/origin/${branch}`
  const dir = `${LEDGER_DIR}/${environment}/`
  const listed = await repo.git.exec(['ls-tree', '--name-only', ref, dir], { allowFail: true })
  const onBase = await repo.git.exec(['ls-tree', '--name-only', repo.baseSha, dir], {
    allowFail: true
  })
  const baseFiles = new Set(onBase.stdout.split('\n'))
  const events: PromotionEvent[] = []
  for (const file of listed.stdout
    .split('\n')
    .filter(f => f.endsWith('.json') && !baseFiles.has(f))) {
    const shown = await repo.git.exec(['show', `${ref}:${file}`], { allowFail: true })
    try {
      const parsed: unknown = JSON.parse(shown.stdout)
      if (isEvent(parsed)) events.push(parsed)
    } catch {
      // A broken file on our own branch is replaced by the re-run.
    }
  }
  return events
}

/** Replaces each planned event by an existing one that records the same move. */
export function reuseEvents(
  planned: PromotionEvent[],
  existing: PromotionEvent[]
): PromotionEvent[] {
  return planned.map(p => {
    const same = existing.find(
      e =>
        e.kind === p.kind &&
        e.environment === p.environment &&
        e.image === p.image &&
        e.digest === p.digest &&
        e.targetTag === p.targetTag &&
        (e.previousDigest ?? null) === (p.previousDigest ?? null)
    )
    return same ?? p
  })
}
