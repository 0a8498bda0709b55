import type { EnvironmentConfig } from '../config/promotion-config.js'
import type { RegistryClient } from '../registry/client.js'
import { aliasReference, readDesiredState } from '../promote/alias.js'
import type { ImageStatus } from './status.js'

/**
 * Adds what the alias of an alias environment names now to a status read from Git: the alias is
 * what runs; Git's desired state is what should. A move Git records but `apply` has not made yet
 * is a note; any other difference is drift, and nobody knows who made it.
 */
export async function withAlias(
  root: string,
  env: EnvironmentConfig,
  status: ImageStatus,
  client: RegistryClient
): Promise<ImageStatus> {
  const ref = aliasReference(env)!
  const now = (await client.head(ref))?.digest ?? null
  const desired = await readDesiredState(root, env.name, ref.repository)
  const drift = [...status.drift]
  const notes = [...status.notes]
  if (desired && now !== desired.digest) {
    if (now === desired.previous)
      notes.push(
        `Git moves ${ref.familiar} from ${now ?? 'nothing'} to ${desired.digest} (event ${desired.event}), not applied yet: run apply`
      )
    else
      drift.push(
        `alias ${ref.familiar} names ${now ?? 'nothing'}, but Git says ${desired.digest}: it was moved outside digest-promote, and who moved it is unknown`
      )
  }
  return {
    ...status,
    files: status.files ? { ...status.files, paths: [ref.familiar] } : null,
    registry: { tag: ref.familiar, digest: now },
    drift,
    notes
  }
}
