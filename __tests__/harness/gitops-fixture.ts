/** What one environment pins for the test image. */
export interface Pin {
  tag: string
  digest: string
}

/** promotion.yaml of the fixture: dev and staging by commit, production protected by pull request. */
export function promotionYaml(extra = ''): string {
  return `# Environments in promotion order.
version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
    write: commit
  - name: production
    path: clusters/production
    protected: true
    requires: [staging]
    labels: [promotion]
    reviewers: [platform-lead]
${extra}`
}

/** A kustomization pinning `image` with a comment and quoting that must survive edits. */
export function kustomization(image: string, pin: Pin | undefined, name = 'app'): string {
  const images = pin
    ? `images:
  # the application image; digest-promote owns newTag and digest
  - name: ${name}
    newName: ${image}
    newTag: "${pin.tag}"
    digest: ${pin.digest}
`
    : ''
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
${images}`
}

/** A Deployment whose image field carries a Flux whole-reference marker. */
export function deploymentWithMarker(image: string, pin: Pin): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: ${image}:${pin.tag}@${pin.digest} # {"$imagepolicy": "flux-system:app"}
`
}

/** A plain Deployment with no marker (kustomize sets its image). */
export function deployment(): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: app
`
}

/** The files of a GitOps repository with dev, staging and production. */
export function gitopsRepo(
  image: string,
  pins: { dev?: Pin; staging?: Pin; production?: Pin }
): Record<string, string> {
  return {
    'promotion.yaml': promotionYaml(),
    'clusters/dev/kustomization.yaml': kustomization(image, pins.dev),
    'clusters/dev/deployment.yaml': deployment(),
    'clusters/staging/kustomization.yaml': kustomization(image, pins.staging),
    'clusters/staging/deployment.yaml': deployment(),
    'clusters/production/kustomization.yaml': kustomization(image, pins.production),
    'clusters/production/deployment.yaml': pins.production
      ? deploymentWithMarker(image, pins.production)
      : deployment()
  }
}
