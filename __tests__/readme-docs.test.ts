import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { parseConfig } from '../src/config/promotion-config.js'
import { README, readmeWorkflows, type Step } from './harness/readme.js'
import { REPO_ROOT } from './harness/node24.js'

/** Every ```yaml block of the README, with the 1-based line of its fence. */
function yamlBlocks(): Array<{ line: number; text: string }> {
  const fence = /^```yaml\n([\s\S]*?)^```$/gm
  return [...README.matchAll(fence)].map(m => ({
    line: README.slice(0, m.index).split('\n').length,
    text: m[1] ?? ''
  }))
}

/** The README section under `## <title>`, up to the next `## `. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`)
  expect(start, `README.md has no section '## ${title}'`).toBeGreaterThan(0)
  const rest = README.slice(start + 1)
  const next = rest.indexOf('\n## ')
  return next < 0 ? rest : rest.slice(0, next)
}

describe('README promotion.yaml examples', () => {
  const examples = yamlBlocks().filter(
    b => /^environments:/m.test(b.text) && !/^jobs:/m.test(b.text)
  )

  it('exist', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  it.each(examples.map(e => [e.line, e.text] as const))(
    'the example at line %i names the schema for the YAML language server and follows it',
    (_, text) => {
      const first = text.split('\n')[0] ?? ''
      const url = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1]
      expect(url, `first line: ${first}`).toBeDefined()
      const file = /^https:\/\/raw\.githubusercontent\.com\/acme\/digest-promote\/v1\/(.+)$/.exec(
        url!
      )?.[1]
      expect(file).toBe('schemas/promotion.schema.json')
      expect(existsSync(`${REPO_ROOT}/${file}`)).toBe(true)
      expect(() => parseConfig(text)).not.toThrow()
    }
  )
})

describe('README: GitOps repository in another repo or org', () => {
  const text = section('GitOps repository in another repo or org')
  const workflows = readmeWorkflows(text)

  it('mints the GitOps token with actions/create-github-app-token, for one repository and two permissions', () => {
    expect(workflows).toHaveLength(1)
    const { workflow } = workflows[0]
    const steps: Step[] = Object.values(workflow.jobs).flatMap(j => j.steps ?? [])
    const app = steps.find(s => s.uses?.startsWith('actions/create-github-app-token@'))
    expect(app).toBeDefined()
    const { 'client-id': id, 'private-key': key, ...scope } = app!.with ?? {}
    expect(id).toMatch(/^\$\{\{ vars\./)
    expect(key).toMatch(/^\$\{\{ secrets\./)
    expect(scope).toEqual({
      owner: 'acme-platform',
      repositories: 'gitops',
      'permission-contents': 'write',
      'permission-pull-requests': 'write'
    })
    const promote = steps.find(s => s.uses?.startsWith('acme/digest-promote/'))
    expect(promote?.with?.['gitops-token']).toBe(`\${{ steps.${app!.id}.outputs.token }}`)
    expect(promote?.with?.['gitops-repository']).toBe('acme-platform/gitops')
  })

  it("keeps the workflow's own token to least privilege, with one concurrency group per environment", () => {
    const workflow = YAML.parse(/```yaml\n([\s\S]*?)```/.exec(text)![1]) as {
      permissions: Record<string, string>
      concurrency: { group: string }
    }
    expect(workflow.permissions).toEqual({ contents: 'read', packages: 'write' })
    expect(workflow.concurrency.group).toContain('${{ inputs.to }}')
  })
})

describe('README workflows', () => {
  const workflows = yamlBlocks()
    .filter(b => /^jobs:/m.test(b.text))
    .map(b => ({ line: b.line, doc: YAML.parse(b.text) as Record<string, unknown> }))

  it('exist', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8)
  })

  it.each(workflows.map(w => [w.line, w.doc] as const))(
    'the workflow at line %i declares its permissions and a digest-promote concurrency group',
    (_, doc) => {
      expect(doc.permissions, 'least-privilege permissions: block').toBeTypeOf('object')
      const jobs = Object.values(doc.jobs as Record<string, Record<string, unknown>>)
      const groups = [doc.concurrency, ...jobs.map(j => j.concurrency)]
        .filter((c): c is { group: string } => typeof c === 'object' && c !== null)
        .map(c => c.group)
      expect(groups.length, 'a concurrency: group at the workflow or job level').toBeGreaterThan(0)
      for (const group of groups) expect(group).toMatch(/^digest-promote-/)
    }
  )
})
