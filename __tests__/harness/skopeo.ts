import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { requireTool } from './tools.js'

/**
 * The digest of a tag's manifest bytes as skopeo (an independent OCI client)
 * reads them, so a retag test never trusts our own client to check itself.
 */
export async function skopeoDigest(
  reference: string,
  creds?: { username: string; password: string }
): Promise<string> {
  const bin = requireTool('skopeo', 'apt-get install -y skopeo')
  const args = ['inspect', '--raw', '--tls-verify=false']
  if (creds && creds.password) args.push('--creds', `${creds.username}:${creds.password}`)
  args.push(`docker://${reference}`)
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    execFile(
      bin,
      args,
      { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`skopeo ${args.join(' ')}: ${stderr.toString().trim()}`))
        else resolve(stdout)
      }
    )
  })
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
