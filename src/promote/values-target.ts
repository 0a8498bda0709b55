import { lstat, readFile } from 'node:fs/promises'
import type { ValuesTarget } from '../config/promotion-config.js'
import { PromoteError } from '../errors.js'
import { getValues, type ValuesScope } from '../manifests/values-paths.js'
import { ValuesScopeError } from '../manifests/values-scope.js'
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

/** The key paths of a values target, filled in with the defaults. */
export function valuesKeys(
  target: ValuesTarget
): Pick<Required<ValuesTarget>, 'file' | 'repository' | 'tag' | 'digest'> {
  // argocd-image-updater names the repository parameter image.name (pkg/common/constants.go).
  const parameters = target.kind === 'application-parameters' || target.kind === 'argocd-source'
  return {
    file: target.file,
    repository: target.repository ?? (parameters ? 'image.name' : VALUES_DEFAULTS.repository),
    tag: target.tag ?? VALUES_DEFAULTS.tag,
    digest: target.digest ?? VALUES_DEFAULTS.digest
  }
}

/** Where in its file a values target's key paths start (undefined: the whole file). */
export function valuesScope(target: ValuesTarget): ValuesScope | undefined {
  const name = target.name ?? ''
  const helm = ['spec', 'source', 'helm']
  switch (target.kind ?? 'file') {
    case 'helmrelease':
      return {
        object: { kind: 'HelmRelease', group: 'helm.toolkit.fluxcd.io', name },
        base: ['spec', 'values']
      }
    case 'application':
      return {
        object: { kind: 'Application', group: 'argoproj.io', name },
        base: [...helm, 'valuesObject']
      }
    case 'application-parameters':
      return {
        object: { kind: 'Application', group: 'argoproj.io', name },
        base: [...helm, 'parameters'],
        parameters: true
      }
    case 'argocd-source':
      return { base: ['helm', 'parameters'], parameters: true }
    default:
      return undefined
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
  const scope = valuesScope(target)
  let read: (string | undefined)[]
  try {
    read = getValues(text, rel, [keys.repository, keys.tag, keys.digest], scope)
  } catch (err) {
    if (!(err instanceof ValuesScopeError)) throw err
    throw new PromoteError(`${err.message}; check the file, kind and name of the values target`)
  }
  const [repository, tag, digest] = read
  if (repository === undefined || !sameRepository(repository, image)) return []
  return [
    {
      file: rel,
      via: 'values',
      keys: { tag: keys.tag, digest: keys.digest, ...(scope ? { scope } : {}) },
      ...(tag ? { tag } : {}),
      ...(digest ? { digest } : {})
    }
  ]
}
