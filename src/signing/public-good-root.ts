/**
 * The public-good Sigstore trusted root as `@sigstore/tuf` ships it in its seeds, for offline
 * verification: no TUF refresh, no network. It is as fresh as the installed `@sigstore/tuf`;
 * keys added to the public-good instance later need a `trusted-root` file.
 *
 * @module
 */

import { TrustedRoot } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { errorMessage } from '../errors.js'
import { SigningError } from './types.js'

/** The TUF repository of the public-good instance, the key of its seed. */
const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev'

/** The `trusted_root.json` target of the public-good seed, parsed. */
export function seededPublicGoodRoot(): TrustedRoot {
  const seed = (seeds as Record<string, { targets?: Record<string, string> } | undefined>)[
    PUBLIC_GOOD_TUF
  ]
  const target = seed?.targets?.['trusted_root.json']
  if (!target) throw new SigningError('@sigstore/tuf ships no public-good trusted_root.json seed')
  try {
    return TrustedRoot.fromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8')))
  } catch (err) {
    throw new SigningError(
      `the seeded public-good trusted root is unreadable (${errorMessage(err)})`
    )
  }
}
