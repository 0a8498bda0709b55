import type { EnvironmentConfig } from '../config/promotion-config.js'
import type { Logger } from '../logger.js'
import { attachEvents } from '../ledger/registry-ledger.js'
import type { Ledger } from '../ledger/read.js'
import type { RegistryClient } from '../registry/client.js'
import { ConcurrentTagWriteError, MovedTagError, retag } from '../registry/copy.js'
import { aliasReference, readDesiredState } from './alias.js'

/** What apply did to one alias. */
export interface AliasApply {
  environment: string
  /** The alias, `registry/repository:tag`. */
  alias: string
  /** The alias tag. */
  tag: string
  image: string
  /** What Git says the alias should name; null when Git records no move yet. */
  desired: string | null
  /** What Git says it named before the move. */
  previous: string | null
  /** What the alias named when this run looked. */
  before: string | null
  /** The ledger event of the move Git records. */
  event: string | null
  outcome: 'moved' | 'unchanged' | 'drift' | 'forced' | 'lost'
  message: string
}

/** What apply needs besides the checkout. */
export interface ApplyOptions {
  client: RegistryClient
  ledger: Ledger
  logger: Logger
  /** Move a drifted alias anyway, for this reason (recorded). */
  forceDrift?: string
}

/**
 * Moves one alias environment's alias to the digest Git says, as a compare-and-swap: the alias
 * must still name the previous digest Git recorded (or already the desired one: nothing to do).
 * Anything else is drift: nothing moves unless `forceDrift` gives a reason. The same manifest
 * bytes are PUT, then read back; another digest there means another run moved it at once.
 */
export async function applyAlias(
  root: string,
  env: EnvironmentConfig,
  opts: ApplyOptions
): Promise<AliasApply> {
  const ref = aliasReference(env)!
  const base = {
    environment: env.name,
    alias: ref.familiar,
    tag: ref.tag ?? '',
    image: ref.repository
  }
  const state = await readDesiredState(root, env.name, ref.repository)
  if (!state) {
    return {
      ...base,
      desired: null,
      previous: null,
      before: null,
      event: null,
      outcome: 'unchanged',
      message: `${ref.familiar}: Git records no move of this alias yet; nothing to apply`
    }
  }
  const before = (await opts.client.head(ref, { push: true }))?.digest ?? null
  const facts = { desired: state.digest, previous: state.previous, before, event: state.event }
  if (before === state.digest) {
    return {
      ...base,
      ...facts,
      outcome: 'unchanged',
      message: `${ref.familiar} already names ${state.digest}, as Git says (event ${state.event})`
    }
  }
  const drifted = before !== state.previous
  if (drifted && !opts.forceDrift) {
    return {
      ...base,
      ...facts,
      outcome: 'drift',
      message: `${ref.familiar} names ${before ?? 'nothing'}, but Git recorded ${state.previous ?? 'no digest'} before its move to ${state.digest}: it was moved outside digest-promote, and who moved it is unknown. Nothing was moved; investigate, then re-run apply with force-drift: <reason> to move it to ${state.digest}`
    }
  }
  const pinned = ref.withoutTag().withDigest(state.digest)
  try {
    await retag(opts.client, pinned, ref, { expectedDigest: state.digest, replaces: before })
  } catch (err) {
    if (!(err instanceof ConcurrentTagWriteError) && !(err instanceof MovedTagError)) throw err
    return {
      ...base,
      ...facts,
      outcome: 'lost',
      message: `lost a race: ${ref.familiar} names ${err.found ?? 'nothing'} right after this run moved it from ${before ?? 'nothing'} to ${state.digest}; another run moved it at the same time. Re-run apply: it moves the alias to what Git says then`
    }
  }
  const event = opts.ledger.events.find(e => e.id === state.event)
  if (event) await attachEvents(opts.client, [ref.withoutTag()], [event], opts.logger)
  return {
    ...base,
    ...facts,
    outcome: drifted ? 'forced' : 'moved',
    message: drifted
      ? `${ref.familiar} moved from ${before ?? 'nothing'} (drift, forced: ${opts.forceDrift}) to ${state.digest}`
      : `${ref.familiar} moved from ${before ?? 'nothing'} to ${state.digest} (event ${state.event})`
  }
}
