/**
 * Rules that relate Flux objects across files: DP004 to DP008 on ImagePolicies and their
 * markers, DP009 on ImageUpdateAutomations.
 */
import { PromoteError } from '../errors.js'
import { parseImagePolicyYaml, type ParsedImagePolicy } from '../policy/imagepolicy.js'
import type { FindingSink } from './findings.js'
import type { AutomationFact, MarkerFact, PolicyFact } from './flux-objects.js'
import {
  admitsPrereleases,
  canSelectLatest,
  isAnchored,
  isUnboundedRange
} from './policy-checks.js'

/** Everything the per-file pass collected about Flux image automation. */
export interface FluxFacts {
  /** ImagePolicies. */
  policies: PolicyFact[]
  /** `$imagepolicy` markers. */
  markers: MarkerFact[]
  /** ImageUpdateAutomations. */
  automations: AutomationFact[]
}

/** Markers resolved to policies: each policy's markers, and markers no policy matches. */
interface Links {
  refs: Map<PolicyFact, MarkerFact[]>
  /** With a hint for the message when a policy of that name is in another namespace. */
  unresolved: Array<{ marker: MarkerFact; hint: string }>
}

/** What the cross-file rules need besides the facts. */
export interface FluxRuleContext {
  /** Where findings go. */
  sink: FindingSink
  /** Every YAML file walked (relative paths), for DP009's coverage test. */
  files: readonly string[]
  /** Why a file is protected, or `undefined`. */
  protectedBy(file: string): string | undefined
}

const PARTS = new Set(['name', 'tag', 'digest'])

/** `<ns>:<name>` of a well-formed setter, else `undefined`. */
function policyKeyOf(setter: string): { namespace: string; name: string } | undefined {
  const parts = setter.split(':')
  if (parts.length < 2 || parts.length > 3 || parts[0] === '' || parts[1] === '') return undefined
  if (parts.length === 3 && !PARTS.has(parts[2])) return undefined
  return { namespace: parts[0], name: parts[1] }
}

/**
 * The policies each marker can mean, and the markers of each policy. A policy without
 * `metadata.namespace` gets one when applied (kustomization `namespace:`, Flux
 * `targetNamespace`), which is not known here, so it matches a marker of any namespace.
 */
function linkMarkers(facts: FluxFacts): Links {
  const byName = new Map<string, PolicyFact[]>()
  for (const p of facts.policies) byName.set(p.name, [...(byName.get(p.name) ?? []), p])
  const refs = new Map<PolicyFact, MarkerFact[]>(facts.policies.map(p => [p, []]))
  const unresolved: Links['unresolved'] = []
  for (const marker of facts.markers) {
    const key = policyKeyOf(marker.setter)
    const named = key ? (byName.get(key.name) ?? []) : []
    const meant = named.filter(p => p.namespace === undefined || p.namespace === key?.namespace)
    for (const p of meant) refs.get(p)?.push(marker)
    if (meant.length === 0) {
      const elsewhere = named[0]?.namespace
      const hint = elsewhere
        ? ` (an ImagePolicy ${named[0]?.name} is in namespace ${elsewhere})`
        : ''
      unresolved.push({ marker, hint })
    }
  }
  return { refs, unresolved }
}

/** Runs DP004 to DP009. */
export function checkFlux(facts: FluxFacts, ctx: FluxRuleContext): void {
  const { refs, unresolved } = linkMarkers(facts)
  for (const policy of facts.policies) checkPolicy(policy, refs.get(policy) ?? [], ctx.sink)
  for (const { marker, hint } of unresolved) {
    const key = policyKeyOf(marker.setter)
    const message = key
      ? `marker names ImagePolicy ${key.namespace}:${key.name}, which is not in the repository${hint}`
      : `marker '${marker.setter}' is not <namespace>:<name>[:name|tag|digest]`
    ctx.sink.add('DP007', marker.file, marker.line, message, {
      object: `marker ${marker.setter}`
    })
  }
  for (const automation of facts.automations) checkAutomation(automation, ctx)
}

function describePolicy(p: PolicyFact): string {
  return `ImagePolicy ${p.namespace ? `${p.namespace}/` : ''}${p.name}`
}

/** DP005 and DP008, which need no evaluation of the spec. */
function checkPolicyShape(
  policy: PolicyFact,
  refs: readonly MarkerFact[],
  sink: FindingSink
): void {
  const what = describePolicy(policy)
  if (policy.pattern && !isAnchored(policy.pattern.value)) {
    const message = `${what}: filterTags.pattern '${policy.pattern.value}' is not anchored with ^...$`
    sink.add('DP005', policy.file, policy.pattern.line, message, { object: what })
  }
  if (refs.length === 0) {
    const message = `${what} is not referenced by any $imagepolicy marker`
    sink.add('DP008', policy.file, policy.line, message, { object: what })
  }
}

/** The spec as the promotion path reads it, or a DP000 finding saying why it cannot be. */
function evaluate(policy: PolicyFact, sink: FindingSink): ParsedImagePolicy | undefined {
  try {
    return parseImagePolicyYaml(policy.text)
  } catch (err) {
    if (!(err instanceof PromoteError)) throw err
    // The parser names the policy itself; the finding already does.
    const why = err.message.replace(/^ImagePolicy \S+: /, '')
    // Point at the field the parser complains about when it names one.
    const field = /range/.test(why)
      ? policy.range
      : /pattern|regexp/.test(why)
        ? policy.pattern
        : undefined
    const message = `${describePolicy(policy)} cannot be evaluated: ${why}`
    sink.add('DP000', policy.file, field?.line ?? policy.kindLine, message, {
      fix: 'fix the ImagePolicy spec so Flux accepts it',
      object: describePolicy(policy)
    })
    return undefined
  }
}

/** DP004 to DP006 for one policy and the markers that use it. */
function checkPolicy(policy: PolicyFact, refs: readonly MarkerFact[], sink: FindingSink): void {
  checkPolicyShape(policy, refs, sink)
  const spec = evaluate(policy, sink)
  if (!spec) return
  const what = describePolicy(policy)
  const guarded = refs.find(m => m.protectedBy !== undefined)
  const usedBy = guarded
    ? `; used by ${guarded.file}:${guarded.line} in ${guarded.protectedBy}`
    : ''
  const range = spec.semver?.range
  if (range !== undefined && policy.range && isUnboundedRange(range)) {
    const message = `${what}: semver range '${range}' has no upper bound${usedBy}`
    sink.add('DP004', policy.file, policy.range.line, message, {
      severity: guarded ? 'error' : 'warning',
      object: what
    })
  }
  if (!guarded) return
  if (canSelectLatest(spec)) {
    const how = spec.filterTags
      ? "its filterTags.pattern lets 'latest' through"
      : 'alphabetical order without filterTags picks it'
    const line = spec.filterTags && policy.pattern ? policy.pattern.line : policy.kindLine
    sink.add('DP006', policy.file, line, `${what} can select 'latest' (${how})${usedBy}`, {
      object: `${what} latest`
    })
  }
  if (range !== undefined && policy.range && admitsPrereleases(range)) {
    const message = `${what}: semver range '${range}' names a pre-release, so pre-releases can be selected${usedBy}`
    sink.add('DP006', policy.file, policy.range.line, message, {
      object: `${what} pre-release`
    })
  }
}

/** The branch a refspec pushes to: its destination, without `+` and `refs/heads/`. */
function refspecTarget(refspec: string): string {
  const dest = refspec.includes(':') ? refspec.slice(refspec.lastIndexOf(':') + 1) : refspec
  return dest.replace(/^\+/, '').replace(/^refs\/heads\//, '')
}

function checkAutomation(a: AutomationFact, ctx: FluxRuleContext): void {
  const targets = [
    a.pushBranch,
    a.refspec === undefined ? undefined : refspecTarget(a.refspec)
  ].filter((t): t is string => t !== undefined)
  // No push target means Flux pushes to the branch it checked out. With targets, only a known
  // checkout branch can be compared; refs/for/... (Gerrit review) never equals it.
  const straight =
    targets.length === 0 || (a.checkoutBranch !== undefined && targets.includes(a.checkoutBranch))
  if (!straight) return
  const prefix = a.updatePath === '' ? '' : `${a.updatePath}/`
  // spec.update.path may name a single file as well as a directory.
  const inScope = (f: string): boolean =>
    prefix === '' || f === a.updatePath || f.startsWith(prefix)
  const covered = ctx.files.find(f => inScope(f) && ctx.protectedBy(f))
  if (covered === undefined) return
  const how =
    targets.length === 0
      ? 'has no spec.git.push.branch, so it pushes to the branch it checks out'
      : `pushes to ${a.checkoutBranch}, the branch it checks out`
  const env = ctx.protectedBy(covered) ?? ''
  const scope =
    covered === a.updatePath
      ? `${covered} in ${env}`
      : `${a.updatePath || 'the whole repository'}, which includes ${covered} in ${env},`
  const message = `ImageUpdateAutomation ${a.id} updates ${scope} and ${how}`
  ctx.sink.add('DP009', a.file, a.line, message, {
    object: `ImageUpdateAutomation ${a.id}`
  })
}
