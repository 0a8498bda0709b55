/**
 * The workflows README.md shows, parsed, so tests can hold the documentation to what the
 * product does: every ```yaml block with `jobs:` is a workflow.
 */
import { readFileSync } from 'node:fs'
import YAML from 'yaml'

/** A step of a workflow job. */
export interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

/** A GitHub Actions workflow, as far as the tests read it. */
export interface Workflow {
  name?: string
  on?: unknown
  jobs: Record<string, { steps?: Step[] }>
}

/** One README workflow: where it starts, its file path (from its first comment), and its YAML. */
export interface ReadmeWorkflow {
  /** 1-based line of the opening fence in README.md. */
  line: number
  /** `.github/workflows/<file>.yml` when the block's first line is a `# <path>` comment. */
  file?: string
  workflow: Workflow
}

/** README.md of this repository. */
export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/** Every ```yaml block of the README that is a workflow (has `jobs:`), parsed. */
export function readmeWorkflows(readme = README): ReadmeWorkflow[] {
  const out: ReadmeWorkflow[] = []
  const fence = /^```yaml\n([\s\S]*?)^```$/gm
  for (let m = fence.exec(readme); m; m = fence.exec(readme)) {
    const text = m[1] ?? ''
    if (!/^jobs:/m.test(text)) continue
    const line = readme.slice(0, m.index).split('\n').length
    const file = /^# (\.github\/workflows\/\S+\.ya?ml)\s*$/m.exec(text.split('\n')[0] ?? '')?.[1]
    out.push({ line, ...(file ? { file } : {}), workflow: YAML.parse(text) as Workflow })
  }
  return out
}

/** Steps that run this action: a published `owner/digest-promote@ref`, or `./` (this repository). */
export function actionSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap(job =>
    (job.steps ?? []).filter(
      s =>
        typeof s.uses === 'string' &&
        (/^[^/]+\/digest-promote@\S+$/.test(s.uses) || s.uses === './' || s.uses === '.')
    )
  )
}
