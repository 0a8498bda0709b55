import { lstat, readFile } from 'node:fs/promises'
import type { ValuesTarget } from '../config/promotion-config.js'
import { PromoteError } from '../errors.js'
import { getValues } from '../manifests/values-paths.js'
import type { ImageReference } from '../registry/reference.js'
import { confine } from '../util/confine.js'
import type { PinnedImage } from './environment.js'

/** The key paths a values target uses when promotion.yaml names none. */
export const VALUES_DEFAULTS = {
  repository: 'image.repository',
  tag: 'image.tag',
  digest: 'image.digest'
} as const

/** Bound on a values file we read: repository content is untrusted. */
const MAX_VALUES_BYTES = 2 * 1024 * 1024

/** A values target with every key path filled in. */
export function valuesKeys(target: ValuesTarget): Required<ValuesTarget> {
  return {
    file: target.file,
    repository: target.repository ?? VALUES_DEFAULTS.repository,
    tag: target.tag ?? VALUES_DEFAULTS.tag,
    digest: target.digest ?? VALUES_DEFAULTS.digest
  }
}

/**
 * What a Helm values file pins for `image`: a pin when the value at the repository path names
 * the image's repository, none otherwise. The file is confined to the repository (a symlink
 * out of it is refused, never read) and bounded in size.
 */
export async function valuesPins(
  root: string,
  target: ValuesTarget,
  image: ImageReference,
  sameRepository: (name: string, image: ImageReference) => boolean
): Promise<PinnedImage[]> {
  const keys = valuesKeys(target)
  const { abs, rel } = await confine(root, keys.file)
  const stat = await lstat(abs).catch(() => undefined)
  if (!stat?.isFile())
    throw new PromoteError(
      `values file ${rel} does not exist in the GitOps repository; create it, or fix values.file in promotion.yaml`
    )
  if (stat.size > MAX_VALUES_BYTES)
    throw new PromoteError(`${rel}: larger than ${MAX_VALUES_BYTES} bytes; refusing to read it`)
  const text = await readFile(abs, 'utf8')
  const [repository, tag, digest] = getValues(text, rel, [keys.repository, keys.tag, keys.digest])
  if (repository === undefined || !sameRepository(repository, image)) return []
  return [
    {
      file: rel,
      via: 'values',
      keys: { tag: keys.tag, digest: keys.digest },
      ...(tag ? { tag } : {}),
      ...(digest ? { digest } : {})
    }
  ]
}
