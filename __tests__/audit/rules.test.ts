import { describe, expect, it } from 'vitest'
import {
  admitsPrereleases,
  canSelectLatest,
  isAnchored,
  isUnboundedRange
} from '../../src/audit/policy-checks.js'
import { globToRegExp, parseProtectedGlobs, protectionFor } from '../../src/audit/protection.js'
import { RULES } from '../../src/audit/rules.js'
import type { PromotionConfig } from '../../src/config/promotion-config.js'

describe('semver range checks', () => {
  it.each([
    ['*', true],
    ['x', true],
    ['>=1.0.0', true],
    ['>1', true],
    ['>=1.0.0 !=1.5.0', true],
    ['~0.0.0', true],
    ['>=1.0.0 <2.0.0 || >=3.0.0', true],
    ['>=1.0.0 <2.0.0', false],
    ['1.x', false],
    ['~1.4', false],
    ['^1.2.3', false],
    ['<=2', false],
    ['1.2.3', false],
    ['1.0.0 - 1.9.0', false]
  ])('%s unbounded: %s', (range, unbounded) => {
    expect(isUnboundedRange(range)).toBe(unbounded)
  })

  it.each([
    ['>=1.0.0-0 <2.0.0', true],
    ['>=1.0.0 <2.0.0 || 3.0.0-rc.1', true],
    ['>=1.0.0 <2.0.0', false],
    ['*', false]
  ])('%s admits pre-releases: %s', (range, admits) => {
    expect(admitsPrereleases(range)).toBe(admits)
  })
})

describe('canSelectLatest', () => {
  it.each([
    [{ alphabetical: { order: 'asc' as const } }, true],
    [{ alphabetical: {}, filterTags: { pattern: '^l' } }, true],
    [{ alphabetical: {}, filterTags: { pattern: '^v[0-9.]+$' } }, false],
    [{ numerical: {} }, false],
    [{ semver: { range: '*' } }, false]
  ])('%j: %s', (spec, expected) => {
    expect(canSelectLatest(spec)).toBe(expected)
  })
})

describe('isAnchored', () => {
  it.each([
    ['^v[0-9]+$', true],
    ['\\Av[0-9]+\\z', true],
    ['(?i)^main-[a-f0-9]+$', true],
    ['^a$|^b$', true],
    ['^(a|b)$', true],
    ['^[|]$', true],
    ['^a\\|b$', true],
    ['v[0-9]+', false],
    ['^v[0-9]+', false],
    ['v[0-9]+$', false],
    ['^a$|b', false],
    ['^a\\$', false],
    ['^a\\\\$', true],
    ['', false]
  ])('%s: %s', (pattern, anchored) => {
    expect(isAnchored(pattern)).toBe(anchored)
  })
})

describe('protection', () => {
  it.each([
    ['clusters/production/**', 'clusters/production/app.yaml', true],
    ['clusters/production/**', 'clusters/production-eu/app.yaml', false],
    ['clusters/*/prod/**', 'clusters/eu/prod/a/b.yaml', true],
    ['**/prod/**', 'x/y/prod/app.yaml', true],
    ['**/prod/**', 'prod/app.yaml', true],
    ['app-?.yaml', 'app-1.yaml', true],
    ['app-?.yaml', 'app-10.yaml', false],
    ['a.b/*.yaml', 'axb/c.yaml', false]
  ])('%s matches %s: %s', (glob, file, matches) => {
    expect(globToRegExp(glob).test(file)).toBe(matches)
  })

  it('treats a glob naming a directory as everything under it', () => {
    const p = protectionFor(parseProtectedGlobs(['./envs/live/']), undefined, 'promotion.yaml')
    expect(p.reasonFor('envs/live/eu/app.yaml')).toBe("protected path 'envs/live'")
    expect(p.reasonFor('envs/livestock/app.yaml')).toBeUndefined()
  })

  it('protects the paths of protected environments in promotion.yaml, and nothing else', () => {
    const config = {
      environments: [
        { name: 'dev', path: 'prod-like-but-dev' },
        { name: 'production', path: './clusters/production/', protected: true }
      ]
    }
    const p = protectionFor([], config, 'promotion.yaml')
    expect(p.reasonFor('clusters/production/a.yaml')).toBe("protected environment 'production'")
    expect(p.reasonFor('clusters/production-eu/a.yaml')).toBeUndefined()
    expect(p.reasonFor('prod-like-but-dev/prod/a.yaml')).toBeUndefined()
  })

  it('lists a protected alias environment without a path and protects no directory for it', () => {
    const config = {
      environments: [
        { name: 'staging', path: 'clusters/staging' },
        {
          name: 'production',
          alias: { repository: 'ghcr.io/acme/app-manifests', tag: 'production' },
          protected: true
        }
      ]
    } as unknown as PromotionConfig
    const p = protectionFor([], config, 'promotion.yaml')
    expect(p.description).toBe(
      'protected environments from promotion.yaml: production (alias ghcr.io/acme/app-manifests:production)'
    )
    expect(p.reasonFor('clusters/staging/a.yaml')).toBeUndefined()
    expect(p.reasonFor('a.yaml')).toBeUndefined()
  })

  it('falls back to prod and production words in directory names', () => {
    const p = protectionFor([], undefined, 'promotion.yaml')
    expect(p.source).toBe('directory names')
    for (const yes of ['prod/a.yaml', 'x/Production/a.yaml', 'eu.prod/a.yaml', 'prod_us/a.yaml']) {
      expect(p.reasonFor(yes), yes).toBeDefined()
    }
    for (const no of ['products/a.yaml', 'preprod/a.yaml', 'prod.yaml', 'reproduction/a.yaml']) {
      expect(p.reasonFor(no), no).toBeUndefined()
    }
  })
})

describe('rule table', () => {
  it('has thirteen rules DP000 to DP012, each with a summary, a fix and help', () => {
    expect(RULES.map(r => r.id)).toEqual(
      [...Array(13).keys()].map(i => `DP${String(i).padStart(3, '0')}`)
    )
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)+$/)
      expect(r.summary).toMatch(/\.$/)
      expect(r.fix).not.toMatch(/\.$/)
      expect(r.help.length).toBeGreaterThan(20)
    }
  })
})
