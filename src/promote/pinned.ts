import { markedFields, PIN_TOKEN } from '../manifests/pins.js'
import type { ImageReference } from '../registry/reference.js'
import type { PinnedImage } from './environment.js'
import { addMarkerValue, sameRepository, type MarkerValues } from './marker-values.js'

/**
 * Reads the setter fields a rollback pinned (see `src/manifests/pins.ts`), one entry per policy
 * and file, so a pinned field is still a place the environment pins the image: status shows
 * it, and the next promotion writes it and restores its marker.
 */
export function pinnedMarkerPins(text: string, file: string, image: ImageReference): PinnedImage[] {
  if (!text.includes(PIN_TOKEN)) return []
  const byPolicy = new Map<string, MarkerValues & { by: string }>()
  for (const field of markedFields(text, file)) {
    if (field.pinnedBy === undefined) continue
    const by = field.pinnedBy
    addMarkerValue<MarkerValues & { by: string }>(byPolicy, field.setter, field.value, () => ({
      by
    }))
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
