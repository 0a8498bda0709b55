import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createGunzip } from 'node:zlib'
import { gitTestEnv } from './git-server-exec.js'

/** The request facts the CGI bridge needs; `status` is filled in once known. */
export interface CgiEntry {
  method: string
  query: string
  user: string
  status: number
}

/** Runs one request through `git http-backend` as a CGI script (RFC 3875). */
export function runBackend(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  entry: CgiEntry,
  root: string,
  children: Set<ChildProcess>
): void {
  let pathInfo: string
  try {
    pathInfo = decodeURIComponent(url.pathname)
  } catch {
    entry.status = 400
    req.resume()
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('malformed path\n')
    return
  }
  const gzip = /^(x-)?gzip$/i.test(req.headers['content-encoding'] ?? '')
  const env: NodeJS.ProcessEnv = gitTestEnv({
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    REQUEST_METHOD: entry.method,
    PATH_INFO: pathInfo,
    QUERY_STRING: entry.query,
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: entry.user,
    REMOTE_ADDR: '127.0.0.1'
  })
  // Protocol v2 is negotiated through this header; without it fetches fall back to v0.
  const protocol = req.headers['git-protocol']
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol
  // A gunzipped body has an unknown length; http-backend then reads until EOF.
  if (!gzip && req.headers['content-length'] !== undefined) {
    env.CONTENT_LENGTH = req.headers['content-length']
  }
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
  children.add(child)
  // The backend may exit before consuming the body (e.g. on a bad request); ignore EPIPE.
  child.stdin.on('error', () => undefined)
  if (gzip) {
    const gunzip = createGunzip()
    gunzip.on('error', err => {
      child.kill('SIGKILL')
      if (!res.headersSent) {
        entry.status = 400
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(`bad gzip body: ${err.message}\n`)
      }
    })
    req.pipe(gunzip).pipe(child.stdin)
  } else {
    req.pipe(child.stdin)
  }
  res.on('close', () => {
    if (child.exitCode === null) child.kill('SIGKILL')
  })

  let head = Buffer.alloc(0)
  let headersDone = false
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk)
      return
    }
    head = Buffer.concat([head, chunk])
    const crlf = head.indexOf('\r\n\r\n')
    const lf = head.indexOf('\n\n')
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1
    if (end < 0) return
    headersDone = true
    const { status, headers } = parseCgiHeaders(head.subarray(0, end).toString('latin1'))
    entry.status = status
    res.writeHead(status, headers)
    res.write(head.subarray(end))
  })
  child.on('close', code => {
    children.delete(child)
    if (headersDone) {
      res.end()
      return
    }
    if (res.headersSent || res.destroyed) return
    entry.status = 502
    const detail = Buffer.concat(stderr).toString('utf8')
    res.writeHead(502, { 'Content-Type': 'text/plain' })
    res.end(`git http-backend exited with ${String(code)} before sending headers\n${detail}`)
  })
}

/** Splits a CGI header block into an HTTP status (from `Status:`) and response headers. */
function parseCgiHeaders(block: string): { status: number; headers: Record<string, string[]> } {
  let status = 200
  const headers: Record<string, string[]> = {}
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name.toLowerCase() === 'status') {
      status = Number.parseInt(value, 10) || 500
    } else {
      ;(headers[name] ??= []).push(value)
    }
  }
  return { status, headers }
}

/** Decodes `Authorization: Basic ...`; undefined for any other or malformed header. */
export function parseBasic(
  header: string | undefined
): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
