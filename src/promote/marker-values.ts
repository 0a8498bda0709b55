import { parseReference, type ImageReference } from '../registry/reference.js'

/** What the marked fields of one policy in one file name. */
export interface MarkerValues {
  name?: string
  tag?: string
  digest?: string
}

/**
 * Adds one marked field's value to its policy's entry (`ns:name`): a `:name`, `:tag` or
 * `:digest` setter fills that part; a whole-reference setter fills all three. A whole
 * reference that does not parse is left out.
 */
export function addMarkerValue<V extends MarkerValues>(
  byPolicy: Map<string, V>,
  setter: string,
  value: string,
  fresh: () => V
): void {
  const [ns, name, part] = setter.split(':')
  const policy = `${ns}:${name}`
  const entry = byPolicy.get(policy) ?? fresh()
  if (part === 'name') entry.name = value
  else if (part === 'tag') entry.tag = value
  else if (part === 'digest') entry.digest = value
  else {
    try {
      const ref = parseReference(value)
      Object.assign(entry, { name: ref.repository, tag: ref.tag, digest: ref.digest })
    } catch {
      return
    }
  }
  byPolicy.set(policy, entry)
}

/** Whether the reference `a` names the repository of `b` (false when `a` does not parse). */
export function sameRepository(a: string, b: ImageReference): boolean {
  try {
    return parseReference(a).repository === b.repository
  } catch {
    return false
  }
}
