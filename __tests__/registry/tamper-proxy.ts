/**
 * A loopback reverse proxy that alters manifest bodies, to prove the client refuses bytes that
 * do not hash to their digest. The harness fault proxy only fails or cuts requests; this one
 * answers 200 with the registry's own headers (Content-Length, Docker-Content-Digest) and a body
 * one byte off, which is what a broken cache or a hostile middlebox would send.
 */
import { Agent, createServer, request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { LOOPBACK, listenLoopback } from '../harness/ports.js'

/** A running tampering proxy. */
export interface TamperProxy {
  /** `127.0.0.1:PORT`, the registry part of references that go through it. */
  host: string
  /** `METHOD path status` of every request forwarded, in order. */
  readonly requests: string[]
  /** How many manifest bodies were altered. */
  readonly tampered: number
  /** Closes the proxy and its connections. Idempotent. */
  stop(): Promise<void>
}

const HOP_BY_HOP =
  'connection keep-alive proxy-connection te trailer transfer-encoding upgrade'.split(' ')

/** Starts a proxy to `targetUrl` that flips one byte in every manifest GET answered with 200. */
export async function startTamperProxy(targetUrl: string): Promise<TamperProxy> {
  const target = new URL(targetUrl)
  const agent = new Agent({ keepAlive: true })
  const requests: string[] = []
  let tampered = 0
  const server = createServer((req, res) => {
    const upstream = httpRequest({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...withoutHopByHop(req.headers), host: target.host },
      agent
    })
    upstream.on('error', err => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`tamper proxy: ${err.message}`)
    })
    upstream.on('response', up => {
      const status = up.statusCode ?? 502
      requests.push(`${req.method} ${req.url} ${status}`)
      const headers = withoutHopByHop(up.headers)
      const alter = req.method === 'GET' && status === 200 && /\/manifests\//.test(req.url ?? '')
      if (!alter) {
        res.writeHead(status, headers)
        up.pipe(res)
        return
      }
      void (async () => {
        const body = Buffer.concat((await up.toArray()) as Buffer[])
        tampered++
        // Same length, so Content-Length stays true and only the hash check can notice.
        res.writeHead(status, headers).end(flipOneByte(body))
      })()
    })
    req.pipe(upstream)
  })
  const port = await listenLoopback(server)
  let stopped: Promise<void> | undefined
  return {
    host: `${LOOPBACK}:${port}`,
    requests,
    get tampered() {
      return tampered
    },
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      })
      return stopped
    }
  }
}

/**
 * Changes the first hex digit of the first digest in the manifest, so the JSON stays valid and
 * still looks like a manifest: only its hash gives the change away.
 */
export function flipOneByte(body: Buffer): Buffer {
  const at = body.indexOf('"sha256:')
  if (at < 0) throw new Error('tamper proxy: no sha256 digest in the manifest body')
  const copy = Buffer.from(body)
  const i = at + '"sha256:'.length
  copy[i] = copy[i] === 0x30 ? 0x31 : 0x30
  return copy
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers }
  for (const name of HOP_BY_HOP) delete copy[name]
  return copy
}
