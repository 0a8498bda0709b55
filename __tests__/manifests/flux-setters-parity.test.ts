/**
 * Flux parity for setter markers: each row names the Go whose behaviour it pins down, read at
 * - fluxcd/image-automation-controller d36e2ea07a3973a0e8ace7678d933a89b76f9dda
 * - kubernetes-sigs/kustomize kyaml/v0.21.1 (798d339d1049c82ba4a286f33f7165ecca1dfe6f), the
 *   kyaml that image-automation-controller's go.mod pins
 * - yaml/go-yaml v3.0.3 (go.yaml.in/yaml/v3, kyaml's YAML parser), whose node_test.go shows
 *   where comments attach, and go-yaml/yaml v3 f6f7691 (node_test.go flow sequence cases;
 *   parserc.go and scannerc.go for a value below its key, which node_test.go has no case for)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scanDirectory, setMarkers, type PolicyValue } from '../../src/manifests/setters.js'

const IAC = 'image-automation-controller@d36e2ea'
const ACCEPT = `${IAC} internal/update/filter.go accept (SequenceNode: VisitElements)`
const READ = 'kyaml/v0.21.1 fieldmeta/fieldmeta.go (*FieldMeta).Read'
const SHORTHAND = 'kyaml/v0.21.1 fieldmeta/fieldmeta.go (*FieldMeta).processShortHand'
const GOYAML = 'go-yaml v3.0.3 node_test.go (HeadComment of a sequence item)'
const SETTERS = `${IAC} internal/update/setters.go UpdateWithSetters`
const SCREEN = `${IAC} internal/update/filereader.go (*ScreeningLocalReader).Read`
// go-yaml's node_test.go cases for flow sequences, read at go-yaml/yaml v3 f6f7691.
const FLOW = 'go-yaml v3 node_test.go (flow sequence comments)'
// go-yaml's parserc.go yaml_parser_parse_block_mapping_value hands the value to
// yaml_parser_parse_node, which gives the scalar the head comment its token unfolded
// (yaml_parser_unfold_comments; scannerc.go yaml_parser_scan_comments marks a comment line
// as the head of the token after it).
const MAP_VALUE = `${READ} + go-yaml v3 parserc.go yaml_parser_parse_block_mapping_value`

const D = `sha256:${'c'.repeat(64)}`
const policies = new Map<string, PolicyValue>([
  ['flux-system:app', { name: 'ghcr.io/acme/app', tag: 'v2', digest: D }],
  ['flux-system:tagged', { name: 'ghcr.io/acme/app', tag: 'v2' }]
])
const M = (setter: string): string => `# {"$imagepolicy": "flux-system:${setter}"}`
const run = (source: string) => setMarkers(source, policies, { file: 'f.yaml' })

describe('setter markers on scalar items of a sequence', () => {
  it.each([
    [
      ACCEPT,
      'a list of image strings in a custom object',
      `kind: Scanner\nspec:\n  images:\n    - ghcr.io/acme/app:v1 ${M('app')}\n    - ghcr.io/acme/other:v1\n`,
      `    - ghcr.io/acme/app:v2@${D} ${M('app')}\n    - ghcr.io/acme/other:v1\n`
    ],
    [
      ACCEPT,
      'a container argument',
      `args:\n  - --image\n  - "ghcr.io/acme/app:v1" ${M('app:tag')}\n`,
      `  - "v2" ${M('app:tag')}\n`
    ],
    [
      `${READ} + ${GOYAML}`,
      'a head comment above the item',
      `spec:\n  images:\n    ${M('app:tag')}\n    - v1\n    - v0\n`,
      `    ${M('app:tag')}\n    - v2\n    - v0\n`
    ],
    [
      `${READ} + ${GOYAML}`,
      'a head comment above an item after another item',
      `images:\n  - v0 # plain\n  ${M('app:tag')}\n  - v1\n`,
      `  - v0 # plain\n  ${M('app:tag')}\n  - v2\n`
    ],
    [
      `${READ} + ${GOYAML}`,
      'a head comment in CRLF text after a byte-order mark',
      `\uFEFF${M('app:name')}\r\n- x\r\n`,
      `${M('app:name')}\r\n- ghcr.io/acme/app\r\n`
    ]
  ])('%s: %s', (_source, _what, source, expected) => {
    const result = run(source)
    expect(result.content).toContain(expected)
    expect(result.changes).toHaveLength(1)
  })

  it.each([
    // Read returns after the first non-empty comment: a line comment hides the head comment.
    [READ, 'a plain line comment on the item', `images:\n  ${M('app:tag')}\n  - v1 # note\n`],
    // go-yaml joins contiguous comment lines into one head comment, which is not JSON.
    [`${SHORTHAND} + ${GOYAML}`, 'two comment lines', `l:\n  # note\n  ${M('app:tag')}\n  - v1\n`],
    // A mapping's head comment belongs to its key; Read looks at the value node.
    [READ, 'a head comment above a key', `${M('app:tag')}\ntag: v1\n`],
    [READ, 'a head comment above an item that is a mapping', `${M('app:tag')}\n- tag: v1\n`],
    // A blank line makes it the previous item's foot comment.
    [GOYAML, 'a comment and a blank line', `- v0\n${M('app:tag')}\n\n- v1\n`]
  ])('%s: ignores %s', (_source, _what, source) => {
    expect(run(source)).toMatchObject({ content: source, changes: [] })
  })
})

describe('setter markers in flow sequences and above mapping values', () => {
  it.each([
    [
      `${READ} + ${FLOW}`,
      'a line comment after an item and its comma, in a flow sequence over several lines',
      `images: [\n  ghcr.io/acme/app:v1, ${M('app')}\n  other\n]\n`,
      `  ghcr.io/acme/app:v2@${D}, ${M('app')}\n  other\n`
    ],
    [
      `${READ} + ${FLOW}`,
      'a line comment after the last item of a flow sequence',
      `images: [\n  other,\n  v1 ${M('app:tag')}\n]\n`,
      `  other,\n  v2 ${M('app:tag')}\n]\n`
    ],
    [
      `${READ} + ${FLOW}`,
      'a head comment above an item of a flow sequence',
      `kb: [\n  ${M('app:tag')}\n  v1,\n  v0\n]\n`,
      `  ${M('app:tag')}\n  v2,\n  v0\n`
    ],
    [
      `${READ} + ${FLOW}`,
      'a head comment above a later item of a flow sequence, after a blank line',
      `kb: [\n  v0,\n\n  ${M('app:tag')}\n  "v1"\n]\n`,
      `  v0,\n\n  ${M('app:tag')}\n  "v2"\n`
    ],
    [
      MAP_VALUE,
      'a head comment between a key and its value on the next line',
      `spec:\n  image:\n    ${M('app')}\n    ghcr.io/acme/app:v1\n`,
      `    ${M('app')}\n    ghcr.io/acme/app:v2@${D}\n`
    ]
  ])('%s: %s', (_source, _what, source, expected) => {
    const result = run(source)
    expect(result.content).toContain(expected)
    expect(result.changes).toHaveLength(1)
  })

  it.each([
    // The line comment of a one-line flow sequence belongs to the sequence, not to an item.
    [FLOW, 'a line comment after a one-line flow sequence', `images: [v0, v1] ${M('app:tag')}\n`],
    [FLOW, 'a line comment after a one-line flow sequence item', `- [v1] ${M('app:tag')}\n`],
    // Two comment lines are one head comment, which is not JSON.
    [
      `${SHORTHAND} + ${FLOW}`,
      'two comment lines above a flow item',
      `l: [\n  # note\n  ${M('app:tag')}\n  v1\n]\n`
    ],
    [
      `${SHORTHAND} + ${MAP_VALUE}`,
      'two comment lines above a mapping value',
      `tag:\n  # note\n  ${M('app:tag')}\n  v1\n`
    ],
    // A comment after the colon is the key's line comment.
    [READ, 'a comment after the key, its value on the next line', `tag: ${M('app:tag')}\n  v1\n`],
    // A line comment on the value hides the head comment.
    [READ, 'a plain line comment on the value', `tag:\n  ${M('app:tag')}\n  v1 # note\n`]
  ])('%s: ignores %s', (_source, _what, source) => {
    expect(run(source)).toMatchObject({ content: source, changes: [] })
  })
})

describe('a :digest marker whose policy carries no digest', () => {
  it(`${SETTERS}: Flux writes "" there; this tool leaves the field and says why`, () => {
    const source = `digest: ${D} ${M('tagged:digest')}\ntag: v1 ${M('tagged:tag')}\n`
    const result = run(source)
    expect(result.content).toBe(source.replace('tag: v1', 'tag: v2'))
    expect(result.skipped).toEqual([
      {
        line: 1,
        marker: 'flux-system:tagged:digest',
        reason: "policy 'flux-system:tagged' has no digest"
      }
    ])
  })
})

describe('the screen never skips a file or document Flux would rewrite', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'dp-screen-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const settings = Array.from({ length: 400 }, (_, i) => `  s${i}: "${'x'.repeat(60)}"`).join('\n')
  it.each([
    [SCREEN, 'CRLF line ends and a BOM', `\uFEFFkind: A\r\nimage: x ${M('app')}\r\n`],
    [
      SCREEN,
      'a compact (flow-style) JSON marker',
      `image: x #{"$imagepolicy":"flux-system:app"}\n`
    ],
    [
      SCREEN,
      'a marker in the last document after a large one',
      `kind: ConfigMap\ndata:\n${settings}\n---\nimage: x ${M('app')}\n`
    ],
    [
      // Flux screens the whole file for the token, then reads every document of it.
      `${SCREEN} + ${SHORTHAND}`,
      'a JSON-escaped marker in a document without the token',
      `a: 1 ${M('nothere')}\n---\nimage: x # {"\\u0024imagepolicy": "flux-system:app"}\n`
    ],
    [SCREEN, 'a head-comment marker in CRLF text', `images:\r\n  ${M('app')}\r\n  - x\r\n`]
  ])('%s: %s', async (_source, _what, text) => {
    await mkdir(join(root, 'apps'))
    await writeFile(join(root, 'apps', 'f.yaml'), text)
    const result = await scanDirectory(root, 'apps', policies)
    expect(result.errors).toEqual([])
    expect(result.files.map(f => f.path)).toEqual(['apps/f.yaml'])
    expect(result.files[0].content).toContain(`ghcr.io/acme/app:v2@${D}`)
    const line = text.split('\n').findIndex(l => l.includes('image: x') || l.endsWith('- x\r'))
    expect(result.files[0].changes[0].line).toBe(line + 1)
  })

  it(`${SCREEN}: skips a file without the token, even with an escaped marker`, async () => {
    const text = 'image: x # {"\\u0024imagepolicy": "flux-system:app"}\n'
    await writeFile(join(root, 'f.yaml'), text)
    expect((await scanDirectory(root, '.', policies)).files).toEqual([])
  })
})
