import { PromoteError } from '../errors.js'
import { isValidTag } from '../registry/reference.js'
import { echo } from '../util/text.js'

/** The default environment tag: the seeds' `production-v1.2.3-<sha>-<ts>` pattern. */
export const DEFAULT_TAG_TEMPLATE = '{env}-v{version}-{sha}-{ts}'

/** Values a tag template can hold. */
export interface TagFields {
  /** Environment name, e.g. `staging`. */
  env?: string
  /** Semantic version without a leading `v`, e.g. `1.2.3` or `1.3.0-rc.1`. */
  version?: string
  /** Abbreviated source commit, e.g. `abc1234`. */
  sha?: string
  /** Build time in Unix seconds; travels with the digest from tag to tag. */
  ts?: string
  /** Promotion time in Unix seconds; new at every promotion. */
  now?: string
}

type Field = keyof TagFields

// Each placeholder's grammar, chosen so a parse of the default template is unambiguous:
// a pre-release may hold '-', but a sha is hex and a timestamp all digits.
const FIELD_PATTERNS: Record<Field, string> = {
  env: '[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*?',
  version: '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+?)?',
  sha: '[0-9a-f]{7,40}',
  ts: '\\d{9,11}',
  now: '\\d{9,11}'
}

/** A refusal to use a tag template or tag; names the input it came from. */
export class TagTemplateError extends PromoteError {}

/** A parsed template: its literal parts and placeholders in order. */
export interface TagTemplate {
  source: string
  parts: Array<{ literal: string } | { field: Field }>
}

/** Parses `{env}-v{version}-{sha}-{ts}`-style templates; unknown placeholders are refused. */
export function parseTemplate(template: string, input = 'tag-template'): TagTemplate {
  const parts: TagTemplate['parts'] = []
  const re = /\{([^{}]*)\}/g
  let last = 0
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ literal: template.slice(last, m.index) })
    const name = m[1] ?? ''
    if (!(name in FIELD_PATTERNS)) {
      throw new TagTemplateError(
        `input '${input}': unknown placeholder {${name}} in ${echo(template)}; use {env}, {version}, {sha}, {ts} or {now}`,
        2
      )
    }
    parts.push({ field: name as Field })
    last = re.lastIndex
  }
  if (last < template.length) parts.push({ literal: template.slice(last) })
  if (/[{}]/.test(parts.map(p => ('literal' in p ? p.literal : '')).join(''))) {
    throw new TagTemplateError(`input '${input}': unbalanced brace in ${echo(template)}`, 2)
  }
  return { source: template, parts }
}

/** Renders a template; every placeholder it uses must have a value. */
export function renderTag(
  template: TagTemplate,
  fields: TagFields,
  input = 'tag-template'
): string {
  const out = template.parts
    .map(p => {
      if ('literal' in p) return p.literal
      const value = fields[p.field]
      if (value === undefined || value === '') {
        throw new TagTemplateError(
          `input '${input}': template ${echo(template.source)} needs {${p.field}}, which has no value; ${FIELD_HINTS[p.field]}`,
          2
        )
      }
      return value
    })
    .join('')
  if (!isValidTag(out)) {
    throw new TagTemplateError(
      `input '${input}': template ${echo(template.source)} renders ${echo(out)}, which is not a valid tag`,
      2
    )
  }
  return out
}

const FIELD_HINTS: Record<Field, string> = {
  env: 'set the environment input',
  version: 'set the version input (or run on a v* tag push)',
  sha: 'set source-revision (GITHUB_SHA is used when set)',
  ts: 'set the build time (the source tag supplies it when promoting)',
  now: 'the clock supplies it'
}

/** Reads the fields out of a tag made by `template`; `undefined` if the tag does not fit. */
export function parseTag(template: TagTemplate, tag: string): TagFields | undefined {
  const pattern = template.parts
    .map(p => ('literal' in p ? escape(p.literal) : `(?<${p.field}>${FIELD_PATTERNS[p.field]})`))
    .join('')
  let re: RegExp
  try {
    re = new RegExp(`^${pattern}$`)
  } catch {
    // A template that uses one placeholder twice cannot name two groups alike.
    throw new TagTemplateError(
      `input 'tag-template': ${echo(template.source)} uses a placeholder twice`,
      2
    )
  }
  const m = re.exec(tag)
  return m?.groups ? { ...m.groups } : undefined
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The target environment's tag for a source tag: the same version, revision and
 * build time under the new environment, e.g. `staging-v1.2.3-abc1234-1700000000`
 * becomes `production-v1.2.3-abc1234-1700000000`.
 */
export function deriveTargetTag(
  sourceTag: string,
  toEnv: string,
  opts: { template?: string; sourceTemplate?: string; now: Date }
): string {
  const template = parseTemplate(opts.template ?? DEFAULT_TAG_TEMPLATE)
  const sourceTemplate = parseTemplate(opts.sourceTemplate ?? opts.template ?? DEFAULT_TAG_TEMPLATE)
  const fields = parseTag(sourceTemplate, sourceTag)
  if (!fields) {
    throw new TagTemplateError(
      `source tag ${echo(sourceTag)} does not follow the template ${echo(sourceTemplate.source)}, so no target tag can be derived; ` +
        'give the target tag explicitly or set tag-template'
    )
  }
  return renderTag(template, {
    ...fields,
    env: toEnv,
    now: String(Math.floor(opts.now.getTime() / 1000))
  })
}
