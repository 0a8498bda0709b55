/**
 * Rollback pins: a Flux setter marker turned into a comment Flux no longer reads, so image
 * automation cannot write the policy's latest image over a rolled-back field.
 *
 * A marker `# {"$imagepolicy": "<setter>"}` becomes `# {"$imagepolicy-pinned": "<setter>",
 * "event": "<ledger event id>"}` and is turned back, in Flux's documented spelling, by
 * {@link unpinMarkers}. Flux ignores the pin twice over (fluxcd/image-automation-controller
 * d36e2ea, internal/update/setters.go and filereader.go; kubernetes-sigs/kustomize 12f9e63,
 * kyaml/fieldmeta/fieldmeta.go):
 * - its reader only parses files containing `"$imagepolicy"` with both quotes, which
 *   `"$imagepolicy-pinned"` does not contain;
 * - in a file it does parse, `FieldMeta.processShortHand` looks up the key `$imagepolicy` in the
 *   comment's JSON object and finds nothing; the comment then decodes as an OpenAPI schema
 *   without a `$ref` or an `x-k8s-cli` extension, so the setter filter (`getExtFromSchema`) has
 *   no setter to apply.
 */
import { visit, type Scalar } from 'yaml'
import { commentFields } from './setter-comments.js'
import { applySplices, lineOf, parseManifest, scalarText, type Splice } from './yaml-splice.js'

/** The key of a live Flux marker (kyaml's short-hand ref as Flux sets it). */
export const MARKER_KEY = '$imagepolicy'

/** The key of a pinned marker. */
export const PIN_KEY = '$imagepolicy-pinned'

/** Files without this text hold no pin and are never parsed. */
export const PIN_TOKEN = `"${PIN_KEY}"`

/** A scalar carrying a live marker or a pin in its line comment. */
export interface MarkedField {
  /** 1-based line of the field. */
  line: number
  /** The setter, e.g. `flux-system:app` or `flux-system:app:tag`. */
  setter: string
  /** The field's current value (`''` when empty). */
  value: string
  /** The rollback event that pinned it; absent for a live marker. */
  pinnedBy?: string
}

interface Found extends MarkedField {
  /** Offsets of the comment's JSON text (after `#` and spaces, before trailing spaces). */
  json: [number, number]
}

// As in setters.ts: only a line comment right after the scalar counts (kyaml's LineComment).
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y

/** The setter and pin of a comment: a JSON object of strings with one of the two keys. */
function readComment(comment: string): { setter: string; pinnedBy?: string } | undefined {
  const fields = commentFields(comment)
  if (!fields) return undefined
  const live = fields[MARKER_KEY]
  if (typeof live === 'string' && live !== '') return { setter: live }
  const pinned = fields[PIN_KEY]
  const event = fields.event
  if (typeof pinned === 'string' && pinned !== '')
    return { setter: pinned, pinnedBy: typeof event === 'string' ? event : '' }
  return undefined
}

function findFields(source: string, file: string): Found[] {
  if (!source.includes(`"${MARKER_KEY}`)) return []
  const found: Found[] = []
  const visitScalar = (node: Scalar): void => {
    const [start, end] = node.range ?? [0, 0]
    if (start === end || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) {
      return
    }
    LINE_COMMENT.lastIndex = end
    const match = LINE_COMMENT.exec(source)
    if (!match) return
    const comment = match[1] ?? ''
    const read = readComment(comment)
    if (!read) return
    const at = LINE_COMMENT.lastIndex - comment.length
    const lead = /^[#\s]*/.exec(comment)?.[0].length ?? 0
    const trail = comment.length - comment.trimEnd().length
    found.push({
      line: lineOf(source, start),
      value: scalarText(node) ?? '',
      ...read,
      json: [at + lead, at + comment.length - trail]
    })
  }
  for (const doc of parseManifest(source, file)) {
    visit(doc, { Scalar: (key, node) => (key === 'key' ? undefined : visitScalar(node)) })
  }
  return found
}

/**
 * Every field with a live marker or a pin, in file order. Throws `ManifestParseError` when the
 * file mentions a marker but is not valid YAML.
 */
export function markedFields(source: string, file: string): MarkedField[] {
  return findFields(source, file).map(({ line, setter, value, pinnedBy }) => ({
    line,
    setter,
    value,
    ...(pinnedBy === undefined ? {} : { pinnedBy })
  }))
}

/** The text of a pin comment. */
export const pinComment = (setter: string, event: string): string =>
  `{${JSON.stringify(PIN_KEY)}: ${JSON.stringify(setter)}, "event": ${JSON.stringify(event)}}`

/** The text of a live marker comment, as Flux documents it. */
export const markerComment = (setter: string): string =>
  `{${JSON.stringify(MARKER_KEY)}: ${JSON.stringify(setter)}}`

/** The edited text and the fields whose comment changed. */
export interface PinEdit {
  content: string
  fields: MarkedField[]
}

function rewrite(
  source: string,
  file: string,
  pick: (field: MarkedField) => string | undefined
): PinEdit {
  const splices: Splice[] = []
  const fields: MarkedField[] = []
  for (const { json, ...field } of findFields(source, file)) {
    const text = pick(field)
    if (text === undefined || source.slice(json[0], json[1]) === text) continue
    splices.push({ start: json[0], end: json[1], text })
    fields.push(field)
  }
  return { content: applySplices(source, splices).content, fields }
}

/**
 * Pins every field whose setter `matches`, live or already pinned by another event, to `event`.
 * Only comment text changes; values are left to the setter.
 */
export function pinMarkers(
  source: string,
  matches: (setter: string) => boolean,
  event: string,
  opts: { file: string }
): PinEdit {
  return rewrite(source, opts.file, f =>
    matches(f.setter) ? pinComment(f.setter, event) : undefined
  )
}

/** Turns every pin whose setter `matches` back into a live marker. */
export function unpinMarkers(
  source: string,
  matches: (setter: string) => boolean,
  opts: { file: string }
): PinEdit {
  return rewrite(source, opts.file, f =>
    f.pinnedBy !== undefined && matches(f.setter) ? markerComment(f.setter) : undefined
  )
}

/** A matcher for every setter of one policy (`<ns>:<name>` and its `:name|tag|digest` parts). */
export const ofPolicy =
  (policy: string) =>
  (setter: string): boolean =>
    setter === policy || (setter.startsWith(`${policy}:`) && setter.split(':').length === 3)
