/**
 * Audits a GitOps repository against the promotion guardrails: walks its YAML files (bounded),
 * screens each with a substring test before parsing it, checks images per file, then relates
 * Flux policies, markers and automations across files.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../errors.js'
import { LineCounter, parseAllDocuments, type Document } from 'yaml'
import { compareFindings, FindingSink, type Finding } from './findings.js'
import { automationFact, isFluxImageKind, markerFacts, policyFact } from './flux-objects.js'
import { checkFlux, type FluxFacts } from './flux-rules.js'
import { checkImage, type ImageScope } from './image-check.js'
import { headerOf, imageUses } from './image-uses.js'
import { LineMap } from './nodes.js'
import { documentSlices } from '../manifests/yaml-documents.js'
import { MARKER_TOKEN } from '../manifests/setters.js'
import { aliasProblem } from '../manifests/yaml-splice.js'
import {
  checkOciSources,
  isOciRepository,
  ociSourceFact,
  type AliasEnvironment,
  type OciSourceFact
} from './oci-sources.js'
import { checkPins, type PinAge } from './pin-age.js'
import type { Protection } from './protection.js'
import { DEFAULT_LIMITS, listYamlFiles, type WalkLimits } from './walk.js'

/** What to audit and against which lists. */
export interface AuditSettings {
  /** Absolute path of the repository root to audit. */
  root: string
  /** Which files are in protected environments. */
  protection: Protection
  /** Allowed registry domains; empty turns DP003 off. */
  allowed: readonly string[]
  /** Walk bounds; {@link DEFAULT_LIMITS} when absent. */
  limits?: WalkLimits
  /** How old a rollback pin may get (DP010); the rule is off when absent. */
  pinAge?: PinAge
  /** Alias environments of promotion.yaml, for DP011 and DP012; none when absent. */
  aliases?: readonly AliasEnvironment[]
}

/** The outcome of an audit. */
export interface AuditReport {
  /** Every finding, sorted by file, line and rule. */
  findings: Finding[]
  /** YAML files walked, including skipped ones. */
  files: number
}

// Every rule needs one of: an `image` field, an `images:` list, an ImagePolicy, an
// ImageUpdateAutomation or an `$imagepolicy` marker, all of which contain the word image, or
// an OCIRepository. Each document is screened on its own, and only those that match are parsed.
const SCREEN = /image|OCIRepository/i

/** Audits the repository at `settings.root`; a tree over the limits rejects. */
export function auditRepository(settings: AuditSettings): Promise<AuditReport> {
  // All of it is synchronous (see readBounded); a throw becomes the promise's rejection.
  return new Promise(resolve => resolve(auditTree(settings)))
}

function auditTree(settings: AuditSettings): AuditReport {
  const limits = settings.limits ?? DEFAULT_LIMITS
  const files = listYamlFiles(settings.root, limits)
  const sink = new FindingSink()
  const facts: FileFacts = { policies: [], markers: [], automations: [], sources: [] }
  for (const file of files) {
    const read = readBounded(settings.root, file, limits)
    if ('size' in read) {
      const message = `skipped: ${read.size} bytes is over the ${limits.maxFileBytes}-byte limit`
      sink.add('DP000', file, 1, message, {
        severity: 'note',
        fix: 'split the file; large generated files are better kept out of the GitOps tree'
      })
    } else if ('error' in read) {
      sink.add('DP000', file, 1, `could not be read: ${read.error}`)
    } else if (SCREEN.test(read.text) && !read.text.includes('\0')) {
      auditFile(file, read.text, settings, sink, facts)
    }
  }
  checkFlux(facts, {
    sink,
    files,
    protectedBy: f => settings.protection.reasonFor(f)
  })
  checkOciSources(facts.sources, {
    sink,
    aliases: settings.aliases ?? [],
    protectedBy: f => settings.protection.reasonFor(f)
  })
  return { findings: sink.list.sort(compareFindings), files: files.length }
}

/** What the per-file pass collects for the cross-file rules. */
type FileFacts = FluxFacts & { sources: OciSourceFact[] }

type Read = { text: string } | { size: number } | { error: string }

/**
 * The file's text; its size when it is over the limit (so it is never read); or why it could
 * not be read (it may have changed since the walk listed it). Synchronous: per-file calls
 * dominate the audit, and the promise-based ones cost several times more than these.
 */
function readBounded(root: string, file: string, limits: WalkLimits): Read {
  let fd: number | undefined
  try {
    // O_NOFOLLOW: a file swapped for a symlink after the walk is still not followed.
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
    fd = openSync(path.join(root, ...file.split('/')), flags)
    const { size } = fstatSync(fd)
    if (size > limits.maxFileBytes) return { size }
    return { text: readFileSync(fd, 'utf8') }
  } catch (err) {
    return { error: errorMessage(err) }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** One parsed document with the text it was parsed from and its line numbers. */
interface ParsedDoc {
  doc: Document.Parsed
  /** The document's own text: node ranges are offsets into it. */
  text: string
  lines: LineMap
}

/**
 * Parses the documents of one file that pass the screen, or reports why the file cannot be
 * audited (the first error of any of them); documents without the word are never parsed.
 */
function parseFile(
  file: string,
  source: string,
  sink: FindingSink,
  markers: boolean
): ParsedDoc[] | undefined {
  const parsed: ParsedDoc[] = []
  // A marker may spell `$imagepolicy` with JSON escapes (\u0069mage…), which the word misses.
  const screen = (text: string): boolean => SCREEN.test(text) || (markers && text.includes('\\u'))
  for (const slice of documentSlices(source, screen)) {
    const counter = new LineCounter()
    const docs = parseAllDocuments(slice.text, { lineCounter: counter, prettyErrors: false })
    const lines = new LineMap(counter, slice.linesBefore)
    for (const doc of docs) {
      const error = doc.errors[0]
      if (error !== undefined) {
        const problem = error.message.split('\n')[0] ?? error.code
        // An error at end of input would point past the last line; annotations need a real one.
        const at = Math.min(error.pos[0], Math.max(0, slice.text.length - 1))
        sink.add('DP000', file, lines.at(at), `not valid YAML: ${problem}`)
        return undefined
      }
      // The audit never expands aliases, but Flux and kustomize would: say so, skip the file.
      const bomb = aliasProblem(doc, slice.text)
      if (bomb !== undefined) {
        sink.add('DP000', file, lines.at(bomb.offset), `refused YAML: ${bomb.problem}`, {
          fix: 'write the values out instead of nesting aliases; Flux and kustomize expand them'
        })
        return undefined
      }
      parsed.push({ doc, text: slice.text, lines })
    }
  }
  return parsed
}

/** Per-file rules (DP001 to DP003) and the facts the cross-file rules need. */
function auditFile(
  file: string,
  source: string,
  settings: AuditSettings,
  sink: FindingSink,
  facts: FileFacts
): void {
  // Flux only reads markers in files that hold the token, wherever it is in the file.
  const markers = source.includes(MARKER_TOKEN)
  const parsed = parseFile(file, source, sink, markers)
  if (!parsed) return
  const protectedBy = settings.protection.reasonFor(file)
  const scope: ImageScope = {
    file,
    allowed: settings.allowed,
    sink,
    ...(protectedBy ? { protectedBy } : {})
  }
  const fileName = file.slice(file.lastIndexOf('/') + 1)
  for (const { doc, text, lines } of parsed) {
    const root = doc.contents
    const header = headerOf(root)
    if (isFluxImageKind(header, 'ImagePolicy')) {
      facts.policies.push(policyFact(doc, text, file, lines))
    } else if (isFluxImageKind(header, 'ImageUpdateAutomation')) {
      facts.automations.push(automationFact(root, header, file, lines))
    } else if (isOciRepository(header)) {
      facts.sources.push(ociSourceFact(root, header, file, lines))
    }
    for (const use of imageUses(root, fileName, lines)) checkImage(use, scope)
    if (markers) facts.markers.push(...markerFacts(doc, text, file, lines, protectedBy))
  }
  if (settings.pinAge) checkPins(file, source, settings.pinAge, sink)
}
