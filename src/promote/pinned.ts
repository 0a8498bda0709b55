import { markedFields, PIN_TOKEN } from '../manifests/pins.js'
import { parseReference, type ImageReference } from '../registry/reference.js'
import type { PinnedImage } from './environment.js'

/**
 * Reads the setter fields a rollback pinned (see `src/manifests/pins.ts`), one entry per policy
 * and file, so a pinned field is still a place the environment pins the image: status shows
 * it, and the next promotion writes it and restores its marker.
 */
export function pinnedMarkerPins(text: string, file: string, image: ImageReference): PinnedImage[] {
  if (!text.includes(PIN_TOKEN)) return []
  const byPolicy = new Map<string, { name?: string; tag?: string; digest?: string; by: string }>()
  for (const field of markedFields(text, file)) {
    if (field.pinnedBy === undefined) continue
    const [ns, name, part] = field.setter.split(':')
    const policy = `${ns}:${name}`
    const value = byPolicy.get(policy) ?? { by: field.pinnedBy }
    if (part === 'name') value.name = field.value
    else if (part === 'tag') value.tag = field.value
    else if (part === 'digest') value.digest = field.value
    else {
      try {
        const ref = parseReference(field.value)
        Object.assign(value, { name: ref.repository, tag: ref.tag, digest: ref.digest })
      } catch {
        continue
      }
    }
    byPolicy.set(policy, value)
  }
  const pins: PinnedImage[] = []
  for (const [policy, v] of byPolicy) {
    if (!v.name || !sameRepository(v.name, image)) continue
    pins.push({
      file,
      via: 'marker',
      policy,
      pinnedBy: v.by,
      ...(v.tag ? { tag: v.tag } : {}),
      ...(v.digest ? { digest: v.digest } : {})
    })
  }
  return pins
}

function sameRepository(a: string, b: ImageReference): boolean {
  try {
    return parseReference(a).repository === b.repository
  } catch {
    return false
  }
}
