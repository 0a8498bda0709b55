import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { REPO_ROOT } from './harness/node24.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const workflow = YAML.parse(
  readFileSync(`${REPO_ROOT}/.github/workflows/release.yml`, 'utf8')
) as Workflow
const jobs = Object.entries(workflow.jobs)
const needs = (job: Job): string[] => [job.needs ?? []].flat()

/** The job with a step whose `run` matches `command`. */
function jobRunning(command: RegExp): [string, Job, Step] {
  for (const [name, job] of jobs) {
    const step = job.steps.find(s => command.test(s.run ?? ''))
    if (step) return [name, job, step]
  }
  throw new Error(`release.yml has no step running ${String(command)}`)
}

describe('the release workflow', () => {
  it('runs when a release is published, with read-only permissions by default', () => {
    expect(workflow.on).toEqual({ release: { types: ['published'] } })
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it('publishes the CLI to npm with provenance, an id-token and the npm token from a secret', () => {
    const [, job, step] = jobRunning(/\bnpm publish\b/)
    expect(step.run?.trim()).toBe('npm publish --provenance --access public')
    expect(step.env?.NODE_AUTH_TOKEN).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/)
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    const node = job.steps.find(s => s.uses?.startsWith('actions/setup-node@'))
    expect(node?.with?.['registry-url']).toBe('https://registry.npmjs.org')
  })

  it("names the repository in package.json, which npm's provenance check requires", () => {
    const pkg = JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, 'utf8')) as {
      repository?: { url?: string }
    }
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/digest-promote\.git$/)
  })

  it('publishes only after checking that dist/ is what the sources build', () => {
    const [publisher, job] = jobRunning(/\bnpm publish\b/)
    const [checker, check] = jobRunning(/^npm run package$/)
    expect(checker).not.toBe(publisher)
    expect(needs(job)).toContain(checker)
    const build = check.steps.findIndex(s => s.run === 'npm run package')
    expect(
      check.steps.slice(build + 1).some(s => /git (status|diff)[^\n]*dist\//.test(s.run ?? ''))
    ).toBe(true)
  })

  it('moves the major tag after publishing, the only job that may write contents', () => {
    const [publisher] = jobRunning(/\bnpm publish\b/)
    const [mover, job] = jobRunning(/git push origin "refs\/tags\/\$major" --force/)
    expect(needs(job)).toContain(publisher)
    for (const [name, other] of jobs) {
      expect(other.permissions?.contents ?? 'read', name).toBe(name === mover ? 'write' : 'read')
    }
  })
})
