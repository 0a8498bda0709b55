import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import { KEEP, setImages } from '../manifests/kustomize-images.js'
import { ofPolicy, pinMarkers, unpinMarkers } from '../manifests/pins.js'
import { setMarkers, type PolicyValue } from '../manifests/setters.js'
import type { PinnedImage } from './environment.js'

/** A file a promotion rewrites: repository-relative path, and its text before and after. */
export interface FileEdit {
  path: string
  before: string
  after: string
}

/** What to write for one image in the target environment. */
export interface ImageWrite {
  /** Repository name as the files spell it for whole-reference markers. */
  name: string
  tag: string
  digest: string
  pins: PinnedImage[]
  /**
   * For a rollback: the event id its markers are pinned to, so Flux image automation does not
   * write the policy's latest image back. Without it, pinned markers are restored.
   */
  pinEvent?: string
  /** For an image a rollback leaves as it is: its pins stay as they are. */
  keepPins?: boolean
}

/**
 * Computes the edits that pin every image to its digest (and readable tag) in
 * the target environment: kustomize `images:` entries get `newTag` and `digest`,
 * Flux markers get the parts they name. Nothing is written here.
 */
export async function computeEdits(root: string, writes: ImageWrite[]): Promise<FileEdit[]> {
  const contents = new Map<string, { before: string; after: string }>()
  const load = async (file: string): Promise<{ before: string; after: string }> => {
    let entry = contents.get(file)
    if (!entry) {
      const text = await readFile(path.join(root, file), 'utf8')
      entry = { before: text, after: text }
      contents.set(file, entry)
    }
    return entry
  }
  for (const w of writes) {
    for (const pin of w.pins) {
      const entry = await load(pin.file)
      if (pin.via === 'kustomization' && pin.entryName) {
        entry.after = setImages(
          entry.after,
          [{ name: pin.entryName, newName: KEEP, newTag: w.tag, digest: w.digest }],
          {
            file: pin.file
          }
        ).content
      } else if (pin.via === 'marker' && pin.policy) {
        entry.after = writeMarkers(
          entry.after,
          pin.file,
          pin.policy,
          {
            name: pin.name ?? w.name,
            tag: w.tag,
            digest: w.digest
          },
          w
        )
      }
    }
  }
  return [...contents.entries()]
    .filter(([, v]) => v.before !== v.after)
    .map(([p, v]) => ({ path: p, ...v }))
}

/**
 * Writes one policy's marked fields: a pinned field gets its marker back first (the setter
 * only sees live markers), then the value, then, for a rollback, the pin of its event.
 */
function writeMarkers(
  text: string,
  file: string,
  policy: string,
  value: PolicyValue,
  { pinEvent, keepPins }: Pick<ImageWrite, 'pinEvent' | 'keepPins'>
): string {
  const live = keepPins ? text : unpinMarkers(text, ofPolicy(policy), { file }).content
  const result = setMarkers(live, new Map([[policy, value]]), { file })
  const skipped = result.skipped[0]
  if (skipped)
    throw new PromoteError(`${file}:${skipped.line}: marker ${skipped.marker}: ${skipped.reason}`)
  return pinEvent === undefined
    ? result.content
    : pinMarkers(result.content, ofPolicy(policy), pinEvent, { file }).content
}

/** A unified diff of one edit, for plans and dry runs (line-based, whole-file hunk). */
export function unifiedDiff(edit: FileEdit): string {
  const a = edit.before.split('\n')
  const b = edit.after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const from = Math.max(0, start - 3)
  const toA = Math.min(a.length, endA + 3)
  const toB = Math.min(b.length, endB + 3)
  const lines = [
    `--- a/${edit.path}`,
    `+++ b/${edit.path}`,
    `@@ -${from + 1},${toA - from} +${from + 1},${toB - from} @@`,
    ...a.slice(from, start).map(l => ` ${l}`),
    ...a.slice(start, endA).map(l => `-${l}`),
    ...b.slice(start, endB).map(l => `+${l}`),
    ...a.slice(endA, toA).map(l => ` ${l}`)
  ]
  return lines.join('\n')
}
