/**
 * KMS key references, which only the cosign backend signs with.
 *
 * @module
 */

/** URI schemes of KMS keys; only the cosign backend can sign with them. */
export const KMS_SCHEMES = ['awskms://', 'gcpkms://', 'hashivault://', 'azurekms://'] as const

/** True for `awskms://`, `gcpkms://`, `hashivault://` and `azurekms://` references. */
export function isKmsReference(ref: string): boolean {
  return KMS_SCHEMES.some(s => ref.startsWith(s))
}
