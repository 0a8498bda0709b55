import type { EnvironmentConfig } from '../config/promotion-config.js'
import type { Ledger } from '../ledger/read.js'
import type { ImageReference } from '../registry/reference.js'
import type { ImageState } from './environment.js'

/**
 * The command that records what `environment` runs today. Environments set up before
 * digest-promote run a digest the ledger never saw; `adopt` records it after checking it.
 */
export function adoptCommandLine(environment: string, image: ImageReference): string {
  return `digest-promote adopt --environment ${environment} --image ${image.repository}`
}

/** Whether the ledger records `digest` of `image` arriving in `environment` (any move but capture). */
export function hasMoveOf(
  ledger: Ledger,
  environment: string,
  image: ImageReference,
  digest: string
): boolean {
  return ledger.events.some(
    e =>
      e.environment === environment &&
      e.image === image.repository &&
      e.digest === digest &&
      e.kind !== 'capture'
  )
}

/**
 * The environments `to` requires that have no recorded move of `digest`, but whose files pin it:
 * they run it already, and only the record is missing. `stateOf` reads what an environment's files
 * pin for `image`; an environment whose files cannot be read is left out (the ordering gate still
 * fails for it, without the hint).
 */
export async function unrecordedRequirements(
  to: EnvironmentConfig,
  environments: EnvironmentConfig[],
  image: ImageReference,
  digest: string,
  ledger: Ledger,
  stateOf: (env: EnvironmentConfig) => Promise<ImageState | undefined>
): Promise<string[]> {
  const out: string[] = []
  for (const name of to.requires ?? []) {
    if (hasMoveOf(ledger, name, image, digest)) continue
    const env = environments.find(e => e.name === name)
    if (!env) continue
    try {
      if ((await stateOf(env))?.digest === digest) out.push(name)
    } catch {
      // Only a hint: the gate's own message stands.
    }
  }
  return out
}
