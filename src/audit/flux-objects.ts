/**
 * Per-file facts about Flux image automation: ImagePolicies, `$imagepolicy` markers and
 * ImageUpdateAutomations. Rules that relate them across files run later, in
 * `flux-rules.ts`, once every file has been read.
 */
import { isScalar, visit, type Document } from 'yaml'
import { markerSetter } from '../manifests/setter-comments.js'
import { MARKER_TOKEN } from '../manifests/setters.js'
import type { DocHeader } from './image-uses.js'
import { childAt, pairOf, textAt, textOf, type LineMap } from './nodes.js'

const IMAGE_GROUP = 'image.toolkit.fluxcd.io/'

/** An ImagePolicy as written, with the lines of the fields rules point at. */
export interface PolicyFact {
  /** File relative to the audited root. */
  file: string
  /** `metadata.name`. */
  name: string
  /** `metadata.namespace`; absent when a kustomization or Flux sets it at apply time. */
  namespace?: string
  /** Line of `metadata.name` (where DP008 points). */
  line: number
  /** The document's own text, for `parseImagePolicyYaml`. */
  text: string
  /** `spec.policy.semver.range` and its line. */
  range?: { value: string; line: number }
  /** `spec.filterTags.pattern` and its line. */
  pattern?: { value: string; line: number }
  /** Line of the policy kind key (`alphabetical:` ...), else of `spec`. */
  kindLine: number
}

/** A scalar carrying a `# {"$imagepolicy": "<ns>:<name>[:part]"}` setter comment. */
export interface MarkerFact {
  /** File relative to the audited root. */
  file: string
  /** Line of the marked field. */
  line: number
  /** The whole setter, e.g. `flux-system:app:tag`. */
  setter: string
  /** Why the file is protected, or `undefined`. */
  protectedBy?: string
}

/** An ImageUpdateAutomation's write-back settings. */
export interface AutomationFact {
  /** File relative to the audited root. */
  file: string
  /** `<namespace>/<name>`. */
  id: string
  /** Line DP009 points at: `spec.git.push`, else `spec.git`, else `metadata.name`. */
  line: number
  /** `spec.update.path`, normalised; `''` is the repository root (Flux's default). */
  updatePath: string
  /** `spec.git.checkout.ref.branch`, when set. */
  checkoutBranch?: string
  /** `spec.git.push.branch`, when set. */
  pushBranch?: string
  /** `spec.git.push.refspec`, when set. */
  refspec?: string
}

/** Whether a document is an image.toolkit.fluxcd.io object of `kind`. */
export function isFluxImageKind(h: DocHeader, kind: string): boolean {
  return h.kind === kind && h.apiVersion.startsWith(IMAGE_GROUP)
}

/** Reads an ImagePolicy document. */
export function policyFact(
  doc: Document.Parsed,
  source: string,
  file: string,
  lines: LineMap
): PolicyFact {
  const root = doc.contents
  const namePair = pairOf(childAt(root, 'metadata'), 'name')
  const policy = childAt(root, 'spec', 'policy')
  const kindPair = ['semver', 'alphabetical', 'numerical']
    .map(k => pairOf(policy, k))
    .find(p => p !== undefined)
  const fact: PolicyFact = {
    file,
    name: textOf(namePair?.value) ?? '(unnamed)',
    line: lines.of(namePair ?? root),
    text: source.slice(doc.range[0], doc.range[2]),
    kindLine: lines.of(kindPair ?? pairOf(root, 'spec') ?? root)
  }
  const namespace = textAt(root, 'metadata', 'namespace')
  if (namespace) fact.namespace = namespace
  const range = childAt(policy, 'semver', 'range')
  const rangeText = textOf(range)
  if (rangeText !== undefined) fact.range = { value: rangeText, line: lines.of(range) }
  const pattern = childAt(root, 'spec', 'filterTags', 'pattern')
  const patternText = textOf(pattern)
  if (patternText !== undefined) fact.pattern = { value: patternText, line: lines.of(pattern) }
  return fact
}

/** Normalises `spec.update.path` to a `/`-separated prefix; `''` for the root. */
function updatePathOf(raw: string | undefined): string {
  if (raw === undefined) return ''
  const parts: string[] = []
  for (const seg of raw.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') parts.pop()
    else parts.push(seg)
  }
  return parts.join('/')
}

/** Reads an ImageUpdateAutomation document. */
export function automationFact(
  root: unknown,
  h: DocHeader,
  file: string,
  lines: LineMap
): AutomationFact {
  const git = pairOf(childAt(root, 'spec'), 'git')
  const push = pairOf(git?.value, 'push')
  const fact: AutomationFact = {
    file,
    id: h.id,
    line: lines.of(push ?? git ?? pairOf(childAt(root, 'metadata'), 'name') ?? root),
    updatePath: updatePathOf(textAt(root, 'spec', 'update', 'path'))
  }
  const checkout = textAt(git?.value, 'checkout', 'ref', 'branch')
  if (checkout) fact.checkoutBranch = checkout
  const branch = textAt(push?.value, 'branch')
  if (branch) fact.pushBranch = branch
  const refspec = textAt(push?.value, 'refspec')
  if (refspec) fact.refspec = refspec
  return fact
}

/**
 * Every `$imagepolicy` marker in a document (`source` is its text). Cheap for documents without
 * the token or a JSON escape that could spell it; Flux screens whole files for the token, so
 * call this only for documents of files that hold it.
 */
export function markerFacts(
  doc: Document.Parsed,
  source: string,
  file: string,
  lines: LineMap,
  protectedBy: string | undefined
): MarkerFact[] {
  if (!source.includes(MARKER_TOKEN) && !source.includes('\\u')) return []
  const found: MarkerFact[] = []
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !isScalar(node) || !node.range) return
      // The line comment, or the comment line above a sequence item, as Flux reads them.
      const setter = markerSetter(source, node, path.at(-1))
      if (setter === undefined) return
      found.push({ file, line: lines.of(node), setter, ...(protectedBy ? { protectedBy } : {}) })
    }
  })
  return found
}
