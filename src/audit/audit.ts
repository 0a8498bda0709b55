/**
 * Audits a GitOps repository against the promotion guardrails: walks its YAML files (bounded),
 * screens each with a substring test before parsing it, checks images per file, then relates
 * Flux policies, markers and automations across files.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.js'
import { LineCounter, parseAllDocuments, type Document } from 'yaml'
import { compareFindings, FindingSink, type Finding } from './findings.js'
import { automationFact, isFluxImageKind, markerFacts, policyFact } from './flux-objects.js'
import { checkFlux, type FluxFacts } from './flux-rules.js'
import { checkImage, type ImageScope } from './image-check.js'
import { headerOf, imageUses } from './image-uses.js'
import { LineMap } from './nodes.js'
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
// an OCIRepository.
const SCREEN = /image|OCIRepository/i

// Files are read a batch at a time: enough to overlap I/O, few enough to bound open handles.
const READ_BATCH = 32

/** Audits the repository at `settings.root`. */
export async function auditRepository(settings: AuditSettings): Promise<AuditReport> {
  const limits = settings.limits ?? DEFAULT_LIMITS
  const files = await listYamlFiles(settings.root, limits)
  const sink = new FindingSink()
  const facts: FileFacts = { policies: [], markers: [], automations: [], sources: [] }
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH)
    const sources = await Promise.all(batch.map(f => readBounded(settings.root, f, limits)))
    batch.forEach((file, j) => {
      const read = sources[j]
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
    })
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
 * not be read (it may have changed since the walk listed it).
 */
async function readBounded(root: string, file: string, limits: WalkLimits): Promise<Read> {
  let handle: FileHandle | undefined
  try {
    // One open for both the size check and the read: per-file syscalls dominate the audit.
    // O_NOFOLLOW: a file swapped for a symlink after the walk is still not followed.
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
    handle = await open(path.join(root, ...file.split('/')), flags)
    const { size } = await handle.stat()
    if (size > limits.maxFileBytes) return { size }
    return { text: await handle.readFile('utf8') }
  } catch (err) {
    return { error: errorMessage(err) }
  } finally {
    await handle?.close()
  }
}

/** Parses every document of one file, or reports why it cannot. */
function parseFile(
  file: string,
  source: string,
  sink: FindingSink
): { docs: Document.Parsed[]; lines: LineMap } | undefined {
  const counter = new LineCounter()
  const docs = parseAllDocuments(source, { lineCounter: counter, prettyErrors: false })
  const lines = new LineMap(counter)
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error === undefined) continue
    const problem = error.message.split('\n')[0] ?? error.code
    // An error at end of input would point past the last line; annotations need a real one.
    const at = Math.min(error.pos[0], Math.max(0, source.length - 1))
    sink.add('DP000', file, lines.at(at), `not valid YAML: ${problem}`)
    return undefined
  }
  // The audit itself never expands aliases, but Flux and kustomize would: say so, skip the file.
  for (const doc of docs) {
    const bomb = aliasProblem(doc)
    if (bomb === undefined) continue
    sink.add('DP000', file, lines.at(bomb.offset), `refused YAML: ${bomb.problem}`, {
      fix: 'write the values out instead of nesting aliases; Flux and kustomize expand them'
    })
    return undefined
  }
  return { docs: [...docs], lines }
}

/** Per-file rules (DP001 to DP003) and the facts the cross-file rules need. */
function auditFile(
  file: string,
  source: string,
  settings: AuditSettings,
  sink: FindingSink,
  facts: FileFacts
): void {
  const parsed = parseFile(file, source, sink)
  if (!parsed) return
  const { docs, lines } = parsed
  const protectedBy = settings.protection.reasonFor(file)
  const scope: ImageScope = {
    file,
    allowed: settings.allowed,
    sink,
    ...(protectedBy ? { protectedBy } : {})
  }
  const fileName = file.slice(file.lastIndexOf('/') + 1)
  for (const doc of docs) {
    const root = doc.contents
    const header = headerOf(root)
    if (isFluxImageKind(header, 'ImagePolicy')) {
      facts.policies.push(policyFact(doc, source, file, lines))
    } else if (isFluxImageKind(header, 'ImageUpdateAutomation')) {
      facts.automations.push(automationFact(root, header, file, lines))
    } else if (isOciRepository(header)) {
      facts.sources.push(ociSourceFact(root, header, file, lines))
    }
    for (const use of imageUses(root, fileName, lines)) checkImage(use, scope)
    facts.markers.push(...markerFacts(doc, source, file, lines, protectedBy))
  }
  if (settings.pinAge) checkPins(file, source, settings.pinAge, sink)
}
