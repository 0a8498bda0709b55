export const id = 9867;
export const ids = [9867];
export const modules = {

/***/ 79867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./src/util/confine.ts
var confine = __webpack_require__(29576);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/init/options.ts
var options = __webpack_require__(46620);
;// CONCATENATED MODULE: ./src/init/flux-templates.ts
/**
 * Flux image automation objects `init` writes, as data: one ImageRepository per image, and
 * per automated environment an ImagePolicy that is tight by construction (never `latest`, no
 * pre-release, patterns anchored on both ends) and an ImageUpdateAutomation that commits
 * straight to the branch only for environments that are not protected.
 */


const API_VERSION = 'image.toolkit.fluxcd.io/v1';
/** The semver range the generated policy starts with: one major, releases only. */
const SEMVER_RANGE = '>=1.0.0 <2.0.0';
const VERSION = '(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)';
const PROVIDER_NOTE = {
    aws: ' provider: aws has image-reflector-controller fetch ECR tokens through its workload ' +
        'identity (IRSA or EKS Pod Identity).\n ECR tokens expire after 12 hours; the controller ' +
        'refreshes them itself. A static docker-registry secret\n would stop working after 12 ' +
        'hours unless something (a CronJob) rewrites it.',
    gcp: ' provider: gcp authenticates to Artifact Registry with the controller’s workload identity.',
    azure: ' provider: azure authenticates to ACR with the controller’s workload identity.',
    generic: ' secretRef names a docker-registry secret in flux-system with read access to the image.\n' +
        ' For ECR, prefer --registry-provider aws: its tokens expire after 12 hours.'
};
function imageRepository(opts) {
    const name = (0,options/* shortName */.EU)(opts.image);
    const auth = opts.registryProvider === 'generic'
        ? { secretRef: { name: `${name}-registry` } }
        : { provider: opts.registryProvider };
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImageRepository',
        metadata: { name, namespace: options/* FLUX_NAMESPACE */.eN },
        spec: { image: opts.image, interval: '5m', ...auth }
    });
    doc.commentBefore = PROVIDER_NOTE[opts.registryProvider];
    return doc;
}
/** The `filterTags` pattern of a scheme, anchored on both ends, or none for semver. */
function tagPattern(scheme, env) {
    if (scheme === 'timestamp')
        return `^${env}-v${VERSION}-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$`;
    if (scheme === 'sha')
        return '^sha-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$';
    return undefined;
}
function imagePolicy(opts, env) {
    const pattern = tagPattern(opts.tagScheme, env);
    const select = pattern === undefined
        ? { policy: { semver: { range: SEMVER_RANGE } } }
        : {
            filterTags: { pattern, extract: '$ts' },
            policy: { numerical: { order: 'asc' } }
        };
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImagePolicy',
        metadata: { name: (0,options/* policyName */.ct)(opts.image, env), namespace: options/* FLUX_NAMESPACE */.eN },
        spec: { imageRepositoryRef: { name: (0,options/* shortName */.EU)(opts.image) }, ...select }
    });
    doc.commentBefore =
        pattern === undefined
            ? ' Releases of one major only (no pre-release); widen the range on purpose, never to *.'
            : ' Only tags the pipeline writes for this environment, newest build time first; never latest.';
    return doc;
}
function imageUpdateAutomation(opts, env, branch) {
    const isProtected = opts.protectedEnvironments.includes(env);
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImageUpdateAutomation',
        metadata: { name: `${(0,options/* shortName */.EU)(opts.image)}-${env}`, namespace: options/* FLUX_NAMESPACE */.eN },
        spec: {
            interval: '5m',
            sourceRef: { kind: 'GitRepository', name: 'flux-system' },
            git: {
                checkout: { ref: { branch } },
                commit: {
                    author: { name: 'fluxcdbot', email: 'fluxcdbot@users.noreply.github.com' }
                },
                ...(isProtected ? { push: { branch: `flux/${env}-updates` } } : {})
            },
            update: { path: `./${(0,options/* environmentPath */.FQ)(env)}`, strategy: 'Setters' }
        }
    });
    doc.commentBefore = isProtected
        ? ` ${env} is protected: updates go to a separate branch, merged through a reviewed pull request.`
        : ` ${env} is not protected: updates are committed straight to ${branch}.`;
    return doc;
}
/** flux-system/<image>-image-automation.yaml: every object, one document each. */
function fluxObjectsYaml(opts, branch) {
    const docs = [
        imageRepository(opts),
        ...opts.automated.flatMap(env => [
            imagePolicy(opts, env),
            imageUpdateAutomation(opts, env, branch)
        ])
    ];
    return {
        path: `${options/* FLUX_NAMESPACE */.eN}/${(0,options/* shortName */.EU)(opts.image)}-image-automation.yaml`,
        content: docs.map(d => d.toString()).join('---\n')
    };
}

;// CONCATENATED MODULE: ./src/init/gitops-templates.ts
/**
 * The GitOps repository files `init` writes, built as data and serialised with `yaml`:
 * promotion.yaml and one kustomization per environment, with `$imagepolicy` markers for the
 * environments Flux image automation updates.
 */


/** Where editors find the promotion.yaml schema: the file as released with the v1 tag. */
const PROMOTION_SCHEMA_URL = 'https://raw.githubusercontent.com/acme/digest-promote/v1/schemas/promotion.schema.json';
/** promotion.yaml: environments in order, protected ones requiring the one before. */
function promotionYaml(opts) {
    const environments = opts.environments.map((name, i) => {
        const isProtected = opts.protectedEnvironments.includes(name);
        return {
            name,
            path: (0,options/* environmentPath */.FQ)(name),
            ...(isProtected ? { protected: true } : {}),
            ...(isProtected && i > 0 ? { requires: [opts.environments[i - 1]] } : {})
        };
    });
    const registry = opts.image.slice(0, opts.image.indexOf('/'));
    const doc = new dist.Document({
        version: 1,
        environments,
        images: [{ name: opts.image }],
        registries: { allowed: [registry] }
    });
    doc.commentBefore = ` yaml-language-server: $schema=${PROMOTION_SCHEMA_URL}`;
    return { path: 'promotion.yaml', content: doc.toString() };
}
/**
 * A tag the first render can hold until image automation writes the policy's pick: the
 * setters rewrite only non-empty values, and it matches the policy's own filter.
 */
function placeholderTag(scheme, env) {
    if (scheme === 'semver')
        return '0.0.0';
    return scheme === 'timestamp' ? `${env}-v0.0.0-0000000-0000000000` : 'sha-0000000-0000000000';
}
function marker(doc, keyPath, setter) {
    const node = doc.getIn(keyPath, true);
    node.comment = ` {"$imagepolicy": "${setter}"}`;
}
/** clusters/<env>/kustomization.yaml with an `images:` entry for the image. */
function kustomizationYaml(opts, env) {
    const automated = opts.flux && opts.automated.includes(env);
    const entry = automated
        ? { name: opts.image, newName: opts.image, newTag: placeholderTag(opts.tagScheme, env) }
        : { name: opts.image };
    const doc = new dist.Document({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [],
        images: [entry]
    });
    doc.commentBefore =
        ` Environment ${env}. List its manifests under resources; ` +
            (automated
                ? 'Flux image automation rewrites the marked fields.'
                : 'promote writes the digest into the images entry.');
    if (automated) {
        const setter = `${options/* FLUX_NAMESPACE */.eN}:${(0,options/* policyName */.ct)(opts.image, env)}`;
        marker(doc, ['images', 0, 'newName'], `${setter}:name`);
        marker(doc, ['images', 0, 'newTag'], `${setter}:tag`);
    }
    return { path: `${(0,options/* environmentPath */.FQ)(env)}/kustomization.yaml`, content: doc.toString() };
}

;// CONCATENATED MODULE: ./src/init/workflows.ts
/**
 * The application repository's workflows `init --workflows` writes, as data: build and
 * capture, PR-gated promotion, and workflow_dispatch rollback, through the sub-actions, with
 * least-privilege permissions, one concurrency group per environment, and a keyless signer
 * pattern that the signature gate accepts.
 */

/** Where the sub-actions live. */
const ACTION_REPOSITORY = 'acme/digest-promote';
const LOGIN = {
    uses: 'docker/login-action@v3',
    with: {
        registry: '${{ env.REGISTRY }}',
        username: '${{ github.actor }}',
        password: '${{ secrets.GITHUB_TOKEN }}'
    }
};
const escapeRegexp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The certificate identity pattern of the build workflow, anchored at the start. */
function identityPattern(appRepository) {
    return `^https://github\\.com/${escapeRegexp(appRepository)}/\\.github/workflows/build\\.yml@`;
}
function file(name, header, content) {
    const doc = new dist.Document(content);
    doc.commentBefore = ` .github/workflows/${name} — ${header}`;
    return { path: name, content: doc.toString({ lineWidth: 0 }) };
}
/** The tag the build pushes for each scheme (the one Flux watches for semver and sha). */
function buildTag(opts) {
    if (opts.tagScheme === 'semver')
        return '${{ env.IMAGE }}:${{ env.VERSION }}';
    if (opts.tagScheme === 'sha')
        return '${{ env.IMAGE }}:sha-${{ github.sha }}-${{ steps.ts.outputs.ts }}';
    return '${{ env.IMAGE }}:build-${{ github.sha }}';
}
function buildWorkflow(opts) {
    const first = opts.environments[0];
    const steps = [
        { uses: 'actions/checkout@v5' },
        ...(opts.tagScheme === 'sha'
            ? [{ id: 'ts', run: 'echo "ts=$(git log -1 --format=%ct)" >> "$GITHUB_OUTPUT"' }]
            : []),
        LOGIN,
        {
            id: 'build',
            uses: 'docker/build-push-action@v6',
            with: { push: true, tags: buildTag(opts) }
        },
        {
            id: 'capture',
            uses: `${ACTION_REPOSITORY}/capture@v1`,
            with: {
                image: buildTag(opts),
                digest: '${{ steps.build.outputs.digest }}',
                environment: first,
                version: '${{ env.VERSION }}',
                sign: true
            }
        }
    ];
    return file('build.yml', 'build once, capture the digest, sign it keylessly', {
        name: 'build',
        on: { push: { branches: ['main'] } },
        permissions: { contents: 'read', packages: 'write', 'id-token': 'write' },
        concurrency: { group: `digest-promote-build-\${{ github.ref }}`, 'cancel-in-progress': false },
        env: {
            REGISTRY: registryOf(opts.image),
            IMAGE: opts.image,
            VERSION: "${{ vars.APP_VERSION || '0.1.0' }}"
        },
        jobs: { build: { 'runs-on': 'ubuntu-latest', steps } }
    });
}
const registryOf = (image) => image.slice(0, image.indexOf('/'));
function gitopsWith(opts) {
    return {
        image: opts.image,
        'gitops-repository': '${{ vars.GITOPS_REPOSITORY }}',
        'gitops-token': '${{ secrets.GITOPS_TOKEN }}',
        'certificate-identity-regexp': identityPattern(opts.appRepository),
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    };
}
const PERMISSIONS = { contents: 'read', packages: 'write' };
function promoteWorkflow(opts) {
    const to = opts.environments.at(-1) ?? '';
    const from = opts.environments.at(-2) ?? to;
    return file('promote.yml', 'promote the verified digest; protected environments get a PR', {
        name: 'promote',
        on: {
            workflow_dispatch: {
                inputs: {
                    from: { description: 'Environment to promote from', default: from },
                    to: { description: 'Environment to promote to', default: to }
                }
            }
        },
        permissions: PERMISSIONS,
        concurrency: { group: 'digest-promote-${{ inputs.to }}', 'cancel-in-progress': false },
        env: { REGISTRY: registryOf(opts.image) },
        jobs: {
            promote: {
                'runs-on': 'ubuntu-latest',
                steps: [
                    LOGIN,
                    {
                        id: 'promote',
                        uses: `${ACTION_REPOSITORY}/promote@v1`,
                        with: {
                            'from-environment': '${{ inputs.from }}',
                            'to-environment': '${{ inputs.to }}',
                            ...gitopsWith(opts),
                            labels: 'promotion'
                        }
                    }
                ]
            }
        }
    });
}
function rollbackWorkflow(opts) {
    return file('rollback.yml', 'roll an environment back to a recorded digest', {
        name: 'rollback',
        on: {
            workflow_dispatch: {
                inputs: {
                    environment: {
                        description: 'Environment to roll back',
                        default: opts.environments.at(-1)
                    },
                    target: {
                        description: 'previous, a digest (sha256:...), or a ledger event id',
                        default: 'previous'
                    }
                }
            }
        },
        permissions: PERMISSIONS,
        concurrency: { group: 'digest-promote-${{ inputs.environment }}', 'cancel-in-progress': false },
        env: { REGISTRY: registryOf(opts.image) },
        jobs: {
            rollback: {
                'runs-on': 'ubuntu-latest',
                steps: [
                    LOGIN,
                    {
                        id: 'rollback',
                        uses: `${ACTION_REPOSITORY}/rollback@v1`,
                        with: {
                            environment: '${{ inputs.environment }}',
                            target: '${{ inputs.target }}',
                            ...gitopsWith(opts)
                        }
                    }
                ]
            }
        }
    });
}
/** The three workflows, paths relative to the workflows directory. */
function workflowFiles(opts) {
    return [buildWorkflow(opts), promoteWorkflow(opts), rollbackWorkflow(opts)];
}

;// CONCATENATED MODULE: ./src/init/scaffold.ts
/**
 * Plans and writes what `init` scaffolds. Only new files are written; a file that exists is
 * replaced only when `force` names it, and otherwise nothing at all is written and the plan
 * says what would change, with a diff.
 */







/** Every file of a scaffold, by root. */
function scaffoldFiles(opts, gitops, branch, workflows) {
    const files = [
        promotionYaml(opts),
        ...opts.environments.map(env => kustomizationYaml(opts, env)),
        ...(opts.flux ? [fluxObjectsYaml(opts, branch)] : [])
    ];
    return [
        { ...gitops, files },
        ...(workflows ? [{ ...workflows, files: workflowFiles(opts) }] : [])
    ];
}
const join = (shown, p) => (shown === '' ? p : `${shown}/${p}`);
/** Decides each file's action; `force` holds shown paths that may be replaced. */
async function planScaffold(workspace, roots, force) {
    const planned = [];
    for (const root of roots) {
        for (const f of root.files) {
            const shown = join(root.shown, f.path);
            const { abs } = await (0,confine/* confine */.W)(workspace, shown);
            const existing = await (0,promises_.readFile)(abs, 'utf8').catch((err) => {
                if (err.code === 'ENOENT')
                    return undefined;
                throw err;
            });
            if (existing === undefined) {
                planned.push({ path: shown, abs, content: f.content, action: 'create' });
            }
            else if (existing === f.content) {
                planned.push({ path: shown, abs, content: f.content, action: 'same' });
            }
            else {
                const diff = (0,create/* createTwoFilesPatch */.ss)(shown, shown, existing, f.content, '', '', {
                    context: 3
                });
                const action = force.has(shown) ? 'replace' : 'conflict';
                planned.push({ path: shown, abs, content: f.content, action, diff });
            }
        }
    }
    return planned;
}
/** Writes the plan: new files exclusively (never over one that appeared since), forced ones over. */
async function writeScaffold(planned) {
    for (const f of planned) {
        if (f.action !== 'create' && f.action !== 'replace')
            continue;
        await (0,promises_.mkdir)(external_node_path_default().dirname(f.abs), { recursive: true });
        await (0,promises_.writeFile)(f.abs, f.content, { flag: f.action === 'create' ? 'wx' : 'w' });
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/audit/audit.ts + 9 modules
var audit = __webpack_require__(30981);
// EXTERNAL MODULE: ./src/audit/findings.ts
var findings = __webpack_require__(48293);
// EXTERNAL MODULE: ./src/audit/protection.ts
var protection = __webpack_require__(75580);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
;// CONCATENATED MODULE: ./src/commands/init-audit.ts
/**
 * Checks what `init` generates with the audit `digest-promote audit` runs, before anything is
 * written: the GitOps files are copied into a private temporary directory and audited with the
 * settings audit derives from the generated promotion.yaml (its protected environments and
 * allowed registries).
 */







const CONFIG = 'promotion.yaml';
/** Every audit finding on `files` (paths relative to the GitOps root), sorted. */
async function auditGenerated(files, now) {
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'dp-init-audit-'));
    try {
        for (const f of files) {
            const abs = external_node_path_default().join(root, ...f.path.split('/'));
            await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
            await (0,promises_.writeFile)(abs, f.content);
        }
        const config = await (0,promotion_config/* loadConfig */.Z9)(root, CONFIG, false);
        const allowed = config?.registries?.allowed ?? [];
        const { findings } = await (0,audit/* auditRepository */.Q)({
            root,
            protection: (0,protection/* protectionFor */.Ry)([], config, CONFIG),
            allowed,
            pinAge: { maxAgeMs: 7 * 24 * 3600 * 1000, label: '7d', now }
        });
        return findings;
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/** One line per finding: `clusters/dev/kustomization.yaml:4: DP001 error: … (fix: …)`. */
const findingLine = (shownRoot, f) => (0,findings/* oneLine */.TN)(`${shownRoot === '' ? '' : `${shownRoot}/`}${f.file}:${f.line}: ${f.rule} ${f.severity}: ${f.message} (fix: ${f.fix})`);

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/imagepolicy.ts
var imagepolicy = __webpack_require__(42169);
// EXTERNAL MODULE: ./src/commands/registry-inputs.ts
var registry_inputs = __webpack_require__(82269);
// EXTERNAL MODULE: ./src/commands/select-tag.ts
var select_tag = __webpack_require__(55001);
;// CONCATENATED MODULE: ./src/commands/init-registry.ts
/**
 * `init --check-registry`: lists the image's live tags and shows what each generated
 * ImagePolicy would pick today, with the verdict on every tag, by running the same code as
 * `select-tag --image … --policy-file … --explain`. The check only informs: a registry that
 * cannot be reached or refuses the credentials gives one note line, never a failure.
 */






const indent = (text) => text
    .split('\n')
    .filter(l => l !== '')
    .map(l => `  ${l}`);
/** One policy against the live tags: a heading line and select-tag's explanation. */
async function checkPolicy(opts, env, flux, registry, ctx) {
    const name = (0,options/* policyName */.ct)(opts.image, env);
    const policy = (0,imagepolicy.parseImagePolicyYaml)(flux.content, name);
    const source = { image: (0,registry_inputs/* parseImageInput */.bI)(opts.image, 'image') };
    const result = await select_tag/* selectTagCommand */.qe.run({ source, policy, describe: name, explain: true, registry }, ctx);
    const json = result.json;
    const head = `registry check: ImagePolicy ${name} (${env})`;
    const text = (result.text ?? '').split('\n');
    // With a pick, select-tag's text ends with a blank line and the tag; without, starts with why.
    const verdicts = json.tag !== null ? text.slice(0, -2) : text.slice(1);
    const of = `${json.considered} of ${verdicts.length} live tags pass its filter`;
    if (json.tag !== null)
        return [`${head} would pick ${json.tag} today (${of})`, ...indent(verdicts.join('\n'))];
    const why = (0,findings/* oneLine */.TN)(json.reason ?? result.error ?? 'no tag selected');
    return [`${head} picks no tag today (${of}): ${why}`, ...indent(verdicts.join('\n'))];
}
/** Lines to print for every automated environment's policy, or one note when the registry fails. */
async function checkRegistry(opts, flux, registry, ctx) {
    if (!flux)
        return ['registry check: skipped, no ImagePolicy is generated without --flux'];
    const lines = [];
    for (const env of opts.automated) {
        try {
            lines.push(...(await checkPolicy(opts, env, flux, registry, ctx)));
        }
        catch (err) {
            return [
                ...lines,
                (0,findings/* oneLine */.TN)(`registry check: could not list the tags of ${opts.image}: ${(0,errors/* errorMessage */.gJ)(err)}; ` +
                    'the policies were not tried against live tags (see "No update happened" in the README)')
            ];
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/commands/init-run.ts
/**
 * What `init` does once its inputs are parsed, loaded with `import()` only when it runs: the
 * templates, the audit of what they generate and the optional registry check.
 *
 * @module
 */



const VERB = {
    create: 'create',
    replace: 'replace',
    same: 'unchanged',
    conflict: 'exists, would change'
};
/** Runs {@link initCommand} with parsed options. */
async function runInit(opts, ctx) {
    const roots = scaffoldFiles(opts.scaffold, { shown: opts.gitopsPath }, opts.branch, opts.workflowsPath !== undefined ? { shown: opts.workflowsPath } : undefined);
    const gitops = roots[0];
    if (gitops && opts.alterGenerated)
        gitops.files = opts.alterGenerated(gitops.files);
    const findings = await auditGenerated(gitops?.files ?? [], ctx.now());
    if (findings.length > 0)
        return auditFailure(findings.map(f => findingLine(opts.gitopsPath, f)));
    const planned = await planScaffold(ctx.workspace, roots, opts.force);
    const conflicts = planned.filter(f => f.action === 'conflict');
    const write = !opts.dryRun && conflicts.length === 0;
    if (write)
        await writeScaffold(planned);
    const changed = write && planned.some(f => f.action === 'create' || f.action === 'replace');
    const json = {
        changed,
        files: planned.map(f => ({ path: f.path, action: f.action, diff: f.diff }))
    };
    const outputs = {
        changed: String(changed),
        files: planned
            .filter(f => f.action !== 'same')
            .map(f => f.path)
            .join('\n')
    };
    const flux = gitops?.files.find(f => f.content.includes('kind: ImagePolicy'));
    const live = opts.checkRegistry
        ? await checkRegistry(opts.scaffold, flux, opts.checkRegistry, ctx)
        : [];
    const text = [
        report(planned, write && changed),
        'audit: 0 findings in the generated GitOps files',
        ...live
    ].join('\n');
    if (conflicts.length > 0 && !opts.dryRun) {
        const names = conflicts.map(f => f.path);
        return {
            status: 'failed',
            exitCode: 1,
            outputs,
            text,
            json,
            error: `init: ${names.join(', ')} already exist${names.length === 1 ? 's' : ''} and would change; nothing was written; ` +
                `review the diff above, then pass --force ${names.join(' --force ')} to replace, or edit by hand`
        };
    }
    return { status: changed ? 'changed' : 'unchanged', outputs, text, json };
}
function report(planned, wrote) {
    const verb = (a) => !wrote && (a === 'create' || a === 'replace') ? `would ${VERB[a]}` : VERB[a];
    const lines = planned.map(f => `${verb(f.action)}: ${f.path}`);
    for (const f of planned)
        if (f.diff && f.action !== 'same')
            lines.push('', f.diff.trimEnd());
    lines.push('', wrote ? 'wrote the files above' : 'nothing was written');
    return lines.join('\n');
}
/** init stops before writing anything when audit finds a problem in what it generated. */
function auditFailure(lines) {
    const n = lines.length;
    return {
        status: 'failed',
        exitCode: 1,
        outputs: { changed: 'false', files: '' },
        text: lines.join('\n'),
        json: { changed: false, findings: lines },
        error: `init: audit found ${n} problem${n === 1 ? '' : 's'} in the generated files (listed above); ` +
            'nothing was written; report this as a bug in init, or write the files by hand'
    };
}


/***/ })

};
