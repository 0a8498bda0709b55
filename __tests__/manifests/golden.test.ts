import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseImageArg, setImages, type ImageChange } from '../../src/manifests/kustomize-images.js'
import { scanDirectory, type PolicyValue } from '../../src/manifests/setters.js'

// Each testdata/<case> holds original/ and expected/ trees, an edit.json naming the edit and
// the structured result it must report, and a README line naming the bug the case proves.
const TESTDATA = join(import.meta.dirname, '..', '..', 'testdata')
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization'])

interface SetImageCase {
  kind: 'set-image'
  args: string[]
  expect: { changes: ImageChange[] }
}

interface SetMarkersCase {
  kind: 'set-markers'
  policies: Record<string, PolicyValue>
  expect: Omit<Awaited<ReturnType<typeof scanDirectory>>, 'files'> & {
    changes: unknown[]
  }
}

type Case = SetImageCase | SetMarkersCase

/** Every file under `dir` as raw bytes, keyed by `/`-separated relative path. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path))
    }
  }
  walk(dir)
  return files
}

function applySetImage(spec: SetImageCase, tree: Map<string, Buffer>) {
  const edits = spec.args.map(parseImageArg)
  const output = new Map(tree)
  const changes: ImageChange[] = []
  for (const [path, bytes] of tree) {
    if (!KUSTOMIZATION_FILES.has(basename(path))) continue
    const result = setImages(bytes.toString('utf8'), edits, { file: path })
    output.set(path, Buffer.from(result.content, 'utf8'))
    changes.push(...result.changes)
  }
  return { output, report: { changes } }
}

async function applySetMarkers(spec: SetMarkersCase, dir: string, tree: Map<string, Buffer>) {
  const policies = new Map(Object.entries(spec.policies))
  const { files, ...rest } = await scanDirectory(dir, dir, policies)
  const output = new Map(tree)
  for (const file of files) output.set(file.path, Buffer.from(file.content, 'utf8'))
  return { output, report: { changes: files.flatMap(file => file.changes), ...rest } }
}

// testdata/audit holds the audit command's fixture repositories, not edit cases.
const cases = readdirSync(TESTDATA).filter(
  name => name !== 'audit' && statSync(join(TESTDATA, name)).isDirectory()
)

describe('golden manifests', () => {
  it('has at least 12 cases, each with a README naming its bug', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
    for (const name of cases) {
      expect(readFileSync(join(TESTDATA, name, 'README'), 'utf8').trim()).not.toBe('')
    }
  })

  it.each(cases)('%s', async name => {
    const caseDir = join(TESTDATA, name)
    const spec = JSON.parse(readFileSync(join(caseDir, 'edit.json'), 'utf8')) as Case
    const originalDir = join(caseDir, 'original')
    const original = readTree(originalDir)
    const { output, report } =
      spec.kind === 'set-image'
        ? applySetImage(spec, original)
        : await applySetMarkers(spec, originalDir, original)
    const expected = readTree(join(caseDir, 'expected'))
    expect([...output.keys()]).toEqual([...expected.keys()])
    for (const [path, bytes] of expected) {
      // Compared as text for a readable diff, then as bytes so CR, BOM and encoding count too.
      expect(output.get(path)?.toString('utf8'), path).toBe(bytes.toString('utf8'))
      expect(output.get(path)?.equals(bytes), path).toBe(true)
    }
    expect(report).toEqual(spec.expect)
  })
})
