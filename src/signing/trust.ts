/**
 * Trust material for verification: a `trusted_root.json` (private Sigstore instances, tests),
 * the public-good root (only when none is given, loaded lazily), or a bare public key.
 *
 * @module
 */

import { readFile } from 'node:fs/promises'
import type { KeyObject } from 'node:crypto'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { SigningError } from './types.js'

/** Media type of an empty root: no CA, no log, for key-only verification. */
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'

/** Loads a trusted root from a `trusted_root.json` file. */
export async function loadTrustedRootFile(path: string): Promise<TrustedRoot> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new SigningError(`trusted-root ${path}: cannot read it (${errorMessage(err)})`)
  }
  try {
    const root = TrustedRoot.fromJSON(JSON.parse(text))
    if (root.certificateAuthorities.length + root.tlogs.length === 0) {
      throw new Error('it lists no certificate authority and no transparency log')
    }
    return root
  } catch (err) {
    throw new SigningError(
      `trusted-root ${path}: not a Sigstore trusted root (${errorMessage(err)})`
    )
  }
}

/** The public-good root of this process: images checked at once share one TUF update. */
let publicGoodRoot: Promise<TrustedRoot> | undefined

/**
 * The public-good trusted root through TUF (`@sigstore/tuf`), fetched only when called: key
 * verification and runs given a `trusted-root` never touch the network. Fetched once per
 * process (a failure is not kept, so a later call tries again).
 */
export function loadPublicGoodRoot(): Promise<TrustedRoot> {
  publicGoodRoot ??= fetchPublicGoodRoot().catch((err: unknown) => {
    publicGoodRoot = undefined
    throw err
  })
  return publicGoodRoot
}

async function fetchPublicGoodRoot(): Promise<TrustedRoot> {
  try {
    return TrustedRoot.fromJSON(await getTrustedRoot())
  } catch (err) {
    throw new SigningError(
      `fetching the public-good trusted root through TUF failed (${errorMessage(err)}); ` +
        'set trusted-root to a trusted_root.json'
    )
  }
}

/** A root that trusts nothing but the keys it is given. */
export function emptyTrustedRoot(): TrustedRoot {
  return TrustedRoot.fromJSON({
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: []
  })
}

/** Trust material for keyless bundles: the root's CAs, logs and timestamp authorities. */
export function keylessTrustMaterial(root: TrustedRoot): TrustMaterial {
  return toTrustMaterial(root)
}

/**
 * Trust material for key bundles: `publicKey` answers every key hint (the bundle's hint is only
 * a lookup aid; the signature check decides), and `root`, when given, checks log entries.
 */
export function keyTrustMaterial(publicKey: KeyObject, root?: TrustedRoot): TrustMaterial {
  return toTrustMaterial(root ?? emptyTrustedRoot(), () => ({
    publicKey,
    validFor: () => true
  }))
}
