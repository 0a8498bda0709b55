import type { ValuesTarget } from '../config/promotion-config.js'
import { InputError } from '../errors.js'
import { getEnum, getList, type InputSource } from '../inputs.js'
import { ValuesPathError, parseKeyPath } from '../manifests/key-path.js'
import { echo } from '../util/text.js'
import { getRepositoryPath } from './promote-inputs.js'
import type { InputSpec } from './types.js'

const KINDS = ['file', 'helmrelease', 'application', 'application-parameters', 'argocd-source']
const PARTS = ['repository', 'tag', 'digest'] as const

/** The inputs that give the target environment a Helm values target, as promotion.yaml does. */
export const VALUES_INPUTS: InputSpec[] = [
  {
    name: 'values-file',
    description:
      "Helm values target of the environment, relative to the repository root (overrides promotion.yaml's values)."
  },
  {
    name: 'values-kind',
    description:
      'Where the values are in values-file: file (default), helmrelease, application, application-parameters or argocd-source.'
  },
  {
    name: 'values-name',
    description: 'metadata.name of the HelmRelease or Application in values-file.'
  },
  {
    name: 'values-paths',
    description:
      'Key paths as repository=<path>, tag=<path>, digest=<path> (default image.repository, image.tag, image.digest); a list.',
    kind: 'list'
  }
]

/** The values target the inputs name, or undefined when `values-file` is not set. */
export function parseValuesTarget(src: InputSource): ValuesTarget | undefined {
  const file = getRepositoryPath(src, 'values-file')
  const others = ['values-kind', 'values-name', 'values-paths'].filter(n => src.get(n))
  if (file === undefined) {
    if (others.length > 0)
      throw new InputError(others[0], 'is set without values-file', 'set values-file too')
    return undefined
  }
  const kind = getEnum(src, 'values-kind', KINDS, 'file') as NonNullable<ValuesTarget['kind']>
  const name = src.get('values-name')
  if (!name && ['helmrelease', 'application', 'application-parameters'].includes(kind))
    throw new InputError('values-name', `required with values-kind ${kind}`, 'name the object')
  const target: ValuesTarget = { file, kind, ...(name ? { name } : {}) }
  for (const item of getList(src, 'values-paths')) {
    const eq = item.indexOf('=')
    const part = item.slice(0, eq) as (typeof PARTS)[number]
    if (eq <= 0 || !PARTS.includes(part))
      throw new InputError(
        'values-paths',
        `${echo(item)} is not repository=, tag= or digest=<key path>`,
        'e.g. tag=image.tag'
      )
    const path = item.slice(eq + 1)
    try {
      parseKeyPath(path)
    } catch (err) {
      if (!(err instanceof ValuesPathError)) throw err
      throw new InputError('values-paths', err.message)
    }
    target[part] = path
  }
  return target
}
