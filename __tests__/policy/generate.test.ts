import { describe, expect, it } from 'vitest'
import { selectTag } from '../../src/policy/select.js'
import { generateTags } from './generate-tags.js'

// Correctness over a registry-sized list, checked against simple independent oracles.
// No timing assertions: the benchmark reuses generateTags for that.
const tags = generateTags(100_000, 42)

describe('selectTag over 100,000 generated tags', () => {
  it('generates distinct tags deterministically', () => {
    expect(new Set(tags).size).toBe(100_000)
    expect(generateTags(50, 42)).toEqual(generateTags(50, 42))
    expect(generateTags(50, 7)).not.toEqual(generateTags(50, 42))
  })

  it('numerical over an extracted timestamp', () => {
    const develop = tags.filter(t => /^develop-v.*-[0-9]+$/.test(t))
    const ts = (t: string): number => Number(t.slice(t.lastIndexOf('-') + 1))
    const top = Math.max(...develop.map(ts))
    // Tags sharing the top timestamp collapse to one value; Flux keeps the one it stores last.
    const expected = develop.filter(t => ts(t) === top).sort()[0]
    const s = selectTag(tags, {
      numerical: { order: 'asc' },
      filterTags: { pattern: '^develop-v.*-(?P<ts>[0-9]+)$', extract: '$ts' }
    })
    expect(s.tag).toBe(expected)
    expect(s.considered).toBe(new Set(develop.map(ts)).size)
    expect(s.verdicts).toHaveLength(100_000)
  })

  it('semver range without pre-releases', () => {
    const releases = tags
      .map(t => ({ t, m: /^v?(\d+)\.(\d+)\.(\d+)$/.exec(t) }))
      .filter(({ m }) => m && m[1] === '1' && Number(m[2]) >= 2)
      .map(({ t, m }) => ({ t, key: Number(m![2]) * 1000 + Number(m![3]) }))
    const best = Math.max(...releases.map(r => r.key))
    // Among equal versions (1.4.2 and v1.4.2) Flux keeps the byte-wise greater tag.
    const expected = releases
      .filter(r => r.key === best)
      .map(r => r.t)
      .sort()
      .pop()
    const s = selectTag(tags, { semver: { range: '>=1.2.0 <2.0.0' } })
    expect(s.tag).toBe(expected)
    const pre = s.verdicts.filter(v => v.reason === 'pre-release excluded by range')
    expect(pre.length).toBeGreaterThan(0)
    expect(pre.every(v => v.tag.includes('-rc.'))).toBe(true)
  })

  it('alphabetical over extracted RFC3339 timestamps, both orders', () => {
    const stamped = tags.filter(t => t.startsWith('RELEASE.')).sort()
    const filterTags = { pattern: '^RELEASE\\.(?P<ts>.*)Z$', extract: '$ts' }
    expect(selectTag(tags, { alphabetical: { order: 'asc' }, filterTags }).tag).toBe(stamped.at(-1))
    expect(selectTag(tags, { alphabetical: { order: 'desc' }, filterTags }).tag).toBe(stamped[0])
  })

  it('numerical without a filter fails on the first non-numeric tag', () => {
    const s = selectTag(tags, { numerical: {} })
    expect(s.tag).toBeUndefined()
    expect(s.reason).toMatch(/^numerical policy failed: '.+' is not a number/)
  })
})
