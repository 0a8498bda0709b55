import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { documentSlices } from '../../src/manifests/yaml-documents.js'

const all = (): boolean => true
const texts = (stream: string, keep: (t: string) => boolean = all): string[] =>
  documentSlices(stream, keep).map(s => s.text)

describe('documentSlices', () => {
  it('cuts at --- lines and keeps the text before the first one', () => {
    const stream = '# head\na: 1\n---\nb: 2\n--- # c\nc: 3\n'
    expect(documentSlices(stream, all)).toEqual([
      { start: 0, text: '# head\na: 1\n', linesBefore: 0 },
      { start: 12, text: '---\nb: 2\n', linesBefore: 2 },
      { start: 21, text: '--- # c\nc: 3\n', linesBefore: 4 }
    ])
  })

  it('parses to the same documents as the whole stream', () => {
    const stream =
      'a: 1\n---\nb: |\n  text\n  --- indented\n---\nc: [1,\n  2]\n...\n# after the end\nd: 4\n'
    const whole = parseAllDocuments(stream).map(d => d.toJS() as unknown)
    const parts = texts(stream).flatMap(t => parseAllDocuments(t).map(d => d.toJS() as unknown))
    expect(parts).toEqual(whole)
    expect(whole).toEqual([{ a: 1 }, { b: 'text\n--- indented\n' }, { c: [1, 2] }, { d: 4 }])
  })

  it('ends a document at a --- line inside a block scalar, as YAML does', () => {
    const stream = 'a: |\n  x\n---\nb: 2\n'
    expect(texts(stream)).toEqual(['a: |\n  x\n', '---\nb: 2\n'])
    expect(parseAllDocuments(stream).map(d => d.toJS() as unknown)).toEqual([
      { a: 'x\n' },
      { b: 2 }
    ])
  })

  it('cuts only at a --- that starts a YAML line (not after U+2028, which YAML does not break at)', () => {
    expect(texts('a: "x\u2028--- y"\n---\nb: 2\n')).toEqual(['a: "x\u2028--- y"\n', '---\nb: 2\n'])
    expect(texts('\uFEFF---\na: 1\n---\nb: 2\n')).toEqual(['\uFEFF---\na: 1\n', '---\nb: 2\n'])
  })

  it('does not cut at ---word, a --- that does not start the line, or CRLF lines wrongly', () => {
    expect(texts('a: ---x\n---x: 1\n')).toEqual(['a: ---x\n---x: 1\n'])
    expect(texts('a: 1\r\n---\r\nb: 2\r\n')).toEqual(['a: 1\r\n', '---\r\nb: 2\r\n'])
  })

  it('keeps only the documents that pass, counting the lines of those it skips', () => {
    const stream = 'kind: A\n---\nkind: B\nx: 1\n---\nkind: A\n'
    expect(documentSlices(stream, t => t.includes('A'))).toEqual([
      { start: 0, text: 'kind: A\n', linesBefore: 0 },
      { start: 25, text: '---\nkind: A\n', linesBefore: 4 }
    ])
  })

  it.each([
    ['a directive', '%YAML 1.2\n---\na: 1\n---\nb: 2\n'],
    ['a directive after a byte-order mark', '\uFEFF%YAML 1.2\n---\na: 1\n'],
    ['a lone CR line break', 'a: 1\r---\rb: 2\r']
  ])('takes the whole stream as one slice with %s', (_, stream) => {
    expect(documentSlices(stream, all)).toEqual([{ start: 0, text: stream, linesBefore: 0 }])
    expect(documentSlices(stream, () => false)).toEqual([])
  })
})
