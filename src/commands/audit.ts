import { parseProtectedGlobs } from '../audit/protection.js'
import { parseDuration } from '../util/duration.js'
import type { WalkLimits } from '../audit/walk.js'
import { InputError } from '../errors.js'
import { getEnum, getList, resolveInside, type InputSource } from '../inputs.js'
import { DEFAULT_DOMAIN, DOMAIN_REGEXP, LEGACY_DEFAULT_DOMAIN } from '../registry/reference.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { echo } from '../util/text.js'

/** The `audit` command's name, the CLI subcommand and the action `command`. */
export const AUDIT = 'audit'

/** Output formats of {@link auditCommand}. */
export const AUDIT_FORMATS = ['text', 'json', 'sarif'] as const

/** One of {@link AUDIT_FORMATS}. */
export type AuditFormat = (typeof AUDIT_FORMATS)[number]

/** Options of {@link auditCommand}. */
export interface AuditOptions {
  /** Absolute path of the repository root to audit (inside the workspace). */
  root: string
  /** What `text` holds: the grouped listing, the JSON rendering or the SARIF log. */
  format: AuditFormat
  /** `protected-paths` globs relative to `root`; empty to use promotion.yaml or directory names. */
  protectedPaths: string[]
  /** `allowed-registries` domains; empty to use promotion.yaml's list, if any. */
  allowedRegistries: string[]
  /** promotion.yaml relative to `root`. */
  configPath: string
  /** Whether a missing promotion.yaml is an error (the `config` input was set). */
  configRequired: boolean
  /** Absolute path to also write the SARIF log to. */
  sarifFile?: string
  /** Walk bounds; the defaults unless a test lowers them. */
  limits?: WalkLimits
  /** `pin-max-age`: how old a rollback pin may get before DP010 reports it. */
  pinMaxAge: { ms: number; label: string }
}

/**
 * Checks registry domains and writes Docker Hub the way parsed references do (`docker.io`), so
 * `index.docker.io` in a list still matches Hub images.
 */
function normaliseRegistries(list: readonly string[], input: string): string[] {
  return list.map(entry => {
    if (!DOMAIN_REGEXP.test(entry)) {
      throw new InputError(
        input,
        `${echo(entry)} is not a registry domain`,
        'use a host name with an optional port, e.g. ghcr.io or registry.example.com:5000'
      )
    }
    return canonicalDomain(entry)
  })
}

/** Docker Hub's domain as parsed references write it; any other domain unchanged. */
export const canonicalDomain = (domain: string): string =>
  domain === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : domain

/**
 * Lints a GitOps repository against the promotion guardrails (rules DP000 to DP012 in
 * `src/audit/rules.ts`): tag-only or floating images in protected environments, registries
 * outside the allow-list, loose Flux ImagePolicies, dangling markers, image automation
 * that pushes to a protected branch without review, old rollback pins, and Flux OCI sources
 * that follow floating tags no alias environment governs or do not verify signatures.
 */
export const auditCommand: Command<AuditOptions> = {
  name: AUDIT,
  summary: 'Lint a GitOps repository against the promotion guardrails.',
  usage: '[path] [--format text|json|sarif] [--protected-paths <glob>] [--sarif-file <file>]',
  inputs: [
    {
      name: 'path',
      description:
        'Root of the GitOps repository to audit, inside the workspace (default: the workspace).'
    },
    { name: 'format', description: 'Output format: text, json or sarif (default text).' },
    {
      name: 'protected-paths',
      description:
        'Globs of protected environments relative to path, e.g. clusters/production/**; a list ' +
        '(default: protected environments in promotion.yaml, else directories named like prod or production).',
      kind: 'list'
    },
    {
      name: 'allowed-registries',
      description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
      kind: 'list'
    },
    {
      name: 'config',
      description:
        'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
    },
    {
      name: 'sarif-file',
      description:
        'Also write the findings as SARIF 2.1.0 to this file in the workspace (for upload-sarif).'
    },
    {
      name: 'pin-max-age',
      description:
        'How long a rollback pin may keep Flux image automation off a field before DP010 reports it, e.g. 7d, 36h, 2w (default 7d).'
    }
  ],
  positionals: ['path'],
  parse(src: InputSource, ctx: RunContext): AuditOptions {
    const root = resolveInside(ctx.workspace, src.get('path') ?? '.', 'path')
    const config = src.get('config')
    const configPath = config ?? 'promotion.yaml'
    resolveInside(root, configPath, 'config')
    const sarif = src.get('sarif-file')
    const pinLabel = src.get('pin-max-age') ?? '7d'
    const pinMs = parseDuration(pinLabel)
    if (pinMs === undefined)
      throw new InputError(
        'pin-max-age',
        `${echo(pinLabel)} is not a duration`,
        'use whole numbers with units s, m, h, d or w, e.g. 7d or 36h'
      )
    return {
      pinMaxAge: { ms: pinMs, label: pinLabel },
      root,
      format: getEnum(src, 'format', AUDIT_FORMATS, 'text'),
      protectedPaths: parseProtectedGlobs(getList(src, 'protected-paths')),
      allowedRegistries: normaliseRegistries(
        getList(src, 'allowed-registries'),
        'allowed-registries'
      ),
      configPath,
      configRequired: config !== undefined,
      ...(sarif === undefined
        ? {}
        : { sarifFile: resolveInside(ctx.workspace, sarif, 'sarif-file') })
    }
  },
  async run(opts: AuditOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./audit-run.js')).runAudit(opts, ctx)
  }
}
