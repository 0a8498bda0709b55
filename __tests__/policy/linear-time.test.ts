import { describe, expect, it } from 'vitest'
import { selectTag } from '../../src/policy/select.js'
import { generateTags } from './generate-tags.js'

// A nested quantifier that makes a backtracking engine take exponential time on a tag
// that almost matches. Go's regexp (and so Flux) is linear; so must we be. No timing
// assertion: the test timeout is the guard.
const CATASTROPHIC = {
  numerical: { order: 'asc' as const },
  filterTags: { pattern: '^main-([a-z0-9]+-?)+-(?P<ts>[0-9]+)$', extract: '$ts' }
}

describe('filterTags.pattern runs in linear time', () => {
  it('rejects a 41-character near miss', () => {
    const nearMiss = `main-${'a'.repeat(36)}`
    expect(nearMiss).toHaveLength(41)
    const s = selectTag([nearMiss, 'main-abc-12'], CATASTROPHIC)
    expect(s.tag).toBe('main-abc-12')
    expect(s.considered).toBe(1)
  })

  it('handles 10,000-character tags, matching and not', () => {
    const miss = `main-${'ab-'.repeat(3333)}x!`
    const hit = `main-${'ab-'.repeat(3333)}-1700000000`
    expect(miss.length).toBeGreaterThan(10_000)
    const s = selectTag([miss, hit, 'main-abc-12'], { ...CATASTROPHIC, explain: true } as never)
    expect(s.tag).toBe(hit)
    expect(s.verdicts.find(v => v.tag === miss)?.reason).toBe('filtered out by pattern')
  })

  it('filters 100,000 generated tags plus near misses', () => {
    const tags = [
      ...generateTags(100_000, 7),
      ...Array.from({ length: 50 }, (_, i) => `main-${'a'.repeat(30 + i)}`)
    ]
    const s = selectTag(tags, CATASTROPHIC)
    // generateTags makes main-<hex7> tags, which have no `-<digits>` suffix.
    expect(s.tag).toBeUndefined()
    expect(s.reason).toMatch(/^no tag matched the filter/)
  })
})
