import { describe, expect, it } from 'vitest'
import { directoryOf, parseConfig } from '../../src/config/promotion-config.js'

const config = (production: string): string => `version: 1
environments:
  - name: staging
    path: clusters/staging
  - name: production
${production}
`

describe('alias environments in promotion.yaml', () => {
  it('takes an environment that is a floating OCI tag, with no path', () => {
    const parsed = parseConfig(
      config('    alias: { repository: ghcr.io/acme/app-manifests, tag: production }')
    )
    expect(parsed.environments[1]).toEqual({
      name: 'production',
      alias: { repository: 'ghcr.io/acme/app-manifests', tag: 'production' }
    })
  })

  it('still requires a path of an environment without an alias', () => {
    expect(() => parseConfig(config('    protected: true'))).toThrow(
      "environments.1 must have required property 'path'"
    )
  })

  it('refuses an alias without a tag, or with unknown keys', () => {
    expect(() =>
      parseConfig(config('    alias: { repository: ghcr.io/acme/app-manifests }'))
    ).toThrow("environments.1.alias must have required property 'tag'")
    expect(() =>
      parseConfig(config('    alias: { repository: r, tag: t, digest: sha256:1 }'))
    ).toThrow("environments.1.alias must NOT have additional properties 'digest'")
  })

  it('refuses to read files of an alias environment, naming the alias', () => {
    expect(() =>
      directoryOf({
        name: 'production',
        alias: { repository: 'ghcr.io/acme/m', tag: 'production' }
      })
    ).toThrow(
      "environment 'production' is an alias environment (the alias ghcr.io/acme/m:production) with no directory"
    )
  })
})
