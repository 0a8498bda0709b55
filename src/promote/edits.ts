import { readFile } from 'node:fs/promises'
import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import { KEEP, setImages, type ImageEdit } from '../manifests/kustomize-images.js'
import { ofPolicy, pinMarkers, unpinMarkers } from '../manifests/pins.js'
import { setMarkers, type PolicyValue } from '../manifests/setters.js'
import {
  ValuesPathError,
  setValues,
  type ValueEdit,
  type ValuesScope
} from '../manifests/values-paths.js'
import type { PinnedImage } from './environment.js'

/** A file a promotion rewrites: repository-relative path, and its text before and after. */
export interface FileEdit {
  path: string
  before: string
  after: string
  /** The file does not exist before the edit. */
  created?: boolean
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
  // A kustomization's entries are rewritten in one pass per file (one parse, not one per
  // image); other edits of that file first apply the entries queued before them, keeping order.
  const queued = new Map<string, ImageEdit[]>()
  const flush = (file: string, entry: { after: string }): void => {
    const edits = queued.get(file)
    if (!edits) return
    queued.delete(file)
    entry.after = setImages(entry.after, edits, { file }).content
  }
  for (const w of writes) {
    for (const pin of w.pins) {
      const entry = await load(pin.file)
      if (pin.via === 'kustomization' && pin.entryName) {
        const edits = queued.get(pin.file) ?? []
        edits.push({ name: pin.entryName, newName: KEEP, newTag: w.tag, digest: w.digest })
        queued.set(pin.file, edits)
        continue
      }
      flush(pin.file, entry)
      if (pin.via === 'values' && pin.keys) {
        const values = [
          { path: pin.keys.tag, value: w.tag },
          { path: pin.keys.digest, value: w.digest }
        ]
        entry.after = writeValues(entry.after, pin.file, values, pin.keys.scope)
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
  for (const [file, entry] of contents) flush(file, entry)
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

/** Writes a values pin; a key path the file lacks is an error that says how to fix it. */
function writeValues(text: string, file: string, values: ValueEdit[], scope?: ValuesScope): string {
  try {
    return setValues(text, values, { file, ...(scope ? { scope } : {}) }).content
  } catch (err) {
    if (!(err instanceof ValuesPathError)) throw err
    throw new PromoteError(
      `${err.message}; add the key to the values file, or name the right key path under values: in promotion.yaml`
    )
  }
}

/**
 * A unified diff of one edit, for plans and dry runs, in the form `git apply` takes: `a/` and
 * `b/` paths (`/dev/null` for a created file), 3 lines of context, one hunk per group of nearby
 * changes, and `\\ No newline at end of file` where a side lacks one.
 */
export function unifiedDiff(edit: FileEdit): string {
  return createTwoFilesPatch(
    edit.created ? '/dev/null' : `a/${edit.path}`,
    `b/${edit.path}`,
    edit.created ? '' : edit.before,
    edit.after,
    undefined,
    undefined,
    { context: 3, headerOptions: FILE_HEADERS_ONLY }
  )
}
