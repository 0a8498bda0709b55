/**
 * The guardrails `audit` enforces (seeds 000 and 001: immutable, digest-pinned artifacts in
 * production, tight ImagePolicies, reviewed write-back), one rule each.
 */

/** How bad a finding is; `error` fails the run. Same words as SARIF's `level`. */
export type Severity = 'error' | 'warning' | 'note'

/** Rule ids, stable across releases so SARIF alerts and suppressions keep matching. */
export type RuleId =
  | 'DP000'
  | 'DP001'
  | 'DP002'
  | 'DP003'
  | 'DP004'
  | 'DP005'
  | 'DP006'
  | 'DP007'
  | 'DP008'
  | 'DP009'
  | 'DP010'
  | 'DP011'
  | 'DP012'

/** One rule: what it checks and how to fix what it finds. */
export interface Rule {
  /** Stable id, e.g. `DP001`. */
  id: RuleId
  /** Kebab-case name, for SARIF `name` and annotation titles. */
  name: string
  /** The usual severity; some findings of a rule differ (see each rule's `help`). */
  severity: Severity
  /** One sentence: what is wrong. */
  summary: string
  /** How to fix it; also each finding's default `fix`. */
  fix: string
  /** When the rule fires, in more detail (SARIF `fullDescription`). */
  help: string
}

/** Every rule, in id order. */
export const RULES: readonly Rule[] = [
  {
    id: 'DP000',
    name: 'unauditable-file',
    severity: 'warning',
    summary: 'A file could not be audited.',
    fix: 'make the file valid YAML, or keep templates that are not YAML out of the GitOps tree',
    help:
      'The file is not valid YAML, holds an alias bomb (aliases expanding past 100), holds an ' +
      'image reference or ImagePolicy that does not parse, or is larger than 2 MiB (a note). ' +
      'Its other findings are unknown.'
  },
  {
    id: 'DP001',
    name: 'tag-only-in-protected',
    severity: 'error',
    summary: 'An image in a protected environment is pinned by tag only.',
    fix: 'pin the digest: name:tag@sha256:<digest>, or add digest: to the images entry',
    help:
      'A tag can be moved to other content; a protected environment must run the exact tested ' +
      'artifact, so its image references carry @sha256: digests.'
  },
  {
    id: 'DP002',
    name: 'floating-latest',
    severity: 'error',
    summary: 'An image uses the latest tag, or no tag at all.',
    fix: 'use an immutable version tag (and a digest in protected environments)',
    help:
      '`latest` (explicit or implied by a missing tag) floats. An error in a protected ' +
      'environment, a warning elsewhere.'
  },
  {
    id: 'DP003',
    name: 'registry-not-allowed',
    severity: 'error',
    summary: 'An image comes from a registry outside the allow-list.',
    fix: 'use an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml',
    help:
      'Images must come from the registries in the allowed-registries input or promotion.yaml ' +
      '`registries.allowed`; without either list this rule is off.'
  },
  {
    id: 'DP004',
    name: 'unbounded-semver-range',
    severity: 'warning',
    summary: 'An ImagePolicy semver range has no upper bound.',
    fix: "bound the range, e.g. '>=1.2.0 <2.0.0' or '~1.2'",
    help:
      'A range such as *, x, >=1.0 or >1 lets any future major version through. An error when ' +
      'a marker in a protected environment uses the policy.'
  },
  {
    id: 'DP005',
    name: 'unanchored-tag-pattern',
    severity: 'warning',
    summary: 'An ImagePolicy filterTags.pattern is not anchored with ^...$.',
    fix: 'anchor the pattern, e.g. ^production-v.*-(?P<ts>[0-9]+)$',
    help:
      'Go regexps match anywhere in the tag, so an unanchored pattern also accepts tags of ' +
      'other environments that merely contain it.'
  },
  {
    id: 'DP006',
    name: 'policy-selects-floating',
    severity: 'error',
    summary: 'An ImagePolicy used by a protected environment can select latest or a pre-release.',
    fix: 'filter tags with an anchored pattern that excludes latest, and drop pre-release parts from the range',
    help:
      'The policy is used by a marker in a protected environment and either picks latest ' +
      '(alphabetical or numerical order over tags that include it) or admits pre-releases ' +
      '(a semver range naming one).'
  },
  {
    id: 'DP007',
    name: 'marker-unknown-policy',
    severity: 'error',
    summary: 'An $imagepolicy marker names an ImagePolicy that is not in the repository.',
    fix: 'fix the marker to <namespace>:<name> of an existing ImagePolicy, or add the policy',
    help: 'Flux silently skips markers whose policy does not exist, so the field is never updated.'
  },
  {
    id: 'DP008',
    name: 'policy-unreferenced',
    severity: 'note',
    summary: 'No $imagepolicy marker references this ImagePolicy.',
    fix: 'add a marker that uses the policy, or delete the policy',
    help: 'The policy selects tags that nothing writes to Git.'
  },
  {
    id: 'DP009',
    name: 'automation-pushes-protected',
    severity: 'error',
    summary: 'An ImageUpdateAutomation pushes straight to the branch of a protected environment.',
    fix: 'set spec.git.push.branch to a separate branch and merge it through a reviewed pull request',
    help:
      'spec.update.path covers a protected environment and the automation pushes to the ' +
      'branch it checks out (no spec.git.push.branch, or the same branch), skipping review.'
  },
  {
    id: 'DP010',
    name: 'stale-rollback-pin',
    severity: 'warning',
    summary: 'A rollback pin has kept Flux image automation off a field for longer than allowed.',
    fix: 'promote a fixed digest into the environment (which restores the marker), or raise pin-max-age',
    help:
      'A rollback turns each $imagepolicy marker it rewrites into $imagepolicy-pinned, which ' +
      "Flux's setter does not read, so automation cannot undo the rollback. A pin older than " +
      'pin-max-age (default 7d), or one whose event id names no time, means the environment ' +
      'has stopped following its policy.'
  },
  {
    id: 'DP011',
    name: 'oci-source-ungoverned-tag',
    severity: 'error',
    summary: 'A Flux OCIRepository follows a floating tag that no alias environment governs.',
    fix: 'declare the tag as an alias environment in promotion.yaml (alias: {repository, tag}), or pin spec.ref.digest',
    help:
      'spec.ref.tag (or no ref at all, which follows latest) names a tag that is not a version, ' +
      'and no environment in promotion.yaml has alias oci://<repository> with that tag, so ' +
      'anyone who can push the tag changes what the cluster runs, with no promotion event. ' +
      'spec.ref.digest and spec.ref.semver are fine. An error in a protected environment, a ' +
      'warning elsewhere.'
  },
  {
    id: 'DP012',
    name: 'alias-source-unverified',
    severity: 'error',
    summary: "A protected alias environment's OCIRepository does not verify cosign signatures.",
    fix: 'add spec.verify with provider: cosign (and the signing identity) to the OCIRepository',
    help:
      'The OCIRepository follows the alias of a protected environment in promotion.yaml but ' +
      'has no spec.verify, or verifies with another provider than cosign, so source-controller ' +
      'would apply an unsigned artifact pushed to the tag.'
  }
]

/** The rule with `id`. */
export function ruleOf(id: RuleId): Rule {
  const rule = RULES.find(r => r.id === id)
  if (!rule) throw new Error(`unknown audit rule ${id}`)
  return rule
}

/**
 * The published README, whose "Audit rules" section has one heading per rule. It is the
 * tagged `v1` README, so a SARIF alert links to the rules of the release that raised it.
 */
export const README_URL = 'https://github.com/acme/digest-promote/blob/v1/README.md'

/** The README heading of `rule`: `DP001 tag-only-in-protected`. */
export function ruleHeading(rule: Rule): string {
  return `${rule.id} ${rule.name}`
}

/**
 * GitHub's anchor of {@link ruleHeading} (lowercase, spaces as `-`; ids and names hold only
 * letters, digits and `-`, which GitHub keeps): `dp001-tag-only-in-protected`.
 */
export function ruleAnchor(rule: Rule): string {
  return ruleHeading(rule).toLowerCase().replaceAll(' ', '-')
}

/** Where `rule` is explained: its README heading (SARIF `helpUri`). */
export function ruleHelpUri(rule: Rule): string {
  return `${README_URL}#${ruleAnchor(rule)}`
}
