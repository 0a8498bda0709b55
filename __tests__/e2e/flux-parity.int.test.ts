/**
 * Flux parity through the built CLI: set-markers on the marker forms Flux applies (sequence
 * items, head comments, CRLF and BOM files, markers behind large documents), the same markers
 * seen by audit, and an ImagePolicy file's null order.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'

const D = `sha256:${'d'.repeat(64)}`
const M = (setter: string): string => `# {"$imagepolicy": "flux-system:${setter}"}`
const settings = Array.from({ length: 300 }, (_, i) => `  s${i}: "${'y'.repeat(60)}"`)

const FILES: Record<string, string> = {
  // CRLF, a BOM, and the marked Deployment behind a large ConfigMap in the same file.
  'crlf.yaml': [
    '\uFEFFapiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: settings}',
    'data:',
    ...settings,
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: app}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: app`,
    `          image: ghcr.io/acme/app:v1 ${M('app')}`,
    ''
  ].join('\r\n'),
  // A list of image strings in a custom object, one marked on its line, one by a head comment.
  'scanner.yaml': [
    'apiVersion: example.com/v1',
    'kind: Scanner',
    'metadata: {name: s}',
    'spec:',
    '  images:',
    `    - ghcr.io/acme/app:v1 ${M('app')}`,
    `    ${M('app:tag')}`,
    '    - v1',
    '    - ghcr.io/acme/unrelated:v1',
    ''
  ].join('\n'),
  // The policy has no digest: Flux would write "", this tool leaves the field.
  'digest.yaml': `digest: ${D} ${M('app:digest')}\n`
}

describe('Flux parity through the built CLI', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dp-flux-parity-'))
    await mkdir(path.join(dir, 'apps'))
    for (const [name, text] of Object.entries(FILES)) {
      await writeFile(path.join(dir, 'apps', name), text)
    }
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('set-markers rewrites sequence items, head comments and CRLF files, and keeps a field it cannot fill', async () => {
    const result = await runCli(
      ['set-markers', 'apps', '--policy', 'flux-system:app=ghcr.io/acme/app:v2'],
      { cwd: dir }
    )
    expect(result.exitCode).toBe(0)
    expect(result.stdout.trim().split('\n')).toEqual([
      `apps/crlf.yaml:${settings.length + 14}: flux-system:app: ghcr.io/acme/app:v1 -> ghcr.io/acme/app:v2`,
      'apps/scanner.yaml:6: flux-system:app: ghcr.io/acme/app:v1 -> ghcr.io/acme/app:v2',
      'apps/scanner.yaml:8: flux-system:app:tag: v1 -> v2'
    ])
    expect(result.stderr).toContain(
      "apps/digest.yaml:1: flux-system:app:digest: policy 'flux-system:app' has no digest"
    )
    const crlf = await readFile(path.join(dir, 'apps', 'crlf.yaml'), 'utf8')
    expect(crlf).toBe(FILES['crlf.yaml'].replace('app:v1 #', 'app:v2 #'))
    const scanner = await readFile(path.join(dir, 'apps', 'scanner.yaml'), 'utf8')
    expect(scanner).toContain(`    ${M('app:tag')}\n    - v2\n    - ghcr.io/acme/unrelated:v1\n`)
    expect(await readFile(path.join(dir, 'apps', 'digest.yaml'), 'utf8')).toBe(FILES['digest.yaml'])
  })

  it('audit sees a head-comment marker naming a policy that does not exist', async () => {
    const result = await runCli(['audit', 'apps', '--format', 'json'], { cwd: dir })
    const report = JSON.parse(result.stdout) as {
      findings: { rule: string; file: string; line: number }[]
    }
    const unknown = report.findings.filter(f => f.rule === 'DP007')
    expect(unknown.map(f => `${f.file}:${f.line}`)).toContain('scanner.yaml:8')
  })

  it('select-tag reads an ImagePolicy whose order is null as asc, as the API server defaults it', async () => {
    const policy = [
      'apiVersion: image.toolkit.fluxcd.io/v1',
      'kind: ImagePolicy',
      'metadata: {name: app, namespace: flux-system}',
      'spec:',
      '  imageRepositoryRef: {name: app}',
      '  policy:',
      '    numerical:',
      '      order:',
      ''
    ].join('\n')
    await writeFile(path.join(dir, 'policy.yaml'), policy)
    await writeFile(path.join(dir, 'tags.txt'), '3\n10\n2\n')
    const result = await runCli(
      ['select-tag', '--tags-file', 'tags.txt', '--policy-file', 'policy.yaml'],
      { cwd: dir }
    )
    expect(result).toMatchObject({ exitCode: 0, stdout: '10\n' })
  })
})
