/**
 * A registry (here a proxy in front of a real one) that echoes the Authorization header into its
 * error body must not get a credential printed: the CLI and the action redact every form of every
 * secret they know (raw, base64 of user:pass and of the secret alone, URL-encoded).
 */
import { Agent, createServer, request as httpRequest, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { LOOPBACK, listenLoopback } from '../harness/ports.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'

const USER = 'alice'
const PASSWORD = 'Pa$$ w0rd/with+symbols=&more'
const TAG = 'staging-v5.0.0-abc1234-1700000005'

/** Every form in which the password could leak. */
const FORMS = [
  PASSWORD,
  `${USER}:${PASSWORD}`,
  Buffer.from(`${USER}:${PASSWORD}`).toString('base64'),
  Buffer.from(PASSWORD).toString('base64').replace(/=+$/, ''),
  encodeURIComponent(PASSWORD)
]

/**
 * Forwards to `target`, except that a manifest request carrying credentials is answered 400 with
 * the credentials in the error message, as a careless registry or gateway might.
 */
async function startEchoProxy(
  target: URL
): Promise<{ host: string; echoed: () => number; stop: () => Promise<void> }> {
  const agent = new Agent({ keepAlive: true })
  let echoed = 0
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization
    if (auth && req.url?.includes('/manifests/')) {
      echoed++
      const decoded = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString()
      const message = `bad request with ${auth} (${decoded}; ${encodeURIComponent(decoded)})`
      req.resume()
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'DENIED', message }] }))
      return
    }
    const upstream = httpRequest({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
      agent
    })
    upstream.on('response', up => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  const port = await listenLoopback(server)
  return {
    host: `${LOOPBACK}:${port}`,
    echoed: () => echoed,
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      })
  }
}

function expectNoForm(text: string): void {
  for (const form of FORMS) expect(text, `output holds ${JSON.stringify(form)}`).not.toContain(form)
}

describe('credentials echoed by a registry are redacted', () => {
  let registry: TestRegistry
  let proxy: Awaited<ReturnType<typeof startEchoProxy>>

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic', users: { [USER]: PASSWORD } })
    await pushImage(registry, 'acme/app', TAG)
    proxy = await startEchoProxy(new URL(registry.url))
  })
  afterAll(async () => {
    await Promise.all([proxy?.stop(), registry?.stop()])
  })

  it('in every line the CLI prints', async () => {
    const before = proxy.echoed()
    const result = await runCli(
      [
        'retag',
        `${proxy.host}/acme/app:${TAG}`,
        '--tag',
        'production-v5.0.0-abc1234-1700000005',
        '--registry-username',
        USER
      ],
      { env: { DIGEST_PROMOTE_REGISTRY_PASSWORD: PASSWORD } }
    )
    expect(proxy.echoed()).toBeGreaterThan(before)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /^error: reading .*: 400 DENIED: bad request with Basic \*\*\* \(\*\*\*; \*\*\*\)\n$/
    )
    expectNoForm(result.stdout + result.stderr)
  })

  it('in everything the action prints but its ::add-mask:: commands', async () => {
    const before = proxy.echoed()
    const result = await runAction({
      inputs: {
        command: 'retag',
        image: `${proxy.host}/acme/app:${TAG}`,
        tag: 'production-v5.0.1-abc1234-1700000005',
        'registry-username': USER,
        'registry-password': PASSWORD
      }
    })
    expect(proxy.echoed()).toBeGreaterThan(before)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('400 DENIED: bad request with Basic ***')
    const masks = result.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))
    // The runner masks only exact strings: each form must have been named to it.
    // Workflow command values escape %, CR and LF; the runner reads them back like this.
    const masked = masks.map(l =>
      l
        .slice('::add-mask::'.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
    for (const form of FORMS)
      expect(
        masked.some(m => form.includes(m)),
        form
      ).toBe(true)
    const printed = result.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expectNoForm(printed + result.stderr)
  })
})
