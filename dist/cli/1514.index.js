export const id = 1514;
export const ids = [1514];
export const modules = {

/***/ 75580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ry: () => (/* binding */ protectionFor),
/* harmony export */   VA: () => (/* binding */ parseProtectedGlobs)
/* harmony export */ });
/* unused harmony export globToRegExp */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Which files belong to a protected (production-like) environment. Three sources, first one
 * that applies wins, the same precedence inputs have over promotion.yaml elsewhere:
 *
 * 1. the `protected-paths` input: globs relative to the audited root;
 * 2. promotion.yaml: the `path` of every environment with `protected: true` (a promotion.yaml
 *    lists every environment, so one with none protected protects nothing);
 * 3. neither: any directory whose name has a `prod` or `production` word (split on `-`, `_`,
 *    `.`, any case), e.g. `prod`, `production`, `prod-eu`, `eu.production`.
 */


/**
 * Checks and normalises `protected-paths` globs: relative, no `..`, `/` separators.
 *
 * @throws InputError naming the first bad glob.
 */
function parseProtectedGlobs(globs) {
    return globs.map(raw => {
        const glob = raw
            .replace(/\\/g, '/')
            .replace(/^(\.\/)+/, '')
            .replace(/\/+$/, '');
        const bad = glob === '' ||
            glob.startsWith('/') ||
            /^[A-Za-z]:/.test(glob) ||
            glob.split('/').some(s => s === '..' || s === '');
        if (bad) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('protected-paths', `'${raw}' is not a glob relative to the audited root`, 'use paths like clusters/production/**');
        }
        return glob;
    });
}
/**
 * A glob as an anchored RegExp over `/`-separated paths: `**` spans any number of
 * directories, `*` and `?` stay within one path segment, everything else is literal.
 */
function globToRegExp(glob) {
    const segments = glob.split('/');
    let source = '';
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segment.replace(/[*?]|[^*?]+/g, part => part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'));
        if (!last)
            source += '/';
    });
    return new RegExp(`^${source}$`);
}
/** `file` and each of its ancestor directories, deepest first: `a/b/c.yaml`, `a/b`, `a`. */
function selfAndAncestors(file) {
    const out = [file];
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
        out.push(file.slice(0, i));
    }
    return out;
}
function fromGlobs(globs) {
    const compiled = globs.map(g => ({ glob: g, re: globToRegExp(g) }));
    return {
        source: 'protected-paths',
        description: `protected paths from the protected-paths input: ${globs.join(', ')}`,
        reasonFor(file) {
            // A glob naming a directory protects everything under it, like an environment path.
            const candidates = selfAndAncestors(file);
            const hit = compiled.find(c => candidates.some(p => c.re.test(p)));
            return hit ? `protected path '${hit.glob}'` : undefined;
        }
    };
}
/** An environment path as a `/`-separated prefix; `''` for the repository root. */
function normaliseDir(dir) {
    const clean = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(dir.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
    return clean === '.' || clean === './' ? '' : clean.replace(/\/+$/, '');
}
function fromConfig(config, file) {
    const envs = config.environments.flatMap(e => e.protected === true && e.path !== undefined
        ? [{ name: e.name, dir: normaliseDir(e.path) }]
        : []);
    // An alias environment may have no directory: it lives in the registry.
    const aliases = config.environments.flatMap(e => e.protected === true && e.path === undefined && e.alias
        ? [`${e.name} (alias ${e.alias.repository}:${e.alias.tag})`]
        : []);
    const listed = [...envs.map(e => `${e.name} (${e.dir || '.'})`), ...aliases].join(', ');
    return {
        source: 'promotion.yaml',
        description: `protected environments from ${file}: ${listed || 'none'}`,
        reasonFor(f) {
            const env = envs.find(e => e.dir === '' || f === e.dir || f.startsWith(`${e.dir}/`));
            return env ? `protected environment '${env.name}'` : undefined;
        }
    };
}
const PROD_WORD = /^(?:prod|production)$/i;
function fromDirectoryNames() {
    return {
        source: 'directory names',
        description: 'no protected-paths input and no promotion.yaml: directories named like prod or ' +
            'production are treated as protected',
        reasonFor(file) {
            const dirs = file.split('/').slice(0, -1);
            const hit = dirs.find(d => d.split(/[-_.]/).some(w => PROD_WORD.test(w)));
            return hit === undefined ? undefined : `directory '${hit}' (treated as protected)`;
        }
    };
}
/**
 * The protection that applies: `globs` (already {@link parseProtectedGlobs checked}) when
 * given, else promotion.yaml's protected environments, else production-like directory names.
 */
function protectionFor(globs, config, configFile) {
    if (globs.length > 0)
        return fromGlobs(globs);
    if (config)
        return fromConfig(config, configFile);
    return fromDirectoryNames();
}


/***/ }),

/***/ 21514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs, resumeCommand

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/commands/declared.ts
/**
 * The only way a command reads its inputs: through the names its table entry declares, so an
 * input the code reads can never be missing from action.yml, `--help` and the CLI's flags.
 *
 * @module
 */
/** A command read an input its table entry does not declare: a bug in the command, not input. */
class UndeclaredInputError extends Error {
}
/**
 * `source` restricted to `command`'s declared inputs: reading any other name throws
 * {@link UndeclaredInputError}, at the first run that reaches the read.
 */
function declaredInputs(command, source) {
    const declared = new Set(command.inputs.map(i => i.name));
    return {
        get(name) {
            if (!declared.has(name)) {
                throw new UndeclaredInputError(`'${command.name}' reads input '${name}', which its command table entry does not declare`);
            }
            return source.get(name);
        }
    };
}
/** Parses `command`'s options from `source` through {@link declaredInputs}; both shells call this. */
function parseDeclared(command, source, ctx) {
    return command.parse(declaredInputs(command, source), ctx);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/config/lookup.ts
var lookup = __webpack_require__(40422);
// EXTERNAL MODULE: ./src/commands/promote-inputs.ts
var promote_inputs = __webpack_require__(35694);
// EXTERNAL MODULE: ./src/commands/registry-inputs.ts
var registry_inputs = __webpack_require__(82269);
;// CONCATENATED MODULE: ./src/commands/deployment-inputs.ts


/** The inputs of `promote`, `rollback` and `adopt` that record a GitHub deployment. */
const DEPLOYMENT_INPUTS = [
    {
        name: 'deployment',
        description: "Record a GitHub deployment of the environment when the change lands (or its pull request opens); needs 'deployments: write'.",
        kind: 'flag'
    },
    {
        name: 'environment-url',
        description: "The environment's address, shown on the deployment (with deployment: true)."
    }
];
/** Input names {@link DEPLOYMENT_INPUTS} declares, for commands that leave them out. */
const DEPLOYMENT_INPUT_NAMES = new Set(DEPLOYMENT_INPUTS.map(i => i.name));
function httpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
    }
    catch {
        return false;
    }
}
/**
 * Where to record the deployment, or undefined when `deployment` is false. Refused at parse
 * time, before anything is written: no token, no repository to record it in, a bad URL.
 */
function parseDeploymentRequest(src, ctx, gitops) {
    const url = src.get('environment-url');
    if (url !== undefined && !httpUrl(url)) {
        throw new errors/* InputError */.dz('environment-url', `'${url}' is not an http(s) URL`, 'give the address the environment serves, e.g. https://staging.example.com');
    }
    if (!(0,inputs/* getBoolean */.pW)(src, 'deployment', false))
        return undefined;
    if (!gitops.githubToken) {
        throw new errors/* InputError */.dz('deployment', 'true needs a GitHub token to create the deployment', "set github-token (with 'permissions: deployments: write') or gitops-token");
    }
    const [owner, repo] = (gitops.gitopsRepository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo) {
        throw new errors/* InputError */.dz('deployment', 'true needs the GitOps repository on GitHub, and none is known', 'set gitops-repository (owner/name)');
    }
    return { owner, repo, token: gitops.githubToken, apiUrl: gitops.apiUrl, environmentUrl: url };
}

// EXTERNAL MODULE: ./src/commands/gitops-inputs.ts
var gitops_inputs = __webpack_require__(65068);
;// CONCATENATED MODULE: ./src/commands/adopt.ts







/** The `adopt` command's name. */
const ADOPT = 'adopt';
const ADOPT_INPUTS = [
    {
        name: 'environment',
        description: 'Environments to adopt; a list (default: every environment in promotion.yaml).',
        kind: 'list'
    },
    {
        name: 'image',
        description: 'Image repositories (default: images in promotion.yaml); a list.',
        kind: 'list'
    },
    { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
    { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
    {
        name: 'gitops-token',
        description: 'Token to clone, push and open pull requests in gitops-repository.',
        secret: true
    },
    { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
    { name: 'gitops-branch', description: 'Base branch (default: the default branch).' },
    {
        name: 'write-mode',
        description: 'commit or pull-request (default: pull-request for protected environments, else commit).'
    },
    { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
    { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
    ...DEPLOYMENT_INPUTS,
    ...registry_inputs/* REGISTRY_INPUTS */.yh
];
function parseAdopt(src, ctx) {
    const { gitopsRepository: repository, gitopsToken: token, gitopsPath, gitopsBranch } = (0,gitops_inputs/* parseRepositoryInputs */.zH)(src, ctx);
    const registry = (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx);
    const names = (0,inputs/* getList */.vS)(src, 'environment').map(n => (0,promote_inputs/* getEnvironmentName */.$2)({ get: () => n }, 'environment'));
    const given = (0,inputs/* getList */.vS)(src, 'image').map(i => (0,registry_inputs/* parseImageInput */.bI)(i, 'image').withoutTag());
    const githubToken = token ?? registry.githubToken;
    const [owner, repo] = (repository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/');
    const apiUrl = ctx.env.GITHUB_API_URL ?? 'https://api.github.com';
    const job = {
        repository: {
            repository,
            path: gitopsPath,
            token,
            branch: gitopsBranch,
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
        },
        configPath: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'config') ?? 'promotion.yaml',
        configRequired: src.get('config') !== undefined,
        environments: config => pickEnvironments(config, names),
        images: config => pickImages(config, given),
        writeMode: src.get('write-mode') === undefined
            ? undefined
            : (0,inputs/* getEnum */.GV)(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
        identity: promote_inputs/* DEFAULT_IDENTITY */.FK,
        github: githubToken && owner && repo
            ? {
                token: githubToken,
                apiUrl,
                owner,
                repo
            }
            : undefined,
        labels: (0,inputs/* getList */.vS)(src, 'labels'),
        releaseLabel: src.get('release-label'),
        deployment: parseDeploymentRequest(src, ctx, {
            githubToken,
            gitopsRepository: repository,
            apiUrl
        })
    };
    return { job, registry };
}
function pickEnvironments(config, names) {
    if (names.length === 0 && !config) {
        throw new errors/* InputError */.dz('environment', 'required when the GitOps repository has no promotion.yaml', 'name the environments to adopt, e.g. staging, production');
    }
    const wanted = names.length > 0 ? names : (config?.environments ?? []).map(e => e.name);
    try {
        return wanted.map(n => (0,lookup/* environmentFor */.DD)(config, n, undefined));
    }
    catch (err) {
        throw err instanceof lookup/* UnknownEnvironmentError */.i4 ? (0,promote_inputs/* environmentInputError */.Ex)(err, 'environment') : err;
    }
}
function pickImages(config, given) {
    const images = given.length > 0 ? given : (config?.images ?? []).map(i => (0,registry_inputs/* parseImageInput */.bI)(i.name, 'image'));
    if (images.length === 0) {
        throw new errors/* InputError */.dz('image', 'required but not set', 'name the image repositories, or list them under images in promotion.yaml');
    }
    return images;
}
/**
 * Records what environments set up before digest-promote run today, as `adopted` ledger
 * events, after checking each digest (and the tag beside it) against the registry; the
 * ordering gate then accepts those digests as having been there.
 */
const adoptCommand = {
    name: ADOPT,
    summary: 'Record what each environment runs today (checked against the registry) in the ledger.',
    usage: '[--environment staging,production] [--image ghcr.io/acme/app]',
    inputs: ADOPT_INPUTS,
    parse: parseAdopt,
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(9711), __webpack_require__.e(1047), __webpack_require__.e(4844), __webpack_require__.e(3457), __webpack_require__.e(2140), __webpack_require__.e(9372), __webpack_require__.e(6152)]).then(__webpack_require__.bind(__webpack_require__, 21171))).runAdopt(opts, ctx);
    }
};

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/commands/summary.ts
var commands_summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/apply.ts








/** The `apply` command's name. */
const APPLY = 'apply';
const APPLY_INPUTS = [
    {
        name: 'environment',
        description: 'Alias environments to apply; a list (default: every environment with an alias in promotion.yaml).',
        kind: 'list'
    },
    {
        name: 'force-drift',
        description: 'Reason to move an alias someone moved outside digest-promote anyway; recorded in the ledger.'
    },
    { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
    ...gitops_inputs/* GITOPS_REPOSITORY_INPUTS */._v,
    ...registry_inputs/* REGISTRY_INPUTS */.yh
];
const MAX_REASON = 512;
function parseApply(src, ctx) {
    const reason = src.get('force-drift')?.trim();
    if (reason !== undefined && (reason === '' || reason.length > MAX_REASON || /\n/.test(reason))) {
        throw new errors/* InputError */.dz('force-drift', `${(0,util_text/* echo */.W)(reason.slice(0, 40))} is not a one-line reason`, `say in one line (up to ${MAX_REASON} characters) why the alias is moved over drift`);
    }
    const names = (0,inputs/* getList */.vS)(src, 'environment');
    return {
        environments: names.map(n => (0,promote_inputs/* getEnvironmentName */.$2)({ get: () => n }, 'environment')),
        ...(reason ? { forceDrift: reason } : {}),
        configPath: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'config') ?? 'promotion.yaml',
        ...(0,gitops_inputs/* parseRepositoryInputs */.zH)(src, ctx),
        serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
        registry: (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx)
    };
}
/** The result of apply: failed when an alias drifted (unforced) or a race was lost. */
function applyResult(results) {
    const failed = results.filter(r => r.outcome === 'drift' || r.outcome === 'lost');
    const moved = results.filter(r => r.outcome === 'moved' || r.outcome === 'forced');
    const first = results[0];
    const rows = results.map(r => `| ${(0,commands_summary/* cell */.Hn)(r.environment)} | ${(0,commands_summary/* code */.aY)(r.alias)} | ${r.outcome} | ${r.before ? (0,commands_summary/* code */.aY)(r.before) : '-'} | ${r.desired ? (0,commands_summary/* code */.aY)(r.desired) : '-'} |`);
    const summary = `### Apply\n\n| environment | alias | outcome | was | now (Git) |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    return {
        status: failed.length > 0 ? 'failed' : moved.length > 0 ? 'changed' : 'unchanged',
        outputs: {
            digest: first?.desired ?? '',
            'previous-digest': first?.before ?? '',
            drift: String(results.some(r => r.outcome === 'drift')),
            changed: String(moved.length > 0)
        },
        text: results.map(r => `${r.environment}: ${r.message}`).join('\n'),
        json: { aliases: results },
        summary,
        ...(failed.length > 0 ? { exitCode: 1 } : {})
    };
}
/**
 * Moves each alias environment's floating tag to the digest Git says, by compare-and-swap; run
 * on push to the GitOps branch, after a promotion's pull request merged.
 */
const applyCommand = {
    name: APPLY,
    summary: "Move each alias environment's floating tag to the digest Git says (compare-and-swap).",
    usage: '[--environment production] [--force-drift "<reason>"]',
    inputs: APPLY_INPUTS,
    parse: parseApply,
    async run(job, ctx) {
        try {
            const { runApply } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(9711), __webpack_require__.e(4844), __webpack_require__.e(3457), __webpack_require__.e(9372), __webpack_require__.e(1597)]).then(__webpack_require__.bind(__webpack_require__, 25076));
            return applyResult(await runApply(job, ctx));
        }
        catch (err) {
            if (err instanceof lookup/* UnknownEnvironmentError */.i4)
                throw (0,promote_inputs/* environmentInputError */.Ex)(err, 'environment');
            throw err;
        }
    }
};

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/tags/floating.ts
var floating = __webpack_require__(24139);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(78159);
// EXTERNAL MODULE: ./src/commands/signing-inputs.ts
var signing_inputs = __webpack_require__(87679);
;// CONCATENATED MODULE: ./src/commands/capture.ts









/** The `capture` command's name. */
const CAPTURE = 'capture';
/**
 * Resolves the built image to its manifest digest (one HEAD), checks it against
 * the digest the build reported, and optionally gives it the first environment's
 * immutable tag, so every later promotion starts from a known digest.
 */
const captureCommand = {
    name: CAPTURE,
    summary: 'Resolve the built image to its digest and push the first environment tag. With gitops-repository or gitops-path, the tag is first claimed in the GitOps repository, as promote does; without, it is only read back after the push, which does not stop a concurrent writer.',
    usage: '<image>... [--digest sha256:...] [--environment dev --version 1.2.3] [--json]',
    inputs: [
        {
            name: 'image',
            description: 'Built image(s), by tag or name@digest; a list.',
            required: true,
            kind: 'list'
        },
        {
            name: 'digest',
            description: 'The digest output of docker/build-push-action; every image must resolve to it.'
        },
        {
            name: 'environment',
            description: 'First environment: push its immutable tag on the digest.'
        },
        {
            name: 'version',
            description: 'Version for {version} in the tag (default: from a refs/tags/v* ref).'
        },
        {
            name: 'source-revision',
            description: 'Commit that built the image, for {sha} (default GITHUB_SHA).'
        },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        { name: 'dry-run', description: 'Resolve and check, write nothing.', kind: 'flag' },
        registry_inputs/* CONCURRENCY_INPUT */.Do,
        ...gitops_inputs/* GITOPS_REPOSITORY_INPUTS */._v,
        ...registry_inputs/* REGISTRY_INPUTS */.yh,
        ...signing_inputs/* SIGNING_INPUTS */.i
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const raw = (0,inputs/* getList */.vS)(src, 'image');
        if (raw.length === 0)
            throw new errors/* InputError */.dz('image', 'required but not set', 'give the built image, e.g. ghcr.io/acme/app:sha-abc1234');
        const images = raw.map(i => (0,registry_inputs/* parseImageInput */.bI)(i, 'image'));
        const digest = src.get('digest');
        if (digest !== undefined && !(0,reference/* isDigest */.Bc)(digest))
            throw new errors/* InputError */.dz('digest', `${(0,util_text/* echo */.W)(digest)} is not a digest (sha256:<64 hex>)`);
        for (const image of images) {
            if (!image.tag && !image.digest && !digest) {
                throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(image.familiar)} has neither tag nor digest`, 'add :tag or @sha256:..., or set digest');
            }
            if (!image.digest && !digest)
                (0,floating/* refuseFloating */.n)(image.tag, 'source');
        }
        const environment = src.get('environment');
        let environmentTag;
        if (environment !== undefined) {
            const template = (0,tags_template/* parseTemplate */.QC)(src.get('tag-template') ?? tags_template/* DEFAULT_TAG_TEMPLATE */.y6);
            const revision = src.get('source-revision') ?? ctx.env.GITHUB_SHA;
            const fields = {
                env: environment,
                version: src.get('version') ?? versionFromRef(ctx.env.GITHUB_REF),
                sha: revision?.slice(0, 7)
            };
            // Checked now, with the clock's time, so a bad template fails before any registry call.
            const stamp = String(Math.floor(ctx.now().getTime() / 1000));
            (0,floating/* refuseFloating */.n)((0,tags_template/* renderTag */.vY)(template, { ...fields, ts: stamp, now: stamp }), 'target');
            environmentTag = { template, fields };
        }
        return {
            images,
            digest,
            environment,
            environmentTag,
            dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false),
            concurrency: (0,registry_inputs/* parseConcurrency */.nY)(src),
            registry: (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx),
            signing: (0,signing_inputs/* parseSigningOptions */.h)(src, ctx),
            gitops: (0,gitops_inputs/* parseOptionalRepositoryInputs */.PN)(src, ctx),
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
        };
    },
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(2088), __webpack_require__.e(6382), __webpack_require__.e(9711), __webpack_require__.e(2959), __webpack_require__.e(3233)]).then(__webpack_require__.bind(__webpack_require__, 73233))).runCapture(opts, ctx);
    }
};
/** `1.2.3` from `refs/tags/v1.2.3`, else undefined. */
function versionFromRef(ref) {
    const m = ref ? /^refs\/tags\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(ref) : null;
    return m?.[1];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/init/options.ts
var options = __webpack_require__(46620);
;// CONCATENATED MODULE: ./src/commands/init.ts






/** The `init` command's name. */
const INIT = 'init';
const ENV_NAME = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
function parseEnvironments(src) {
    const envs = (0,inputs/* getList */.vS)(src, 'environments');
    if (envs.length === 0)
        throw new errors/* InputError */.dz('environments', 'required but not set', 'e.g. dev,staging,production');
    for (const env of envs) {
        if (!ENV_NAME.test(env))
            throw new errors/* InputError */.dz('environments', `${(0,util_text/* echo */.W)(env)} is not an environment name`, 'use lower-case letters, digits and dashes, e.g. dev,staging,production');
    }
    const dup = envs.find((e, i) => envs.indexOf(e) !== i);
    if (dup !== undefined)
        throw new errors/* InputError */.dz('environments', `${(0,util_text/* echo */.W)(dup)} is listed twice`, 'list each environment once');
    return envs;
}
function parseAutomated(src, envs) {
    const automated = (0,inputs/* getList */.vS)(src, 'automate');
    if (automated.length === 0)
        return envs.slice(0, 1);
    const unknown = automated.find(e => !envs.includes(e));
    if (unknown !== undefined)
        throw new errors/* InputError */.dz('automate', `${(0,util_text/* echo */.W)(unknown)} is not one of the environments (${envs.join(', ')})`, 'name environments listed in environments');
    return automated;
}
/** `owner/name` of the application repository: the image's last two path components. */
function appRepositoryOf(repositoryPath, needed) {
    const parts = repositoryPath.split('/');
    if (parts.length < 2 && needed)
        throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(repositoryPath)} has no owner/name path to derive the build workflow's identity from`, 'name the image as registry/owner/name, e.g. ghcr.io/acme/app');
    return parts.slice(-2).join('/');
}
const relative = (workspace, abs) => external_node_path_default().relative(external_node_path_default().resolve(workspace), abs).split((external_node_path_default()).sep).join('/');
function parseOptions(src, ctx) {
    const ref = (0,registry_inputs/* parseImageInput */.bI)((0,inputs/* getRequired */.kA)(src, 'image', 'e.g. ghcr.io/acme/app'), 'image');
    if (ref.tag !== undefined || ref.digest !== undefined)
        throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(ref.familiar)} has a tag or digest`, 'give the repository only, e.g. ghcr.io/acme/app');
    const environments = parseEnvironments(src);
    const workflows = src.get('workflows');
    const gitops = (0,inputs/* resolveInside */.LI)(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path');
    const workflowsPath = workflows === undefined
        ? undefined
        : relative(ctx.workspace, (0,inputs/* resolveInside */.LI)(ctx.workspace, workflows, 'workflows'));
    const force = new Set((0,inputs/* getList */.vS)(src, 'force').map(f => relative(ctx.workspace, (0,inputs/* resolveInside */.LI)(ctx.workspace, f, 'force'))));
    return {
        scaffold: {
            image: ref.repository,
            environments,
            automated: parseAutomated(src, environments),
            protectedEnvironments: environments.length > 1 ? environments.slice(-1) : [],
            flux: (0,inputs/* getBoolean */.pW)(src, 'flux', false),
            registryProvider: (0,inputs/* getEnum */.GV)(src, 'registry-provider', options/* REGISTRY_PROVIDERS */.lL, 'generic'),
            tagScheme: (0,inputs/* getEnum */.GV)(src, 'tag-scheme', options/* TAG_SCHEMES */.oZ, 'timestamp'),
            appRepository: appRepositoryOf(ref.path, workflows !== undefined)
        },
        gitopsPath: relative(ctx.workspace, gitops),
        ...(workflowsPath !== undefined ? { workflowsPath } : {}),
        branch: src.get('gitops-branch') ?? 'main',
        force,
        dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false),
        ...((0,inputs/* getBoolean */.pW)(src, 'check-registry', false)
            ? { checkRegistry: (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx) }
            : {})
    };
}
/**
 * Scaffolds a GitOps repository for promotion: promotion.yaml, a kustomization per
 * environment, Flux image automation with tight policies, and the application's workflows.
 * Writes new files only; an existing file is replaced only when `force` names it.
 */
const initCommand = {
    name: INIT,
    summary: 'Scaffold promotion.yaml, environments, Flux image automation and workflows.',
    usage: '--image <repo> --environments dev,staging,production [--flux] [--registry-provider generic|aws|gcp|azure] [--tag-scheme timestamp|semver|sha] [--workflows <dir>] [--force <file>...] [--dry-run] [--check-registry]',
    inputs: [
        {
            name: 'image',
            description: 'Repository of the image, without tag, e.g. ghcr.io/acme/app.',
            required: true
        },
        {
            name: 'environments',
            description: 'Environments in promotion order; the last is protected; a list.',
            required: true,
            kind: 'list'
        },
        { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
        {
            name: 'gitops-branch',
            description: 'Branch Flux image automation checks out (default main).'
        },
        {
            name: 'flux',
            description: 'Also write Flux ImageRepository, ImagePolicy and ImageUpdateAutomation objects.',
            kind: 'flag'
        },
        {
            name: 'automate',
            description: 'Environments Flux image automation updates (default the first); a list.',
            kind: 'list'
        },
        {
            name: 'registry-provider',
            description: 'How Flux authenticates to the registry: generic (a secret), aws, gcp or azure.'
        },
        {
            name: 'tag-scheme',
            description: 'Tags the automated environment selects: timestamp (default), semver or sha.'
        },
        {
            name: 'workflows',
            description: 'Directory to write the build, promote and rollback workflows to, e.g. .github/workflows.'
        },
        {
            name: 'force',
            description: 'Existing files that may be replaced; a list.',
            kind: 'list'
        },
        { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' },
        {
            name: 'check-registry',
            description: "List the image's tags and print what each generated ImagePolicy would pick today (a registry that cannot be reached is a note, not a failure).",
            kind: 'flag'
        },
        ...registry_inputs/* REGISTRY_INPUTS */.yh
    ],
    parse: parseOptions,
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(2088), __webpack_require__.e(2256), __webpack_require__.e(1047), __webpack_require__.e(4844), __webpack_require__.e(2299), __webpack_require__.e(981), __webpack_require__.e(9867)]).then(__webpack_require__.bind(__webpack_require__, 79867))).runInit(opts, ctx);
    }
};

// EXTERNAL MODULE: ./src/manifests/key-path.ts
var key_path = __webpack_require__(40397);
;// CONCATENATED MODULE: ./src/commands/values-inputs.ts





const KINDS = ['file', 'helmrelease', 'application', 'application-parameters', 'argocd-source'];
const PARTS = ['repository', 'tag', 'digest'];
/** The inputs that give the target environment a Helm values target, as promotion.yaml does. */
const VALUES_INPUTS = [
    {
        name: 'values-file',
        description: "Helm values target of the environment, relative to the repository root (overrides promotion.yaml's values)."
    },
    {
        name: 'values-kind',
        description: 'Where the values are in values-file: file (default), helmrelease, application, application-parameters or argocd-source.'
    },
    {
        name: 'values-name',
        description: 'metadata.name of the HelmRelease or Application in values-file.'
    },
    {
        name: 'values-paths',
        description: 'Key paths as repository=<path>, tag=<path>, digest=<path> (default image.repository, image.tag, image.digest); a list.',
        kind: 'list'
    }
];
/** The values target the inputs name, or undefined when `values-file` is not set. */
function parseValuesTarget(src) {
    const file = (0,promote_inputs/* getRepositoryPath */.EX)(src, 'values-file');
    const others = ['values-kind', 'values-name', 'values-paths'].filter(n => src.get(n));
    if (file === undefined) {
        if (others.length > 0)
            throw new errors/* InputError */.dz(others[0], 'is set without values-file', 'set values-file too');
        return undefined;
    }
    const kind = (0,inputs/* getEnum */.GV)(src, 'values-kind', KINDS, 'file');
    const name = src.get('values-name');
    if (!name && ['helmrelease', 'application', 'application-parameters'].includes(kind))
        throw new errors/* InputError */.dz('values-name', `required with values-kind ${kind}`, 'name the object');
    const target = { file, kind, ...(name ? { name } : {}) };
    for (const item of (0,inputs/* getList */.vS)(src, 'values-paths')) {
        const eq = item.indexOf('=');
        const part = item.slice(0, eq);
        if (eq <= 0 || !PARTS.includes(part))
            throw new errors/* InputError */.dz('values-paths', `${(0,util_text/* echo */.W)(item)} is not repository=, tag= or digest=<key path>`, 'e.g. tag=image.tag');
        const path = item.slice(eq + 1);
        try {
            (0,key_path/* parseKeyPath */._)(path);
        }
        catch (err) {
            if (!(err instanceof key_path/* ValuesPathError */.m))
                throw err;
            throw new errors/* InputError */.dz('values-paths', err.message);
        }
        target[part] = path;
    }
    return target;
}

;// CONCATENATED MODULE: ./src/commands/promote.ts





/** The `promote` command's name. */
const PROMOTE = 'promote';
/** The `plan` command's name. */
const PLAN = 'plan';
const PROMOTE_INPUTS = [
    {
        name: 'from-environment',
        description: 'Environment the digest comes from (e.g. staging).',
        required: true
    },
    {
        name: 'to-environment',
        description: 'Environment to promote into (e.g. production).',
        required: true
    },
    {
        name: 'from-path',
        description: 'Directory of the from environment (default: promotion.yaml, else clusters/<name>).'
    },
    {
        name: 'to-path',
        description: 'Directory of the to environment (default: promotion.yaml, else clusters/<name>).'
    },
    {
        name: 'target-tag',
        description: 'Target tag (one image only); default: the source tag with its environment replaced.'
    },
    {
        name: 'allow-prerelease',
        description: 'Allow a pre-release version into a protected environment.',
        kind: 'flag'
    },
    ...VALUES_INPUTS,
    ...promote_inputs/* GITOPS_INPUTS */.Xm
];
const ENVIRONMENT_INPUTS = { to: 'to-environment', from: 'from-environment' };
function parsePromote(src, ctx) {
    const from = (0,promote_inputs/* getEnvironmentName */.$2)(src, 'from-environment');
    const to = (0,promote_inputs/* getEnvironmentName */.$2)(src, 'to-environment');
    if (from === to) {
        throw new errors/* InputError */.dz('to-environment', `'${to}' is also the from-environment`, 'promote from one environment into another, e.g. from-environment dev, to-environment staging');
    }
    return {
        kind: 'promotion',
        gitops: (0,promote_inputs/* parseGitOpsOptions */.yZ)(src, ctx),
        from: { name: from, path: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'from-path') },
        to: { name: to, path: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'to-path'), values: parseValuesTarget(src) },
        targetTag: src.get('target-tag'),
        allowPrerelease: (0,inputs/* getBoolean */.pW)(src, 'allow-prerelease', false)
    };
}
/**
 * Moves the digest the `from` environment runs into the `to` environment: gates,
 * then the immutable target tag on the same bytes, then the files and ledger
 * event in one commit, pushed or proposed as a pull request.
 */
const promoteCommand = {
    name: PROMOTE,
    summary: 'Promote the digest one environment runs into the next (tag, files, ledger, PR).',
    usage: '--from-environment staging --to-environment production [--image ghcr.io/acme/app] [--dry-run]',
    inputs: [...PROMOTE_INPUTS, ...DEPLOYMENT_INPUTS],
    parse(src, ctx) {
        const job = parsePromote(src, ctx);
        return { ...job, deployment: parseDeploymentRequest(src, ctx, job.gitops) };
    },
    run(job, ctx) {
        return (0,promote_inputs/* runPromotionJob */.QQ)(job, ctx, false, ENVIRONMENT_INPUTS);
    }
};
/** Everything `promote` would do, written nowhere. */
const planCommand = {
    name: PLAN,
    summary: 'Show what promote would do: gates, tags, file diffs, pull request; writes nothing.',
    usage: '--from-environment staging --to-environment production [--image ghcr.io/acme/app]',
    inputs: PROMOTE_INPUTS.filter(i => i.name !== 'dry-run' && !DEPLOYMENT_INPUT_NAMES.has(i.name)),
    // A plan is always dry: it has no dry-run input, so the shared parser must not ask for one.
    parse: (src, ctx) => parsePromote({ get: name => (name === 'dry-run' ? undefined : src.get(name)) }, ctx),
    run(job, ctx) {
        return (0,promote_inputs/* runPromotionJob */.QQ)(job, ctx, true, ENVIRONMENT_INPUTS);
    }
};

;// CONCATENATED MODULE: ./src/commands/ref.ts


/** The `ref` tool's name, the CLI subcommand and the action `command`. */
const REF = 'ref';
/**
 * Parses and normalises an image reference with distribution's rules, so a
 * workflow can check or split a reference without string slicing.
 */
const refCommand = {
    name: REF,
    summary: 'Parse and normalise an image reference.',
    usage: '<reference> [--json]',
    inputs: [{ name: 'image', description: 'The image reference to parse.', required: true }],
    positionals: ['image'],
    parse(src) {
        return { image: (0,inputs/* getRequired */.kA)(src, 'image') };
    },
    run(opts) {
        const json = (0,reference/* referenceToJson */.Zw)(opts.image);
        if (!json.valid) {
            return Promise.resolve({ status: 'failed', outputs: {}, text: json.error, json, exitCode: 2 });
        }
        const text = [
            `normalized: ${json.normalized}`,
            `familiar:   ${json.familiar}`,
            `domain:     ${json.domain}`,
            `path:       ${json.path}`,
            `tag:        ${json.tag ?? '-'}`,
            `digest:     ${json.digest ?? '-'}`
        ].join('\n');
        return Promise.resolve({
            status: 'unchanged',
            outputs: {
                'image-ref': json.normalized,
                ...(json.tag ? { tag: json.tag } : {}),
                ...(json.digest ? { digest: json.digest } : {})
            },
            text,
            json
        });
    }
};

;// CONCATENATED MODULE: ./src/commands/retag.ts






/** The `retag` tool's name. */
const RETAG = 'retag';
/**
 * Gives an image a new immutable tag on the same digest: no rebuild, the exact
 * manifest bytes, a no-op when the tag already names the digest, a refusal when it
 * names another, and a failure when the read-back finds a concurrent writer's digest.
 */
const retagCommand = {
    name: RETAG,
    summary: 'Tag the same digest under a new immutable tag (no rebuild), then read it back. It claims nothing in a GitOps repository: only registry-side tag immutability (ECR, Artifact Registry, Harbor) protects it against a concurrent writer.',
    usage: '<source-ref> (--tag <target-tag> | --to-environment <env>) [--target-image <repo>] [--json]',
    inputs: [
        { name: 'image', description: 'Source image, by tag or name@digest.', required: true },
        { name: 'tag', description: 'Target tag.' },
        {
            name: 'to-environment',
            description: 'Target environment: the tag is the source tag with its environment replaced.'
        },
        {
            name: 'target-image',
            description: 'Target repository when it differs from the source (copied with the digest kept).'
        },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        { name: 'dry-run', description: 'Check everything and write nothing.', kind: 'flag' },
        ...registry_inputs/* REGISTRY_INPUTS */.yh
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const source = (0,registry_inputs/* parseImageInput */.bI)((0,inputs/* getRequired */.kA)(src, 'image'), 'image');
        if (!source.tag && !source.digest)
            throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(source.familiar)} has neither tag nor digest`);
        (0,floating/* refuseFloating */.n)(source.digest ? undefined : source.tag, 'source');
        const tag = src.get('tag');
        const env = src.get('to-environment');
        if ((tag === undefined) === (env === undefined)) {
            throw new errors/* InputError */.dz('tag', 'set exactly one of tag and to-environment');
        }
        const targetRepo = src.get('target-image');
        const base = targetRepo ? (0,registry_inputs/* parseImageInput */.bI)(targetRepo, 'target-image') : source;
        let targetTag = tag;
        if (env !== undefined) {
            if (!source.tag)
                throw new errors/* InputError */.dz('to-environment', 'needs a source tag to derive the target tag from');
            targetTag = (0,tags_template/* deriveTargetTag */.bj)(source.tag, env, {
                template: src.get('tag-template'),
                now: ctx.now()
            });
        }
        (0,floating/* refuseFloating */.n)(targetTag, 'target');
        let target;
        try {
            target = (0,registry_inputs/* parseImageInput */.bI)(base.repository, 'target-image').withTag(targetTag);
        }
        catch (err) {
            throw new errors/* InputError */.dz('tag', err.message);
        }
        return {
            source,
            target,
            dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false),
            registry: (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx)
        };
    },
    async run(opts, ctx) {
        // Loaded only when the command runs: the registry client and its HTTP stack.
        const [{ createRegistryClient }, { retag }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(9711), __webpack_require__.e(4992)]).then(__webpack_require__.bind(__webpack_require__, 24992)),
            Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(9711), __webpack_require__.e(9190)]).then(__webpack_require__.bind(__webpack_require__, 39190))
        ]);
        const client = createRegistryClient(opts.registry, ctx);
        const r = await retag(client, opts.source, opts.target, { dryRun: opts.dryRun });
        const verb = !r.changed ? 'already tagged' : opts.dryRun ? 'would tag' : 'tagged';
        return {
            status: r.changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: {
                digest: r.digest,
                'image-ref': r.source,
                'target-tag': opts.target.tag ?? '',
                changed: String(r.changed && !opts.dryRun)
            },
            text: `${verb} ${r.target} -> ${r.digest}`,
            json: {
                source: r.source,
                target: r.target,
                digest: r.digest,
                changed: r.changed && !opts.dryRun
            }
        };
    }
};

// EXTERNAL MODULE: ./src/ledger/query.ts
var query = __webpack_require__(31745);
;// CONCATENATED MODULE: ./src/commands/rollback.ts







/** The `rollback` command's name. */
const ROLLBACK = 'rollback';
const ROLLBACK_INPUTS = [
    {
        name: 'environment',
        description: 'Environment to roll back (e.g. production).',
        required: true
    },
    {
        name: 'target',
        description: 'previous (default: the digest before the latest move), a digest, or a ledger event id.'
    },
    {
        name: 'strategy',
        description: 'promote (default: rewrite the files to the target digest) or revert (git revert of the promotion commit).'
    },
    {
        name: 'to-path',
        description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
    },
    { name: 'target-tag', description: 'Tag for a target digest the ledger has no tag for.' },
    ...VALUES_INPUTS,
    ...promote_inputs/* GITOPS_INPUTS */.Xm,
    ...DEPLOYMENT_INPUTS
];
/** Picks each image's rollback target from the ledger, or refuses with the reason. */
function rollbackTargets(target, strategy, runId, targetTag) {
    return (ledger, images, to) => {
        const map = new Map();
        for (const image of images) {
            const repo = image.repository;
            const latest = (0,query/* latestDeployment */.zf)(ledger, to.name, repo);
            let digest;
            let tag;
            if (target === 'previous') {
                const t = (0,query/* previousTarget */.Xd)(ledger, to.name, repo, runId);
                if (!t) {
                    throw new errors/* GateError */.ue('source', `the ledger has no earlier digest of ${repo} in ${to.name}, so there is nothing to roll back to`, 'roll back to an explicit digest with target: sha256:...');
                }
                ;
                ({ digest, tag } = t);
            }
            else if ((0,reference/* isDigest */.Bc)(target)) {
                digest = target;
                tag =
                    [...ledger.events]
                        .reverse()
                        .find(e => e.environment === to.name && e.image === repo && e.digest === target)
                        ?.targetTag ?? undefined;
            }
            else {
                const event = ledger.events.find(e => e.id === target && e.environment === to.name);
                if (!event)
                    throw new errors/* InputError */.dz('target', `event '${target}' not found in .promotions/${to.name}/`, 'use previous, a digest, or an id from status');
                digest = event.digest;
                tag = event.targetTag ?? undefined;
            }
            tag = targetTag ?? tag;
            if (!tag)
                throw new errors/* InputError */.dz('target-tag', `the ledger has no ${to.name} tag for ${repo}@${digest}; set target-tag`);
            const revertOf = strategy === 'revert' && latest && latest.digest !== digest ? latest.id : undefined;
            map.set(repo, { digest, tag, ...(revertOf ? { revertOf } : {}) });
        }
        return map;
    };
}
/**
 * Rolls an environment back through the same governed path as a promotion:
 * gates, the registry tag, files and a ledger event of kind `rollback`, then a
 * commit or pull request per the environment's write mode.
 */
const rollbackCommand = {
    name: ROLLBACK,
    summary: 'Roll an environment back to an earlier digest (same gates, ledger and PR path).',
    usage: '--environment production [--target previous|sha256:...|<event-id>] [--strategy promote|revert]',
    inputs: ROLLBACK_INPUTS,
    parse(src, ctx) {
        const target = src.get('target') ?? 'previous';
        const strategy = (0,inputs/* getEnum */.GV)(src, 'strategy', ['promote', 'revert'], 'promote');
        const targetTag = src.get('target-tag');
        const gitops = (0,promote_inputs/* parseGitOpsOptions */.yZ)(src, ctx);
        return {
            kind: 'rollback',
            gitops,
            deployment: parseDeploymentRequest(src, ctx, gitops),
            to: {
                name: (0,promote_inputs/* getEnvironmentName */.$2)(src, 'environment'),
                path: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'to-path'),
                values: parseValuesTarget(src)
            },
            allowPrerelease: true,
            strategy,
            targets: rollbackTargets(target, strategy, ctx.env.GITHUB_RUN_ID, targetTag)
        };
    },
    run(job, ctx) {
        return (0,promote_inputs/* runPromotionJob */.QQ)(job, ctx, false, { to: 'environment' });
    }
};

;// CONCATENATED MODULE: ./src/commands/unpin.ts


const UNPIN_INPUTS = [
    {
        name: 'environment',
        description: 'Environment whose rollback pins to restore (e.g. production).',
        required: true
    },
    {
        name: 'to-path',
        description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
    },
    ...VALUES_INPUTS,
    ...promote_inputs/* GITOPS_INPUTS */.Xm
];
/**
 * Hands an environment's image back to Flux image automation without moving its digest: every
 * marker a rollback pinned (`$imagepolicy-pinned`) becomes a live `$imagepolicy` marker again,
 * through the same governed path as a promotion (gates, a ledger event of kind `unpinned`,
 * then a commit or pull request per the environment's write mode).
 */
const unpinCommand = {
    name: 'unpin',
    summary: 'Restore the Flux markers a rollback pinned, so image automation updates the environment again (the digest stays).',
    usage: '--environment production [--image ghcr.io/acme/app]',
    inputs: UNPIN_INPUTS,
    parse(src, ctx) {
        return {
            kind: 'unpinned',
            gitops: (0,promote_inputs/* parseGitOpsOptions */.yZ)(src, ctx),
            to: {
                name: (0,promote_inputs/* getEnvironmentName */.$2)(src, 'environment'),
                path: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'to-path'),
                values: parseValuesTarget(src)
            },
            allowPrerelease: true
        };
    },
    run(job, ctx) {
        return (0,promote_inputs/* runPromotionJob */.QQ)(job, ctx, false, { to: 'environment' });
    }
};

// EXTERNAL MODULE: ./src/commands/select-tag.ts
var select_tag = __webpack_require__(55001);
;// CONCATENATED MODULE: ./src/commands/set-image.ts




/** The `set-image` tool's name. */
const SET_IMAGE = 'set-image';
/**
 * `kustomize edit set image` that keeps every untouched byte: comments, key
 * order, quoting and line endings stay as they were.
 */
const setImageCommand = {
    name: SET_IMAGE,
    summary: 'Edit a kustomization images: entry (kustomize semantics, bytes preserved).',
    usage: '<dir|kustomization.yaml> <name=newName:newTag@digest>... [--dry-run] [--json]',
    inputs: [
        {
            name: 'path',
            description: 'Directory with a kustomization.yaml, or the file itself.',
            required: true
        },
        {
            name: 'images',
            description: 'kustomize image arguments (name=newName:newTag@digest, name:tag, name@digest); a list.',
            required: true,
            kind: 'list'
        },
        { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
    ],
    positionals: ['path', 'images'],
    parse(src, ctx) {
        const target = (0,inputs/* resolveInside */.LI)(ctx.workspace, (0,inputs/* getRequired */.kA)(src, 'path'), 'path');
        const args = (0,inputs/* getList */.vS)(src, 'images');
        if (args.length === 0)
            throw new errors/* InputError */.dz('images', 'required but not set', 'e.g. app=ghcr.io/acme/app:v1@sha256:...');
        return {
            file: target,
            display: external_node_path_default().relative(ctx.workspace, target) || '.',
            images: args,
            dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false)
        };
    },
    async run(opts, ctx) {
        // The YAML editor loads only when the command runs.
        const [{ parseImageArg, setImages }, { findKustomization }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3996)]).then(__webpack_require__.bind(__webpack_require__, 63996)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1047), __webpack_require__.e(2140), __webpack_require__.e(9576)]).then(__webpack_require__.bind(__webpack_require__, 42140))
        ]);
        const edits = opts.images.map(a => parseImageArg(a));
        let file = opts.file;
        if ((await (0,promises_.stat)(file).catch(() => undefined))?.isDirectory()) {
            const found = await findKustomization(ctx.workspace, external_node_path_default().relative(ctx.workspace, file));
            if (!found)
                throw new errors/* InputError */.dz('path', `${opts.display} has no kustomization.yaml`);
            file = external_node_path_default().join(ctx.workspace, found);
        }
        const rel = external_node_path_default().relative(ctx.workspace, file);
        const before = await (0,promises_.readFile)(file, 'utf8').catch(() => {
            throw new errors/* InputError */.dz('path', `cannot read ${rel}`);
        });
        const result = setImages(before, edits, { file: rel });
        const changed = result.content !== before;
        if (changed && !opts.dryRun)
            await (0,promises_.writeFile)(file, result.content);
        const lines = result.changes.map(c => `${c.file}:${c.line}: ${c.image} ${c.field}: ${c.old ?? '(none)'} -> ${c.new || '(removed)'}`);
        return {
            status: changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: { changed: String(changed && !opts.dryRun) },
            text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
            json: { file: rel, changed, changes: result.changes }
        };
    }
};

;// CONCATENATED MODULE: ./src/commands/set-values.ts





/** The `set-values` tool's name. */
const SET_VALUES = 'set-values';
const set_values_KINDS = [
    'file',
    'helmrelease',
    'application',
    'application-parameters',
    'argocd-source'
];
const NAMED = ['helmrelease', 'application', 'application-parameters'];
const FORM = 'e.g. image.tag=v1.2.3, images[0].tag=v1 or annotations.example\\.com/x=y';
/** Parses one `<path>=<value>` argument; the first unescaped `=` ends the path. */
function parseAssignment(arg) {
    const eq = arg.search(/(?<!\\)=/);
    if (eq <= 0)
        throw new errors/* InputError */.dz('values', `${(0,util_text/* echo */.W)(arg)} is not <path>=<value>`, FORM);
    // The key path itself is checked when the command runs, before the file is read.
    return { path: arg.slice(0, eq), value: arg.slice(eq + 1) };
}
/**
 * Writes values into a Helm values file by key path, keeping every untouched byte: comments,
 * key order, quoting and line endings stay as they were.
 */
const setValuesCommand = {
    name: SET_VALUES,
    summary: 'Edit values in a Helm values file by key path (bytes preserved).',
    usage: '<values.yaml> <path=value>... [--values-kind <kind> --values-name <name>] [--create-missing] [--dry-run] [--json]',
    inputs: [
        { name: 'file', description: 'The Helm values file.', required: true },
        {
            name: 'values',
            description: 'Assignments <path>=<value>: keys joined by ".", list items as [n], a dot in a key as "\\."; a list.',
            required: true,
            kind: 'list'
        },
        {
            name: 'values-kind',
            description: 'Where the values are in the file: file (default), helmrelease (spec.values), application (spec.source.helm.valuesObject), application-parameters (spec.source.helm.parameters) or argocd-source (.argocd-source-<app>.yaml helm.parameters).'
        },
        {
            name: 'values-name',
            description: 'metadata.name of the HelmRelease or Application in the file.'
        },
        {
            name: 'create-missing',
            description: 'Add mapping keys the file lacks instead of refusing (list items are never added).',
            kind: 'flag'
        },
        { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
    ],
    positionals: ['file', 'values'],
    parse(src, ctx) {
        const file = (0,inputs/* resolveInside */.LI)(ctx.workspace, (0,inputs/* getRequired */.kA)(src, 'file'), 'file');
        const args = (0,inputs/* getList */.vS)(src, 'values');
        if (args.length === 0)
            throw new errors/* InputError */.dz('values', 'required but not set', FORM);
        const kind = (0,inputs/* getEnum */.GV)(src, 'values-kind', set_values_KINDS, 'file');
        const name = src.get('values-name');
        if (!name && NAMED.includes(kind))
            throw new errors/* InputError */.dz('values-name', `required with --values-kind ${kind}`, "give the object's metadata.name");
        if (name && !NAMED.includes(kind))
            throw new errors/* InputError */.dz('values-name', `does not apply to --values-kind ${kind}`, 'drop --values-name, or pick a kind that names an object');
        return {
            file,
            display: external_node_path_default().relative(ctx.workspace, file) || '.',
            edits: args.map(parseAssignment),
            kind,
            ...(name ? { name } : {}),
            createMissing: (0,inputs/* getBoolean */.pW)(src, 'create-missing', false),
            dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false)
        };
    },
    async run(opts) {
        // The YAML editor loads only when the command runs.
        const { ValuesPathError, parseKeyPath, setValues } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(311)]).then(__webpack_require__.bind(__webpack_require__, 40311));
        const { ValuesScopeError } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1767)]).then(__webpack_require__.bind(__webpack_require__, 51767));
        const { valuesScope } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8500)]).then(__webpack_require__.bind(__webpack_require__, 28500));
        const scope = valuesScope({ file: opts.display, kind: opts.kind, name: opts.name });
        for (const edit of opts.edits) {
            try {
                parseKeyPath(edit.path);
            }
            catch (err) {
                throw new errors/* InputError */.dz('values', err.message, FORM);
            }
        }
        const rel = opts.display;
        const before = await (0,promises_.readFile)(opts.file, 'utf8').catch(() => {
            throw new errors/* InputError */.dz('file', `cannot read ${rel}`, 'give an existing values file');
        });
        let result;
        try {
            result = setValues(before, opts.edits, {
                file: rel,
                createMissing: opts.createMissing,
                ...(scope ? { scope } : {})
            });
        }
        catch (err) {
            if (err instanceof ValuesScopeError)
                throw new errors/* InputError */.dz('file', err.message, 'check --values-kind, --values-name and the key paths against the file');
            if (!(err instanceof ValuesPathError))
                throw err;
            throw new errors/* InputError */.dz('values', err.message, opts.createMissing ? undefined : 'add it to the file, or pass --create-missing');
        }
        const changed = result.content !== before;
        if (changed && !opts.dryRun)
            await (0,promises_.writeFile)(opts.file, result.content);
        const lines = result.changes.map(c => `${c.file}:${c.line}: ${c.path}: ${c.old ?? '(none)'} -> ${c.new}`);
        return {
            status: changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: { changed: String(changed && !opts.dryRun) },
            text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
            json: { file: rel, changed, changes: result.changes }
        };
    }
};

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
;// CONCATENATED MODULE: ./src/commands/set-markers.ts







/** Files written at once; more only adds contention on a small machine. */
const WRITES_AT_ONCE = 16;
/** The `set-markers` tool's name. */
const SET_MARKERS = 'set-markers';
/**
 * Rewrites Flux `$imagepolicy` setter markers under a directory the way
 * image-automation-controller does, without the controller: whole references
 * and the `:name`, `:tag`, `:digest` parts.
 */
const setMarkersCommand = {
    name: SET_MARKERS,
    summary: 'Rewrite Flux $imagepolicy setter markers under a directory.',
    usage: '<dir> --policy <ns:name>=<image[:tag][@digest]>... [--dry-run] [--json]',
    inputs: [
        { name: 'path', description: 'Directory to scan (inside the workspace).', required: true },
        {
            name: 'policy',
            description: 'Policy values as <namespace>:<name>=<image[:tag][@digest]>; a list.',
            required: true,
            kind: 'list'
        },
        { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' }
    ],
    positionals: ['path'],
    parse(src, ctx) {
        const dir = (0,inputs/* resolveInside */.LI)(ctx.workspace, (0,inputs/* getRequired */.kA)(src, 'path'), 'path');
        const policies = new Map();
        for (const item of (0,inputs/* getList */.vS)(src, 'policy')) {
            const eq = item.indexOf('=');
            const key = item.slice(0, eq);
            if (eq < 0 || !/^[a-z0-9][a-z0-9.-]*:[a-z0-9][a-z0-9.-]*$/.test(key)) {
                throw new errors/* InputError */.dz('policy', `${(0,util_text/* echo */.W)(item)} is not <namespace>:<name>=<image[:tag][@digest]>`);
            }
            const ref = (0,registry_inputs/* parseImageInput */.bI)(item.slice(eq + 1), 'policy');
            if (!ref.tag && !ref.digest)
                throw new errors/* InputError */.dz('policy', `${(0,util_text/* echo */.W)(item)} needs a tag or a digest`);
            policies.set(key, {
                name: ref.name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { digest: ref.digest } : {})
            });
        }
        if (policies.size === 0)
            throw new errors/* InputError */.dz('policy', 'required but not set');
        return { dir, policies, dryRun: (0,inputs/* getBoolean */.pW)(src, 'dry-run', false) };
    },
    async run(opts, ctx) {
        // The YAML scanner loads only when the command runs.
        const { scanDirectory } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1047)]).then(__webpack_require__.bind(__webpack_require__, 11047));
        const result = await scanDirectory(ctx.workspace, opts.dir, opts.policies);
        if (!opts.dryRun) {
            // Every file was just read from this path, so its directory exists. A few writes at a
            // time: one after another, each waits for the file system in turn.
            const written = await (0,concurrency/* mapSettled */.A)(result.files, WRITES_AT_ONCE, f => (0,promises_.writeFile)(external_node_path_default().join(ctx.workspace, f.path), f.content));
            (0,concurrency/* settledOrThrow */.Z)(written);
        }
        for (const e of result.errors)
            ctx.logger.warning(`${e.file}: ${e.message}`);
        for (const u of result.unknownPolicies)
            ctx.logger.warning(`${u.file}:${u.line}: marker names policy ${u.policy}, which was not given`);
        for (const s of result.skipped)
            ctx.logger.warning(`${s.file}:${s.line}: ${s.marker}: ${s.reason}`);
        const changes = result.files.flatMap(f => f.changes);
        const changed = changes.length > 0 && !opts.dryRun;
        return {
            status: changed ? 'changed' : 'unchanged',
            outputs: { changed: String(changed), files: result.files.map(f => f.path).join('\n') },
            text: changes.map(c => `${c.file}:${c.line}: ${c.marker}: ${c.old} -> ${c.new}`).join('\n') ||
                'no marker changed',
            json: {
                changed,
                files: result.files.map(f => ({ path: f.path, changes: f.changes })),
                errors: result.errors,
                unknownPolicies: result.unknownPolicies,
                skipped: result.skipped
            }
        };
    }
};

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/commands/status.ts







/** The `status` command's name. */
const STATUS = 'status';
/**
 * What an environment runs now and how it got there: the files, the registry's
 * answer, the last recorded move (run, actor, time, source revision), the
 * rollback target, drift between Git, ledger and registry, and Flux's status.
 */
const statusCommand = {
    name: STATUS,
    summary: 'What an environment runs, who moved it, the rollback target, and any drift.',
    usage: '--environment production [--image ghcr.io/acme/app] [--ledger git|registry] [--json]',
    inputs: [
        { name: 'environment', description: 'Environment to describe.', required: true },
        {
            name: 'image',
            description: 'Image repositories (default: images in promotion.yaml); a list.',
            kind: 'list'
        },
        {
            name: 'ledger',
            description: 'git (default: files and .promotions in the GitOps repository) or registry (events attached to the digests).'
        },
        { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
        {
            name: 'to-path',
            description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
        },
        { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
        { name: 'gitops-token', description: 'Token to read gitops-repository.', secret: true },
        { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
        { name: 'gitops-branch', description: 'Branch to read (default: the default branch).' },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        {
            name: 'wait',
            description: "Wait up to this long (e.g. 30s, 10m) for Flux's commit status, or a deployment status, on the promotion commit; fail on failure or timeout."
        },
        ...VALUES_INPUTS,
        ...registry_inputs/* REGISTRY_INPUTS */.yh
    ],
    parse(src, ctx) {
        const registry = (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx);
        const repository = (0,gitops_inputs/* parseRepositoryInputs */.zH)(src, ctx);
        return {
            environment: (0,promote_inputs/* getEnvironmentName */.$2)(src, 'environment'),
            images: (0,inputs/* getList */.vS)(src, 'image').map(i => (0,registry_inputs/* parseImageInput */.bI)(i, 'image')),
            ledger: (0,inputs/* getEnum */.GV)(src, 'ledger', ['git', 'registry'], 'git'),
            configPath: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'config') ?? 'promotion.yaml',
            envPath: (0,promote_inputs/* getRepositoryPath */.EX)(src, 'to-path'),
            values: parseValuesTarget(src),
            ...repository,
            tagTemplate: src.get('tag-template'),
            registry,
            githubToken: repository.gitopsToken ?? registry.githubToken,
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
            apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
            wait: parseWait(src)
        };
    },
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(9711), __webpack_require__.e(1047), __webpack_require__.e(4844), __webpack_require__.e(3457), __webpack_require__.e(2140), __webpack_require__.e(9372), __webpack_require__.e(3441), __webpack_require__.e(1238)]).then(__webpack_require__.bind(__webpack_require__, 79999))).runStatus(opts, ctx);
    }
};
/** The `wait` input: a duration, only with the Git ledger (the promotion commit is Git's). */
function parseWait(src) {
    const text = src.get('wait');
    if (text === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined)
        throw new errors/* InputError */.dz('wait', `'${text}' is not a duration`, 'use e.g. 30s, 10m or 1h30m');
    if (src.get('ledger') === 'registry')
        throw new errors/* InputError */.dz('wait', 'needs ledger: git, which knows the promotion commit', 'drop ledger: registry');
    return { text, ms };
}

// EXTERNAL MODULE: ./src/commands/audit.ts
var audit = __webpack_require__(56689);
// EXTERNAL MODULE: ./src/commands/provenance-inputs.ts
var provenance_inputs = __webpack_require__(46265);
;// CONCATENATED MODULE: ./src/commands/verify.ts





/** The `verify` command's name. */
const VERIFY = 'verify';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * Runs the production signature gate on a digest (and the attestation gate when asked), or
 * verifies a Sigstore bundle for an artifact digest offline, and says what verified.
 */
const verifyCommand = {
    name: VERIFY,
    summary: 'Verify a digest as the signature gate does, or a Sigstore bundle offline.',
    usage: '(<image>@<digest> | --bundle <file> --digest sha256:<hex>) [signer inputs] [--json]',
    inputs: [
        { name: 'image', description: 'The image to verify, as name@sha256:<digest>.' },
        {
            name: 'bundle',
            description: 'A Sigstore bundle file to verify offline (needs digest), instead of an image.'
        },
        { name: 'digest', description: 'The artifact digest the bundle must be for (sha256:<hex>).' },
        {
            name: 'attested-in',
            description: 'Environments whose signed promotion attestation of the digest must verify too, comma or newline separated.',
            kind: 'list'
        },
        ...provenance_inputs/* PROVENANCE_INPUTS */.o,
        ...signing_inputs/* SIGNING_INPUTS */.i,
        ...registry_inputs/* REGISTRY_INPUTS */.yh
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const image = src.get('image');
        const bundle = src.get('bundle');
        if ((image === undefined) === (bundle === undefined)) {
            throw new errors/* InputError */.dz('image', 'set exactly one of image and bundle', `usage: ${this.usage}`);
        }
        const signing = (0,signing_inputs/* parseSigningOptions */.h)(src, ctx);
        if (signing.sign)
            throw new errors/* InputError */.dz('sign', 'true, but verify never signs', 'drop it');
        const provenance = (0,provenance_inputs/* parseProvenanceOptions */.F)(src);
        if (bundle !== undefined) {
            if (provenance.require) {
                throw new errors/* InputError */.dz('require-provenance', 'only used with image', 'verify an image digest');
            }
            return parseBundleMode(src, ctx, bundle, signing);
        }
        const ref = (0,registry_inputs/* parseImageInput */.bI)(image ?? '', 'image');
        if (!ref.digest) {
            throw new errors/* InputError */.dz('image', `'${ref.familiar}' has no digest`, 'verify name@sha256:<digest>');
        }
        if (src.get('digest') !== undefined) {
            throw new errors/* InputError */.dz('digest', 'only used with bundle', 'put the digest in image');
        }
        return {
            mode: 'image',
            image: ref,
            attestedIn: (0,inputs/* getList */.vS)(src, 'attested-in'),
            provenance,
            signing,
            registry: (0,registry_inputs/* parseRegistryOptions */.TO)(src, ctx)
        };
    },
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(2088), __webpack_require__.e(3917), __webpack_require__.e(6382), __webpack_require__.e(9711), __webpack_require__.e(3457), __webpack_require__.e(2959), __webpack_require__.e(7615), __webpack_require__.e(8610)]).then(__webpack_require__.bind(__webpack_require__, 72949))).runVerify(opts, ctx);
    }
};
function parseBundleMode(src, ctx, bundle, signing) {
    const digest = src.get('digest');
    if (digest === undefined) {
        throw new errors/* InputError */.dz('digest', 'required with bundle', 'set it to the artifact digest');
    }
    if (!DIGEST.test(digest)) {
        throw new errors/* InputError */.dz('digest', `'${digest}' is not sha256:<64 lowercase hex>`);
    }
    if (src.get('attested-in') !== undefined) {
        throw new errors/* InputError */.dz('attested-in', 'only used with image', 'verify an image digest');
    }
    if (!signing.publicKey && !signing.certificateIdentity && !signing.certificateIdentityRegexp) {
        throw new errors/* InputError */.dz('certificate-identity', 'not set, and neither is public-key', 'name the signer to trust: certificate-identity (or certificate-identity-regexp), or public-key');
    }
    return { mode: 'bundle', bundle: (0,inputs/* resolveInside */.LI)(ctx.workspace, bundle, 'bundle'), digest, signing };
}

;// CONCATENATED MODULE: ./src/commands/index.ts
















/**
 * The one command table both shells read: the action's `command` input and the
 * CLI's subcommands. A command is listed here only once it works end to end.
 */
const COMMANDS = [
    captureCommand,
    promoteCommand,
    planCommand,
    rollbackCommand,
    unpinCommand,
    adoptCommand,
    applyCommand,
    statusCommand,
    audit/* auditCommand */.Ht,
    verifyCommand,
    refCommand,
    retagCommand,
    select_tag/* selectTagCommand */.qe,
    setImageCommand,
    setValuesCommand,
    setMarkersCommand,
    initCommand
];
/** Finds a command by its kebab-case name. */
function findCommand(name) {
    return COMMANDS.find(c => c.name === name);
}
/** The names of every available command, for error messages. */
function commandNames() {
    return COMMANDS.map(c => c.name);
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/util/redact.ts
/** What a secret is replaced with in everything printed. */
const REDACTED = '***';
/** Derived forms shorter than this are not redacted: they would hide ordinary text. */
const MIN_DERIVED = 6;
/**
 * The forms a secret can leak in: as it is, URL-encoded (a query string, a clone URL), and
 * base64. A secret can sit at any byte offset of a base64 text (`Basic base64(user:pass)`, a
 * Docker `auth` entry), so each of the three alignments is given, cut to the characters that
 * depend on the secret's bytes alone, as GitHub's runner does for its own tokens.
 */
function secretForms(secret) {
    if (secret === '')
        return [];
    const forms = new Set([secret]);
    const derived = [encodeURIComponent(secret), ...base64Forms(Buffer.from(secret))];
    for (const form of derived)
        if (form.length >= MIN_DERIVED)
            forms.add(form);
    return [...forms];
}
function base64Forms(bytes) {
    const forms = [];
    for (let offset = 0; offset < 3; offset++) {
        const total = offset + bytes.length;
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const start = Math.ceil((offset * 4) / 3);
        const end = Math.floor(total / 3) * 4 + Math.floor(((total % 3) * 8) / 6);
        forms.push(encoded.slice(start, end), encoded.slice(start, end).replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * Replaces every known secret, in every form of {@link secretForms}, with {@link REDACTED}.
 * The CLI sends everything it prints through one of these, so a registry that echoes an
 * `Authorization` header into an error body cannot put a credential on the terminal.
 */
class Redactor {
    forms = [];
    /** Adds a secret (a token, a password, a `user:pass` pair); an empty one is ignored. */
    add(secret) {
        if (!secret)
            return;
        const all = new Set([...this.forms, ...secretForms(secret)]);
        // Longest first, so a secret is never half-replaced by a shorter one inside it.
        this.forms = [...all].sort((a, b) => b.length - a.length);
    }
    /** `text` with every known secret replaced. */
    redact(text) {
        let out = text;
        for (const form of this.forms)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/util/workflow-commands.ts
/**
 * Keeps text we print from being read as a GitHub Actions workflow command. The runner
 * reads every line of a step's stdout and stderr: a line that starts (after blanks) with
 * `::name::` is a command, and so is the legacy `##[name]` anywhere in a line; `\r`
 * ends a line as `\n` does. Text from the GitOps repository, the registry or a file can
 * hold either, so it is printed inside `::stop-commands::<token>` … `::<token>::`, with a
 * token nobody can guess.
 */

/** 128 random bits in hex: a token the printed text cannot contain or guess. */
const randomToken = () => (0,external_node_crypto_.randomBytes)(16).toString('hex');
/**
 * Whether the runner could find a workflow command somewhere in `text`: a line (split at `\n`
 * or `\r`) whose first non-blank characters are `::`, or `##[` anywhere. A `::` inside a line,
 * as in OpenSSL's `routines::decode error`, is not one.
 */
function mayHoldCommand(text) {
    return /(?:^|[\r\n])[^\S\r\n]*::/.test(text) || text.includes('##[');
}
/**
 * Returns `text` unchanged when it cannot hold a workflow command, else wrapped so the
 * runner ignores every command in it: `::stop-commands::<token>`, the text, `::<token>::`.
 */
function neutralise(text, token = randomToken) {
    if (!mayHoldCommand(text))
        return text;
    const t = token();
    if (!/^[A-Za-z0-9_-]{16,}$/.test(t) || text.includes(t))
        throw new Error('stop token is too short, malformed or occurs in the text');
    return `::stop-commands::${t}\n${text}\n::${t}::`;
}
/**
 * Escapes `:` and `#` of `::` and `##[` in JSON text as `\u003a` and `\u0023`. In
 * `JSON.stringify` output they can only occur inside strings, so the JSON keeps its
 * meaning while no line holds a command and no wrapper lines break parsers.
 */
function escapeJsonCommands(json) {
    return json.replace(/::/g, ':\\u003a').replace(/##\[/g, '#\\u0023[');
}

;// CONCATENATED MODULE: ./src/logger.ts



/**
 * A logger for the CLI: progress to stderr, so stdout stays clean for results and `--json`.
 * Every line goes through `redactor`, which learns each secret handed to `setSecret`, and is
 * kept from running as a workflow command (the CLI may run in a workflow step, where the runner
 * reads stderr too), with stop tokens from `token`.
 */
function createStderrLogger(opts = {}) {
    const redactor = opts.redactor ?? new Redactor();
    const write = (line) => {
        process.stderr.write(`${neutralise(redactor.redact(line), opts.token ?? randomToken)}\n`);
    };
    return {
        info: m => {
            if (!opts.quiet)
                write(m);
        },
        warning: m => write(`warning: ${m}`),
        debug: m => {
            if (opts.debug)
                write(`debug: ${m}`);
        },
        group: async (name, fn) => {
            if (!opts.quiet)
                write(`== ${name}`);
            if (!opts.timing)
                return fn();
            const started = external_node_perf_hooks_.performance.now();
            try {
                return await fn();
            }
            finally {
                write(`== ${name}: ${Math.round(external_node_perf_hooks_.performance.now() - started)} ms`);
            }
        },
        setSecret: s => redactor.add(s)
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/cli/secret-inputs.ts

/**
 * Secret inputs on the CLI. A `--gitops-token value` flag sits in `ps` (and shell history) for
 * the whole run, so tokens and passwords are also read, like `docker login --password-stdin`,
 * from standard input, or from the environment.
 */
/** The variable the CLI reads a secret input from: `gitops-token` → `DIGEST_PROMOTE_GITOPS_TOKEN`. */
function secretEnvName(input) {
    return `DIGEST_PROMOTE_${input.replace(/-/g, '_').toUpperCase()}`;
}
/** The flag that reads a secret input from standard input: `--gitops-token-stdin`. */
function stdinFlag(input) {
    return `${input}-stdin`;
}
/** The `--help` note of a secret input. */
function secretHelp(input) {
    return ` (secret: set ${secretEnvName(input.name)} or pipe it to --${stdinFlag(input.name)}; a flag value shows in ps)`;
}
/** The warning for a secret given as a flag value. */
function visibleSecretWarning(input) {
    return (`--${input} on the command line is visible to other users of this machine (ps, shell history); ` +
        `set ${secretEnvName(input)} or pipe it to --${stdinFlag(input)} instead`);
}
/** Finds the secret input that `flag` (without `--`) reads from standard input. */
function stdinInput(inputs, flag) {
    return inputs.find(i => i.secret === true && stdinFlag(i.name) === flag);
}
/**
 * Reads one secret from standard input, as `docker login --password-stdin` does: the whole
 * input, without its final line break.
 */
async function readSecret(stdin, input) {
    const chunks = [];
    for await (const chunk of stdin)
        chunks.push(Buffer.from(chunk));
    const value = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
    if (value.trim() === '') {
        throw new errors/* InputError */.dz(input, `--${stdinFlag(input)} read nothing from standard input`);
    }
    return value;
}
/**
 * The command's inputs with its secrets filled in: a flag first, then standard input, then
 * `DIGEST_PROMOTE_<NAME>`. Unset or empty is `undefined`, so the command's own default
 * (`GITHUB_TOKEN`, `COSIGN_PASSWORD`) still applies.
 */
function withSecrets(inputs, src, env, fromStdin) {
    const secret = new Set(inputs.filter(i => i.secret === true).map(i => i.name));
    return {
        get(name) {
            const given = src.get(name);
            if (given !== undefined || !secret.has(name))
                return given;
            if (fromStdin?.input === name)
                return fromStdin.value.trim() || undefined;
            return env[secretEnvName(name)]?.trim() || undefined;
        }
    };
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** Names longer than this get no suggestion: the distance is quadratic in the length. */
const MAX_NAME = 64;
/** The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known name closest to a mistyped one, for "did you mean": at most `maxDistance` edits
 * away, the first listed on a tie; `undefined` when none is that close.
 */
function closestName(given, known, maxDistance = 2) {
    if (given.length > MAX_NAME)
        return undefined;
    let best;
    for (const name of known) {
        if (Math.abs(name.length - given.length) > maxDistance)
            continue;
        const distance = editDistance(given, name);
        if (distance <= maxDistance && (best === undefined || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/cli/program.ts











const GLOBAL_FLAGS = ['json', 'debug', 'help'];
function usage() {
    const width = Math.max(...COMMANDS.map(c => c.name.length), 8);
    const lines = COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `digest-promote ${version/* VERSION */.x}: promote one immutable, verified image digest through GitOps environments.`,
        '',
        'Usage: digest-promote <command> [arguments] [--input value ...] [--json]',
        '',
        'Commands:',
        ...(lines.length > 0 ? lines : ['  (none)']),
        '',
        'Options:',
        '  --json     print the result as JSON on stdout',
        '  --debug    print debug messages on stderr',
        '  --help     show help for a command',
        '  --version  print the version',
        '',
        'Every --flag is the action input of the same name (see action.yml).',
        'Secrets (tokens, passwords) are read from DIGEST_PROMOTE_<INPUT> (e.g. DIGEST_PROMOTE_GITOPS_TOKEN)',
        'or from standard input with --<input>-stdin (one per run); a --flag value shows in ps.'
    ].join('\n');
}
function commandUsage(cmd) {
    const width = Math.max(...cmd.inputs.map(i => i.name.length + 2), 8);
    const inputs = cmd.inputs.map(i => `  --${i.name.padEnd(width - 2)}  ${i.description}${i.required ? ' (required)' : ''}` +
        (i.secret ? secretHelp(i) : ''));
    return [
        `Usage: digest-promote ${cmd.name} ${cmd.usage}`,
        '',
        cmd.summary,
        '',
        'Inputs:',
        ...inputs
    ].join('\n');
}
/**
 * Turns argv into input values: `--name value`, `--name=value`, bare `--flag` for
 * flag inputs, repeated list flags joined by newlines, positionals mapped in order.
 */
function parseArgs(cmd, argv) {
    const values = new Map();
    const flags = { json: false, debug: false, help: false, visible: [] };
    const positionals = [];
    const spec = new Map(cmd.inputs.map(i => [i.name, i]));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--') || arg === '--') {
            if (arg !== '--')
                positionals.push(arg);
            else
                positionals.push(...argv.slice(i + 1));
            if (arg === '--')
                break;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        if (GLOBAL_FLAGS.includes(name)) {
            flags[name] = true;
            continue;
        }
        const piped = stdinInput(cmd.inputs, name);
        if (piped && eq === -1) {
            if (flags.stdin !== undefined && flags.stdin !== piped.name) {
                throw new errors/* InputError */.dz(piped.name, 'only one secret can be read from standard input');
            }
            flags.stdin = piped.name;
            continue;
        }
        const input = spec.get(name);
        if (!input)
            throw unknownOption(cmd, name);
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (input.kind === 'flag')
            value = 'true';
        else {
            const next = argv[++i];
            if (next === undefined)
                throw new errors/* InputError */.dz(name, `--${name} needs a value`);
            value = next;
        }
        if (input.secret)
            flags.visible.push(name);
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    if (flags.stdin !== undefined && values.has(flags.stdin)) {
        throw new errors/* InputError */.dz(flags.stdin, `set both as a flag and by --${flags.stdin}-stdin`);
    }
    const names = cmd.positionals ?? [];
    positionals.forEach((value, index) => {
        const name = names[Math.min(index, names.length - 1)];
        if (name === undefined || (index >= names.length && spec.get(name)?.kind !== 'list')) {
            throw new errors/* InputError */.dz(cmd.name, `unexpected argument ${(0,util_text/* echo */.W)(value)}`, `usage: digest-promote ${cmd.name} ${cmd.usage}`);
        }
        values.set(name, [...(values.get(name) ?? []), value]);
    });
    const source = {
        get(name) {
            const v = values.get(name);
            if (!v)
                return undefined;
            const joined = v.join('\n').trim();
            return joined === '' ? undefined : joined;
        }
    };
    return { source, flags };
}
/** An unknown `--name`, with the closest flag the command knows when one is close. */
function unknownOption(cmd, name) {
    const known = [
        ...cmd.inputs.map(i => i.name),
        ...GLOBAL_FLAGS,
        ...cmd.inputs.filter(i => i.secret).map(i => stdinFlag(i.name))
    ];
    const guess = closestName(name, known);
    return new errors/* InputError */.dz(name, `unknown option ${(0,util_text/* echo */.W)(`--${name}`)} for '${cmd.name}'`, `${guess ? `did you mean --${guess}? ` : ''}see: digest-promote ${cmd.name} --help`);
}
function redactingOutput(redactor) {
    return {
        out: line => void process.stdout.write(`${neutralise(redactor.redact(line))}\n`),
        err: line => void process.stderr.write(`${neutralise(redactor.redact(line))}\n`),
        json: text => void process.stdout.write(`${redactor.redact(text)}\n`)
    };
}
function print(result, flags, io) {
    if (flags.json)
        io.json(escapeJsonCommands(JSON.stringify(result.json, null, 2)));
    else if (result.status === 'failed' && result.error === undefined)
        io.err(`error: ${result.text}`);
    else if (result.text)
        io.out(result.text);
    if (result.error !== undefined)
        io.err(`error: ${result.error}`);
}
/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const cmd = findCommand(name);
    if (!cmd) {
        const guess = closestName(name, COMMANDS.map(c => c.name));
        process.stderr.write(`error: unknown command ${(0,util_text/* echo */.W)(name)}; ${guess ? `did you mean ${guess}? ` : ''}` +
            `run 'digest-promote --help' for the list\n`);
        return 2;
    }
    const redactor = new Redactor();
    const io = redactingOutput(redactor);
    let debug = false;
    try {
        const { source: given, flags } = parseArgs(cmd, rest);
        debug = flags.debug;
        if (flags.help) {
            io.out(commandUsage(cmd));
            return 0;
        }
        const logger = createStderrLogger({
            debug: flags.debug,
            quiet: flags.json,
            redactor,
            timing: process.env.DIGEST_PROMOTE_TIMING === '1'
        });
        const piped = flags.stdin
            ? { input: flags.stdin, value: await readSecret(process.stdin, flags.stdin) }
            : undefined;
        const source = withSecrets(cmd.inputs, given, process.env, piped);
        for (const input of cmd.inputs.filter(i => i.secret))
            redactor.add(source.get(input.name) ?? '');
        for (const input of flags.visible)
            logger.warning(visibleSecretWarning(input));
        const ctx = {
            logger,
            env: process.env,
            workspace: process.cwd(),
            now: () => new Date(),
            stdin: flags.stdin ? { takenBy: `--${stdinFlag(flags.stdin)}` } : { stream: process.stdin }
        };
        const result = await cmd.run(parseDeclared(cmd, source, ctx), ctx);
        print(result, flags, io);
        // Like the action: in CI systems that read a summary file, append the job summary.
        const summaryFile = process.env.GITHUB_STEP_SUMMARY;
        if (result.summary && summaryFile)
            await (0,promises_.appendFile)(summaryFile, `${redactor.redact(result.summary)}\n`);
        return result.exitCode ?? (result.status === 'failed' ? 1 : 0);
    }
    catch (err) {
        const line = err instanceof errors/* PartialRunError */.ru
            ? err.line(next => `to ${next}, after fixing that, run: ${resumeCommand(cmd, rest)}`)
            : (0,errors/* errorMessage */.gJ)(err);
        io.err(`error: ${line}`);
        if (debug && err instanceof Error && !(err instanceof errors/* PromoteError */.jG))
            io.err(String(err.stack));
        return err instanceof errors/* PromoteError */.jG ? err.exitCode : 1;
    }
}
/** Inputs whose values never appear in a printed command line. */
const SECRET_INPUT = /(token|password|secret)$|^cosign-key$/;
/**
 * The command line that resumes a run: the same command and flags, shell-quoted,
 * with the value of every secret input replaced by `***`.
 */
function resumeCommand(cmd, argv) {
    const out = ['digest-promote', cmd.name];
    let maskNext = false;
    for (const arg of argv) {
        const name = /^--([^=]+)/.exec(arg)?.[1];
        const secret = name !== undefined && SECRET_INPUT.test(name);
        if (maskNext)
            out.push('***');
        else if (secret && arg.includes('='))
            out.push(`--${name}=***`);
        else
            out.push(shellQuote(arg));
        maskNext = !maskNext && secret && !arg.includes('=');
    }
    return out.join(' ');
}
function shellQuote(arg) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 56689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ auditCommand),
/* harmony export */   T5: () => (/* binding */ canonicalDomain)
/* harmony export */ });
/* unused harmony exports AUDIT, AUDIT_FORMATS */
/* harmony import */ var _audit_protection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75580);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38422);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79310);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49997);






/** The `audit` command's name, the CLI subcommand and the action `command`. */
const AUDIT = 'audit';
/** Output formats of {@link auditCommand}. */
const AUDIT_FORMATS = ['text', 'json', 'sarif'];
/**
 * Checks registry domains and writes Docker Hub the way parsed references do (`docker.io`), so
 * `index.docker.io` in a list still matches Hub images.
 */
function normaliseRegistries(list, input) {
    return list.map(entry => {
        if (!_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOMAIN_REGEXP */ .DW.test(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .echo */ .W)(entry)} is not a registry domain`, 'use a host name with an optional port, e.g. ghcr.io or registry.example.com:5000');
        }
        return canonicalDomain(entry);
    });
}
/** Docker Hub's domain as parsed references write it; any other domain unchanged. */
const canonicalDomain = (domain) => domain === _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .LEGACY_DEFAULT_DOMAIN */ .VS ? _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOMAIN */ .lV : domain;
/**
 * Lints a GitOps repository against the promotion guardrails (rules DP000 to DP012 in
 * `src/audit/rules.ts`): tag-only or floating images in protected environments, registries
 * outside the allow-list, loose Flux ImagePolicies, dangling markers, image automation
 * that pushes to a protected branch without review, old rollback pins, and Flux OCI sources
 * that follow floating tags no alias environment governs or do not verify signatures.
 */
const auditCommand = {
    name: AUDIT,
    summary: 'Lint a GitOps repository against the promotion guardrails.',
    usage: '[path] [--format text|json|sarif] [--protected-paths <glob>] [--sarif-file <file>]',
    inputs: [
        {
            name: 'path',
            description: 'Root of the GitOps repository to audit, inside the workspace (default: the workspace).'
        },
        { name: 'format', description: 'Output format: text, json or sarif (default text).' },
        {
            name: 'protected-paths',
            description: 'Globs of protected environments relative to path, e.g. clusters/production/**; a list ' +
                '(default: protected environments in promotion.yaml, else directories named like prod or production).',
            kind: 'list'
        },
        {
            name: 'allowed-registries',
            description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
            kind: 'list'
        },
        {
            name: 'config',
            description: 'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
        },
        {
            name: 'sarif-file',
            description: 'Also write the findings as SARIF 2.1.0 to this file in the workspace (for upload-sarif).'
        },
        {
            name: 'pin-max-age',
            description: 'How long a rollback pin may keep Flux image automation off a field before DP010 reports it, e.g. 7d, 36h, 2w (default 7d).'
        }
    ],
    positionals: ['path'],
    parse(src, ctx) {
        const root = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(ctx.workspace, src.get('path') ?? '.', 'path');
        const config = src.get('config');
        const configPath = config ?? 'promotion.yaml';
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(root, configPath, 'config');
        const sarif = src.get('sarif-file');
        const pinLabel = src.get('pin-max-age') ?? '7d';
        const pinMs = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(pinLabel);
        if (pinMs === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pin-max-age', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .echo */ .W)(pinLabel)} is not a duration`, 'use whole numbers with units s, m, h, d or w, e.g. 7d or 36h');
        return {
            pinMaxAge: { ms: pinMs, label: pinLabel },
            root,
            format: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getEnum */ .GV)(src, 'format', AUDIT_FORMATS, 'text'),
            protectedPaths: (0,_audit_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProtectedGlobs */ .VA)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'protected-paths')),
            allowedRegistries: normaliseRegistries((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'allowed-registries'), 'allowed-registries'),
            configPath,
            configRequired: config !== undefined,
            ...(sarif === undefined
                ? {}
                : { sarifFile: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(ctx.workspace, sarif, 'sarif-file') })
        };
    },
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(2088), __webpack_require__.e(1047), __webpack_require__.e(4844), __webpack_require__.e(2299), __webpack_require__.e(981), __webpack_require__.e(6343)]).then(__webpack_require__.bind(__webpack_require__, 82956))).runAudit(opts, ctx);
    }
};


/***/ }),

/***/ 65068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ parseOptionalRepositoryInputs),
/* harmony export */   _v: () => (/* binding */ GITOPS_REPOSITORY_INPUTS),
/* harmony export */   zH: () => (/* binding */ parseRepositoryInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_repository_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49623);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);



/**
 * Where the GitOps repository is and how to reach it: promote, plan and rollback always use
 * one; capture only when asked to (see {@link parseOptionalRepositoryInputs}).
 */
const GITOPS_REPOSITORY_INPUTS = [
    {
        name: 'gitops-repository',
        description: 'owner/name of the GitOps repository to clone; default: use the checkout at gitops-path.'
    },
    {
        name: 'gitops-token',
        description: 'Token to clone, push and open pull requests in gitops-repository (contents and pull-requests: write).',
        secret: true
    },
    {
        name: 'gitops-path',
        description: 'Checkout of the GitOps repository in the workspace (default: the workspace; capture uses none unless set).'
    },
    {
        name: 'gitops-branch',
        description: "Base branch (default: the environment's branch in promotion.yaml, else the default branch)."
    }
];
/** Reads {@link GITOPS_REPOSITORY_INPUTS}; gitops-path defaults to the workspace. */
function parseRepositoryInputs(src, ctx) {
    const repository = src.get('gitops-repository');
    if (repository !== undefined && !(0,_github_repository_name_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepositoryName */ .e)(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitops-repository', `'${repository}' is not owner/name`, "use GitHub's owner/name, e.g. acme/gitops");
    }
    const token = src.get('gitops-token');
    if (token)
        ctx.logger.setSecret(token);
    return {
        gitopsRepository: repository,
        gitopsToken: token,
        gitopsPath: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path'),
        gitopsBranch: src.get('gitops-branch')
    };
}
/**
 * Reads {@link GITOPS_REPOSITORY_INPUTS} for a command that needs no GitOps repository:
 * undefined unless gitops-repository or gitops-path is set (the workspace is never assumed).
 * A token or branch without either is refused, since it would silently do nothing.
 */
function parseOptionalRepositoryInputs(src, ctx) {
    if (src.get('gitops-repository') !== undefined || src.get('gitops-path') !== undefined)
        return parseRepositoryInputs(src, ctx);
    const token = src.get('gitops-token');
    if (token)
        ctx.logger.setSecret(token);
    const stray = token !== undefined ? 'gitops-token' : src.get('gitops-branch') && 'gitops-branch';
    if (stray) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(stray, 'set without gitops-repository or gitops-path, so there is no GitOps repository to use it with', 'set gitops-repository (or gitops-path), or leave it out');
    }
    return undefined;
}


/***/ }),

/***/ 25816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ checkPatternInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/**
 * The Go RE2 pattern inputs (`certificate-identity-regexp`, `certificate-oidc-issuer-regexp`,
 * `provenance-ref`), checked as the first step of a run instead of while the inputs are parsed:
 * the regular-expression engine then loads only when a run has a pattern, never at start. Every
 * command that takes them checks them before its first registry request or Git write.
 *
 * @module
 */


/** Refuses, in one line naming the input, a pattern that is not Go RE2 syntax. */
async function checkPatternInputs(opts) {
    const identity = [
        ['certificate-identity-regexp', opts.signing?.certificateIdentityRegexp],
        ['certificate-oidc-issuer-regexp', opts.signing?.certificateOidcIssuerRegexp]
    ];
    if (identity.some(([, pattern]) => pattern !== undefined)) {
        const { compileIdentityPattern } = await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(6281)]).then(__webpack_require__.bind(__webpack_require__, 76281));
        for (const [input, pattern] of identity) {
            if (pattern === undefined)
                continue;
            const compiled = compileIdentityPattern(pattern);
            if (typeof compiled === 'string') {
                // As cosign would refuse it (`regexp.Compile`).
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${pattern}' is not a Go RE2 regular expression (${compiled})`, 'write it as for cosign: RE2 syntax, no lookaround or backreferences');
            }
        }
    }
    const ref = opts.provenance?.ref;
    if (ref === undefined)
        return;
    const { compileRefPattern } = await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(2089)]).then(__webpack_require__.bind(__webpack_require__, 12089));
    const compiled = compileRefPattern(ref);
    if (typeof compiled === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('provenance-ref', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(ref)} is not a Go RE2 regular expression (${compiled})`, 'write RE2 syntax, e.g. refs/heads/main|refs/tags/v.*');
    }
}


/***/ }),

/***/ 35694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ getEnvironmentName),
/* harmony export */   EX: () => (/* binding */ getRepositoryPath),
/* harmony export */   Ex: () => (/* binding */ environmentInputError),
/* harmony export */   FK: () => (/* reexport safe */ _promote_options_js__WEBPACK_IMPORTED_MODULE_9__.F),
/* harmony export */   QQ: () => (/* binding */ runPromotionJob),
/* harmony export */   Xm: () => (/* binding */ GITOPS_INPUTS),
/* harmony export */   yZ: () => (/* binding */ parseGitOpsOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40422);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38422);
/* harmony import */ var _gitops_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65068);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82269);
/* harmony import */ var _signing_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87679);
/* harmony import */ var _pattern_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25816);
/* harmony import */ var _provenance_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46265);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(49997);
/* harmony import */ var _promote_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7062);











/** Inputs shared by promote, plan and rollback: the GitOps repository, Git and pull requests. */
const GITOPS_INPUTS = [
    {
        name: 'image',
        description: 'Image repositories to move (e.g. ghcr.io/acme/app); a list. Default: images in promotion.yaml.',
        kind: 'list'
    },
    {
        name: 'config',
        description: 'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
    },
    ..._gitops_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .GITOPS_REPOSITORY_INPUTS */ ._v,
    {
        name: 'write-mode',
        description: 'commit or pull-request (default: pull-request for protected environments, else commit).'
    },
    {
        name: 'tag-template',
        description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
    },
    {
        name: 'allowed-registries',
        description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
        kind: 'list'
    },
    { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
    { name: 'reviewers', description: 'Pull request reviewers (users); a list.', kind: 'list' },
    {
        name: 'team-reviewers',
        description: 'Pull request reviewers (team slugs); a list.',
        kind: 'list'
    },
    { name: 'draft', description: 'Open the pull request as a draft.', kind: 'flag' },
    {
        name: 'pull-request-title',
        description: 'Title template: {env}, {from}, {image}, {tag}, {digest}, {short_digest}, {count}.'
    },
    { name: 'pull-request-note', description: 'Text added to the pull request body (escaped).' },
    {
        name: 'commit-author',
        description: "Commit author as 'Name <email>' (default github-actions[bot])."
    },
    {
        name: 'commit-message',
        description: 'Commit subject template, same placeholders as pull-request-title.'
    },
    {
        name: 'source-revision',
        description: 'Commit that built the image, recorded in the ledger (default GITHUB_SHA).'
    },
    { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
    {
        name: 'dry-run',
        description: 'Run every gate and print the plan; write nothing.',
        kind: 'flag'
    },
    {
        name: 'require-attestation',
        description: "Require a signed promotion attestation from every environment the target requires (promotion.yaml's requires).",
        kind: 'flag'
    },
    ..._provenance_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .PROVENANCE_INPUTS */ .o,
    _registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .CONCURRENCY_INPUT */ .Do,
    ..._registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_INPUTS */ .yh,
    ..._signing_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNING_INPUTS */ .i
];
/** Reads {@link GITOPS_INPUTS}. */
function parseGitOpsOptions(src, ctx) {
    const repository = (0,_gitops_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRepositoryInputs */ .zH)(src, ctx);
    const author = src.get('commit-author');
    let identity;
    if (author !== undefined) {
        const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(author);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('commit-author', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .echo */ .W)(author)} is not 'Name <email>'`);
        identity = { name: m[1], email: m[2] };
    }
    const registry = (0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRegistryOptions */ .TO)(src, ctx);
    const allowed = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'allowed-registries');
    const draft = src.get('draft');
    return {
        images: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'image').map(parseRepositoryInput),
        configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
        configRequired: src.get('config') !== undefined,
        ...repository,
        writeMode: src.get('write-mode') === undefined
            ? undefined
            : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getEnum */ .GV)(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
        tagTemplate: src.get('tag-template'),
        allowedRegistries: allowed.length > 0 ? allowed : undefined,
        labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'labels'),
        reviewers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'reviewers'),
        teamReviewers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getList */ .vS)(src, 'team-reviewers'),
        draft: draft === undefined ? undefined : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBoolean */ .pW)(src, 'draft', false),
        titleTemplate: src.get('pull-request-title'),
        note: src.get('pull-request-note'),
        identity,
        commitTemplate: src.get('commit-message'),
        sourceRevision: src.get('source-revision'),
        releaseLabel: src.get('release-label'),
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBoolean */ .pW)(src, 'dry-run', false),
        registry,
        concurrency: (0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseConcurrency */ .nY)(src),
        signing: (0,_signing_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSigningOptions */ .h)(src, ctx),
        requireAttestation: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBoolean */ .pW)(src, 'require-attestation', false),
        provenance: (0,_provenance_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseProvenanceOptions */ .F)(src),
        githubToken: repository.gitopsToken ?? registry.githubToken,
        serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
    };
}
/**
 * Reads one `image` of promote, plan or rollback: a repository. The tag and digest come from the
 * environments' files, so a tag here would name a tag no environment names.
 */
function parseRepositoryInput(value) {
    const image = (0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageInput */ .bI)(value, 'image');
    const part = image.digest ? 'digest' : image.tag ? 'tag' : undefined;
    if (!part)
        return image;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('image', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .echo */ .W)(value)} names a ${part}, but image takes a repository; the ${part} comes from the environment`, `use ${image.repository}`);
}
/**
 * Reads an optional path in the GitOps repository (`to-path`, `config`, ...), refusing one that
 * is absolute or climbs out with `..`. Symlinks are judged when the repository is read.
 */
function getRepositoryPath(src, name) {
    const value = src.get(name);
    if (value === undefined)
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(value.replaceAll('\\', '/'));
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `'${value}' leaves the GitOps repository`, 'use a path relative to its root, e.g. clusters/staging');
    }
    return value;
}
/** Reads a required environment name input. */
function getEnvironmentName(src, name) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getRequired */ .kA)(src, name);
    if (!/^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .echo */ .W)(value)} is not an environment name (lowercase letters, digits, '.', '_', '-')`);
    }
    return value;
}
/**
 * Runs a promotion or rollback; when promotion.yaml does not list an environment, the
 * one-line error names the command's own input that gave it (rollback's `environment`,
 * promote's `to-environment` or `from-environment`).
 */
async function runPromotionJob(job, ctx, planOnly, inputs) {
    await (0,_pattern_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkPatternInputs */ .O)(job.gitops);
    // The promotion workflow (registry, Git, GitHub, signing) loads only when a promotion runs.
    const { runPromotion } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(6752), __webpack_require__.e(1955), __webpack_require__.e(2088), __webpack_require__.e(3917), __webpack_require__.e(6382), __webpack_require__.e(2256), __webpack_require__.e(9711), __webpack_require__.e(1047), __webpack_require__.e(4844), __webpack_require__.e(3457), __webpack_require__.e(2140), __webpack_require__.e(9372), __webpack_require__.e(2959), __webpack_require__.e(7615), __webpack_require__.e(3441), __webpack_require__.e(7490)]).then(__webpack_require__.bind(__webpack_require__, 97490));
    try {
        return await runPromotion(job, ctx, planOnly);
    }
    catch (err) {
        if (!(err instanceof _config_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .UnknownEnvironmentError */ .i4))
            throw err;
        // The target is looked up first, so a name given to both belongs to the target's input.
        const input = err.environment === job.to.name
            ? inputs.to
            : err.environment === job.from?.name
                ? inputs.from
                : undefined;
        throw input === undefined ? err : environmentInputError(err, input);
    }
}
/** An unknown environment as bad input to `input`. */
function environmentInputError(err, input) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `environment '${err.environment}' is not in promotion.yaml`, `use one of: ${err.known.join(', ')}`);
}


/***/ }),

/***/ 46265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseProvenanceOptions),
/* harmony export */   o: () => (/* binding */ PROVENANCE_INPUTS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _github_repository_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49623);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38422);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);





/** Inputs of the `provenance` gate (promote, plan, rollback, verify). */
const PROVENANCE_INPUTS = [
    {
        name: 'require-provenance',
        description: "Require verified SLSA provenance of the digest (GitHub's attest-build-provenance); default: promotion.yaml's requireProvenance, else false.",
        kind: 'flag'
    },
    {
        name: 'provenance-repository',
        description: 'owner/name of the repository whose CI must have built the digest.'
    },
    {
        name: 'provenance-ref',
        description: 'Go RE2 regular expression of allowed source refs, matched against the whole ref (anchored as ^(?:...)$), e.g. refs/heads/main|refs/tags/v.*; default any ref.'
    },
    {
        name: 'provenance-workflow',
        description: 'Path of the workflow that must have built the digest, e.g. .github/workflows/build.yml; default any workflow of provenance-repository.'
    }
];
/** Reads {@link PROVENANCE_INPUTS}, refusing a policy that could never be checked. */
function parseProvenanceOptions(src) {
    const required = src.get('require-provenance');
    const require = required === undefined ? undefined : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(src, 'require-provenance', false);
    const repository = src.get('provenance-repository');
    if (repository !== undefined && !(0,_github_repository_name_js__WEBPACK_IMPORTED_MODULE_3__/* .isRepositoryName */ .e)(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('provenance-repository', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(repository)} is not owner/name`, "use GitHub's owner/name of the repository that builds the image, e.g. acme/app");
    }
    if (require === true && repository === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('provenance-repository', 'required with require-provenance', 'name the repository whose CI builds the image, e.g. acme/app');
    }
    // The ref pattern is compiled when the run starts (checkPatternInputs), keeping RE2 off start.
    const ref = src.get('provenance-ref');
    const workflow = src.get('provenance-workflow');
    if (workflow !== undefined) {
        const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(workflow);
        if (normal !== workflow || !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflow)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('provenance-workflow', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(workflow)} is not a workflow path`, 'give it as GitHub does, e.g. .github/workflows/build.yml');
        }
    }
    return {
        ...(require !== undefined ? { require } : {}),
        ...(repository !== undefined ? { repository } : {}),
        ...(ref !== undefined ? { ref } : {}),
        ...(workflow !== undefined ? { workflow } : {})
    };
}


/***/ }),

/***/ 82269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ CONCURRENCY_INPUT),
/* harmony export */   TO: () => (/* binding */ parseRegistryOptions),
/* harmony export */   bI: () => (/* binding */ parseImageInput),
/* harmony export */   nY: () => (/* binding */ parseConcurrency),
/* harmony export */   yh: () => (/* binding */ REGISTRY_INPUTS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);



/** Inputs of every command that talks to a registry. */
const REGISTRY_INPUTS = [
    {
        name: 'registry-username',
        description: 'Username for the registry; docker/login-action credentials are used when unset.'
    },
    {
        name: 'registry-password',
        description: 'Password or token for registry-username.',
        secret: true
    },
    {
        name: 'insecure-registries',
        description: 'Registries reached over plain HTTP (loopback always is), comma or newline separated.',
        kind: 'list'
    },
    {
        name: 'github-token',
        description: 'GitHub token, used for ghcr.io when no other credential matches (defaults to GITHUB_TOKEN).',
        secret: true
    }
];
/** Reads {@link REGISTRY_INPUTS}. */
function parseRegistryOptions(src, ctx) {
    const username = src.get('registry-username');
    const password = src.get('registry-password');
    if (password)
        ctx.logger.setSecret(password);
    if (username && password)
        ctx.logger.setSecret(`${username}:${password}`);
    if ((username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? 'registry-username' : 'registry-password';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(missing, 'required when the other of registry-username and registry-password is set');
    }
    const githubToken = src.get('github-token') ?? ctx.env.GITHUB_TOKEN;
    if (githubToken)
        ctx.logger.setSecret(githubToken);
    return {
        ...(username && password ? { explicit: { username, password } } : {}),
        insecureRegistries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)(src, 'insecure-registries'),
        ...(githubToken ? { githubToken } : {})
    };
}
/** Parses an image reference from an input, naming the input when it is invalid. */
function parseImageInput(value, input, opts = {}) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(value, opts);
    }
    catch (err) {
        if (err instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, err.message);
        throw err;
    }
}
/** The `concurrency` input: images handled at once. */
const CONCURRENCY_INPUT = {
    name: 'concurrency',
    description: 'How many images to handle at once (1-32, default 8).'
};
/** Reads {@link CONCURRENCY_INPUT}. */
function parseConcurrency(src) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInteger */ .XU)(src, 'concurrency', { min: 1, max: 32 }, 8);
}


/***/ }),

/***/ 55001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TK: () => (/* binding */ MAX_POLICY_FILE),
/* harmony export */   qe: () => (/* binding */ selectTagCommand),
/* harmony export */   qv: () => (/* binding */ MAX_TAGS_FILE)
/* harmony export */ });
/* unused harmony export SELECT_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82269);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88282);




/** The `select-tag` tool's name. */
const SELECT_TAG = 'select-tag';
/** Largest tags file `select-tag` reads. */
const MAX_TAGS_FILE = 64 * 1024 * 1024;
/** An ImagePolicy is a few lines; this bounds what a mistaken path makes us read. */
const MAX_POLICY_FILE = 1024 * 1024;
function policyFromInputs(src, ctx) {
    const kinds = ['semver', 'numerical', 'alphabetical', 'policy-file'].filter(k => src.get(k) !== undefined);
    if (kinds.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('semver', 'set exactly one of semver, numerical, alphabetical and policy-file');
    const pattern = src.get('pattern');
    const extract = src.get('extract');
    const filterTags = pattern !== undefined || extract !== undefined ? { pattern, extract } : undefined;
    if (src.get('policy-file') !== undefined) {
        if (filterTags)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pattern', 'comes from the policy file; do not set it with policy-file');
        if (src.get('policy-file') === '-' && src.get('tags-file') === '-')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('policy-file', "'-' is already tags-file's standard input", 'name a file');
        return { policy: {}, describe: (0,_user_file_js__WEBPACK_IMPORTED_MODULE_3__/* .userFilePath */ .X)(src.get('policy-file'), ctx) };
    }
    const orders = ['asc', 'desc'];
    let policy;
    if (src.get('semver') !== undefined)
        policy = { semver: { range: src.get('semver') } };
    else if (src.get('numerical') !== undefined)
        policy = { numerical: { order: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)(src, 'numerical', orders, 'asc') } };
    else
        policy = { alphabetical: { order: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)(src, 'alphabetical', orders, 'asc') } };
    // The pattern (and the range) compile when the command runs, before any registry call.
    return { policy: filterTags ? { ...policy, filterTags } : policy, describe: kinds[0] };
}
/**
 * Picks a tag the way Flux's image-reflector-controller does (semver,
 * numerical or alphabetical with filterTags), and with `--explain` says why
 * every other tag lost: the answer to "why did Flux not update?".
 */
const selectTagCommand = {
    name: SELECT_TAG,
    summary: 'Select a tag with Flux ImagePolicy semantics; --explain says why each tag lost.',
    usage: '(--tags-file FILE | --image REF) (--semver RANGE | --numerical asc|desc | --alphabetical asc|desc | --policy-file FILE) [--pattern RE] [--extract TPL] [--explain] [--json]',
    inputs: [
        { name: 'tags-file', description: 'File with one tag per line.' },
        { name: 'image', description: 'Image repository whose tags the registry lists.' },
        { name: 'semver', description: 'Masterminds semver range, e.g. ">=1.2.0 <2.0.0".' },
        { name: 'numerical', description: 'asc (highest wins) or desc.' },
        { name: 'alphabetical', description: 'asc (last wins) or desc.' },
        { name: 'policy-file', description: 'A Flux ImagePolicy YAML file (v1 or v1beta2).' },
        { name: 'pattern', description: 'filterTags.pattern, a Go RE2 regular expression.' },
        { name: 'extract', description: 'filterTags.extract, e.g. $ts.' },
        { name: 'explain', description: 'List every tag with its verdict and reason.', kind: 'flag' },
        ..._registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_INPUTS */ .yh
    ],
    parse(src, ctx) {
        const file = src.get('tags-file');
        const image = src.get('image');
        if ((file === undefined) === (image === undefined))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags-file', 'set exactly one of tags-file and image');
        const { policy, describe } = policyFromInputs(src, ctx);
        return {
            source: file !== undefined
                ? { file: (0,_user_file_js__WEBPACK_IMPORTED_MODULE_3__/* .userFilePath */ .X)(file, ctx) }
                : { image: (0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageInput */ .bI)(image, 'image') },
            policy,
            describe,
            explain: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)(src, 'explain', false),
            registry: (0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryOptions */ .TO)(src, ctx)
        };
    },
    async run(opts, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(2299), __webpack_require__.e(2057)]).then(__webpack_require__.bind(__webpack_require__, 2057))).runSelectTag(opts, ctx);
    }
};


/***/ }),

/***/ 87679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseSigningOptions),
/* harmony export */   i: () => (/* binding */ SIGNING_INPUTS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);
/* harmony import */ var _signing_kms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74442);
/* harmony import */ var _signing_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14410);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);





/** Inputs of commands that sign digests or check their signatures. */
const SIGNING_INPUTS = [
    {
        name: 'signing',
        description: 'Signing backend: cosign, sigstore (built in) or none; default cosign when its binary runs, else sigstore.'
    },
    { name: 'sign', description: 'Sign the digest (keylessly, or with cosign-key).', kind: 'flag' },
    {
        name: 'require-signature',
        description: 'Refuse digests without a valid signature; unset means true for protected environments.'
    },
    {
        name: 'cosign-key',
        description: 'Private key: a cosign.key path, env://VAR, PEM text, or a KMS URI (cosign only).'
    },
    {
        name: 'cosign-password',
        description: 'Password of cosign-key (defaults to COSIGN_PASSWORD).',
        secret: true
    },
    {
        name: 'public-key',
        description: 'Public key whose signatures are trusted: a path, env://VAR, PEM text or KMS URI.'
    },
    { name: 'certificate-identity', description: 'Exact keyless signer identity to trust.' },
    {
        name: 'certificate-identity-regexp',
        description: 'Go RE2 regular expression searched for in the keyless signer identity, as cosign does (anchor it with ^...$).'
    },
    {
        name: 'certificate-oidc-issuer',
        description: `Exact OIDC issuer of the keyless signer (default ${_signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ACTIONS_ISSUER */ .qQ}).`
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        description: 'Go RE2 regular expression searched for in the OIDC issuer, in place of certificate-oidc-issuer.'
    },
    {
        name: 'fulcio-url',
        description: `Fulcio for keyless signing (default ${_signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FULCIO_URL */ .jl}).`
    },
    { name: 'rekor-url', description: `Rekor transparency log (default ${_signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REKOR_URL */ .AD}).` },
    {
        name: 'trusted-root',
        description: 'Path of a trusted_root.json for a private Sigstore; default the public-good root.'
    },
    {
        name: 'tlog-upload',
        description: 'Log signatures in Rekor (default true); false needs cosign-key.',
        kind: 'flag'
    }
];
/** Reads {@link SIGNING_INPUTS}, masking the password, and refuses contradictions. */
function parseSigningOptions(src, ctx) {
    const chosen = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)(src, 'signing', ['cosign', 'sigstore', 'none', 'auto'], 'auto');
    const sign = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)(src, 'sign', false);
    const require = src.get('require-signature');
    const requireSignature = require === undefined ? undefined : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)(src, 'require-signature', false);
    const password = src.get('cosign-password') ?? ctx.env.COSIGN_PASSWORD;
    if (password)
        ctx.logger.setSecret(password);
    const key = keyInput(src, 'cosign-key', ctx);
    const publicKey = keyInput(src, 'public-key', ctx);
    const certificateIdentity = src.get('certificate-identity');
    const certificateIdentityRegexp = src.get('certificate-identity-regexp');
    const tlogUpload = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)(src, 'tlog-upload', true);
    const trustedRoot = src.get('trusted-root');
    if (chosen === 'none' && sign)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sign', "true, but 'signing' is none");
    if (chosen === 'none' && requireSignature) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('require-signature', "true, but 'signing' is none");
    }
    if (publicKey && (certificateIdentity || certificateIdentityRegexp)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('public-key', 'set together with certificate-identity(-regexp)', 'trust either a key or a keyless identity, not both');
    }
    if (certificateIdentity && certificateIdentityRegexp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('certificate-identity-regexp', 'set together with certificate-identity', 'use one');
    }
    const issuerRegexp = src.get('certificate-oidc-issuer-regexp');
    if (issuerRegexp && src.get('certificate-oidc-issuer') !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('certificate-oidc-issuer-regexp', 'set together with certificate-oidc-issuer', 'use one');
    }
    // The two patterns are compiled when the run starts (checkPatternInputs), keeping RE2 off start.
    for (const [input, value] of [
        ['cosign-key', key],
        ['public-key', publicKey]
    ]) {
        if (chosen === 'sigstore' && value && (0,_signing_kms_js__WEBPACK_IMPORTED_MODULE_3__/* .isKmsReference */ .t)(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'KMS keys need the cosign backend', "set 'signing' to cosign");
        }
    }
    if (sign && !key && !tlogUpload) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tlog-upload', 'false needs cosign-key', 'keyless signatures are only verifiable through the transparency log');
    }
    return {
        backend: chosen,
        sign,
        ...(requireSignature === undefined ? {} : { requireSignature }),
        ...(key ? { key } : {}),
        ...(password ? { password } : {}),
        ...(publicKey ? { publicKey } : {}),
        ...(certificateIdentity ? { certificateIdentity } : {}),
        ...(certificateIdentityRegexp ? { certificateIdentityRegexp } : {}),
        certificateOidcIssuer: urlInput(src, 'certificate-oidc-issuer', _signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ACTIONS_ISSUER */ .qQ),
        ...(issuerRegexp ? { certificateOidcIssuerRegexp: issuerRegexp } : {}),
        fulcioUrl: urlInput(src, 'fulcio-url', _signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FULCIO_URL */ .jl),
        rekorUrl: urlInput(src, 'rekor-url', _signing_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REKOR_URL */ .AD),
        ...(trustedRoot
            ? { trustedRoot: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(ctx.workspace, trustedRoot, 'trusted-root') }
            : {}),
        tlogUpload,
        ...(ctx.env.COSIGN_BIN ? { cosignBin: ctx.env.COSIGN_BIN } : {}),
        env: ctx.env
    };
}
/** A key reference input: PEM text, `env://` and KMS kept as they are, paths resolved. */
function keyInput(src, name, ctx) {
    const value = src.get(name);
    if (value === undefined)
        return undefined;
    if (value.includes('-----BEGIN ')) {
        if (/PRIVATE KEY-----/.test(value)) {
            ctx.logger.setSecret(value);
            // Runners mask line by line: mask each line of the key body too.
            for (const line of value.split(/\r?\n/))
                if (line.length >= 8 && !line.startsWith('-----'))
                    ctx.logger.setSecret(line);
        }
        return value;
    }
    if (value.startsWith('env://') || (0,_signing_kms_js__WEBPACK_IMPORTED_MODULE_3__/* .isKmsReference */ .t)(value))
        return value;
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(ctx.workspace, value, name);
}
function urlInput(src, name, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(value)} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(value)} is not an http(s) URL`);
    }
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* reexport safe */ _util_markdown_js__WEBPACK_IMPORTED_MODULE_1__.H),
/* harmony export */   aY: () => (/* reexport safe */ _util_markdown_js__WEBPACK_IMPORTED_MODULE_1__.a),
/* harmony export */   hk: () => (/* binding */ summarizeFailures),
/* harmony export */   iB: () => (/* binding */ imageTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17183);



/** A Markdown table of images and digests for job summaries. */
function imageTable(rows) {
    const lines = ['| image | tag | digest | changed |', '| --- | --- | --- | --- |'];
    for (const r of rows) {
        lines.push(`| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(r.image)} | ${r.tag ? `\`${r.tag}\`` : '-'} | \`${r.digest}\` | ${r.changed ? 'yes' : 'no'} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Turns per-image failures into one error listing each image with its reason, or
 * `undefined` when all succeeded. A single failure keeps its own message.
 */
function summarizeFailures(settled, names) {
    const failed = settled
        .map((s, i) => ({ s, name: names[i] ?? `#${i}` }))
        .filter((x) => x.s.status === 'rejected');
    if (failed.length === 0)
        return undefined;
    if (failed.length === 1 && settled.length === 1)
        return failed[0].s.reason;
    const ok = settled.length - failed.length;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${failed.length} of ${settled.length} images failed (${ok} done): ` +
        failed.map(f => `${f.name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(f.s.reason)}`).join(' | '));
}


/***/ }),

/***/ 88282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   X: () => (/* binding */ userFilePath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/**
 * Files the user names in an input (`tags-file`, `policy-file`): read wherever they are,
 * including `<(…)` (a /dev/fd path) and `-` for the CLI's standard input. The user chose the
 * path, so there is nothing to confine; paths that come from repository content
 * (promotion.yaml, the ledger) are confined where they are read.
 *
 * @module
 */




/** What a failed read says about the file, by Node's error code. */
const WHY = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a parent is not a directory'
};
/** `value` resolved against the workspace, or `-` as it is. */
function userFilePath(value, ctx) {
    return value === '-' ? value : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, value);
}
/** Reads `stream` as UTF-8, refusing more than `maxBytes`. */
async function readCapped(stream, maxBytes, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size > maxBytes)
            throw tooLarge();
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * The text of the file `input` names (`file`, from {@link userFilePath}), at most `maxBytes`.
 * A read that fails is one line naming the input, the path and why.
 */
async function readUserFile(input, file, ctx, maxBytes) {
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .echo */ .W)(file)} is larger than ${maxBytes} bytes`);
    if (file === '-') {
        if (ctx.stdin?.takenBy !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'-' reads standard input, which ${ctx.stdin.takenBy} already reads`, 'name a file instead');
        }
        if (ctx.stdin?.stream === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'-' (standard input) is read by the CLI only`, 'name a file');
        return readCapped(ctx.stdin.stream, maxBytes, tooLarge);
    }
    try {
        return await readCapped((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), maxBytes, tooLarge);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw err;
        const code = err.code ?? '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `cannot read ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .echo */ .W)(file)} (${WHY[code] ?? code})`, 'check the path');
    }
}


/***/ }),

/***/ 85877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A promotion.yaml that does not parse or does not follow the schema; lists every problem. */
class ConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
}


/***/ }),

/***/ 40422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   i4: () => (/* binding */ UnknownEnvironmentError),
/* harmony export */   rz: () => (/* binding */ configImages)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85877);




/**
 * promotion.yaml does not list an environment that was asked for. The message says so and
 * which ones it lists; the command that asked names its own input (see `input` on the
 * command's error), since only it knows where the name came from.
 */
class UnknownEnvironmentError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG {
    /** The environment asked for. */
    environment;
    /** The environments promotion.yaml lists, in its order. */
    known;
    constructor(environment, known) {
        super(`environment '${environment}' is not in promotion.yaml; use one of: ${known.join(', ')}`, 2);
        this.environment = environment;
        this.known = known;
    }
}
/**
 * Finds an environment in promotion.yaml, or builds one from `<name>` and the
 * `path` override when there is no config: `clusters/<name>` by convention, and
 * names starting with `prod` protected.
 *
 * @throws UnknownEnvironmentError when there is a promotion.yaml and it does not list `name`.
 */
function environmentFor(config, name, pathOverride) {
    const found = config?.environments.find(e => e.name === name);
    if (config && !found) {
        throw new UnknownEnvironmentError(name, config.environments.map(e => e.name));
    }
    const env = found ?? {
        name,
        path: node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join('clusters', name),
        protected: name.startsWith('prod')
    };
    return pathOverride ? { ...env, path: pathOverride } : env;
}
/**
 * The image repositories promotion.yaml lists, parsed.
 *
 * @throws ConfigError naming the entry (`images.<n>.name`) that is not an image reference.
 */
function configImages(config, file) {
    return (config?.images ?? []).map((image, n) => {
        try {
            return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(image.name);
        }
        catch (err) {
            if (!(err instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_))
                throw err;
            throw new _config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(`${file}: images.${n}.name: ${err.message}`);
        }
    });
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jG: () => (/* binding */ PromoteError),
/* harmony export */   ru: () => (/* binding */ PartialRunError),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/**
 * Errors that reach the edge of the action or the CLI as one line.
 *
 * Every error the tool raises on purpose is a {@link PromoteError}: its message is
 * already the line a user reads (what is wrong, which input, how to fix it). Any
 * other error is a bug and is reported with its message only, never a stack.
 */
class PromoteError extends Error {
    /** Exit code for the CLI: 1 for a refused or failed operation, 2 for bad usage. */
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** A value given to an input (action `with:` key or CLI flag) is missing or malformed. */
class InputError extends PromoteError {
    /** Kebab-case name of the input, as in action.yml. */
    input;
    constructor(input, problem, hint) {
        super(`input '${input}': ${problem}${hint ? `; ${hint}` : ''}`, 2);
        this.input = input;
    }
}
/** A gate refused the operation before anything was written. Terminal: a retry will not help. */
class GateError extends PromoteError {
    /** Name of the gate (`source`, `tag-policy`, `signature`, `ordering`). */
    gate;
    /** Why the gate refused, without the gate's name. */
    reason;
    /** What to do about it. */
    fix;
    constructor(gate, reason, fix) {
        super(`gate '${gate}' failed: ${reason}; fix: ${fix}`);
        this.gate = gate;
        this.reason = reason;
        this.fix = fix;
    }
}
/**
 * A failure after the run had already written something. The message says what is
 * done; the shell that ran the command adds how to resume ({@link PartialRunError.line}):
 * the CLI its own command line, the action "re-run the job". Every step is idempotent,
 * so the resumed run keeps what is done and finishes the rest.
 */
class PartialRunError extends PromoteError {
    /** The failure itself, as one line. */
    failure;
    /** What was already written, e.g. "registry tag r/app:staging-v1 names sha256:…". */
    done;
    /** What the resumed run does, e.g. "open the pull request for that branch". */
    next;
    constructor(failure, done, next) {
        super(`${failure}; done so far: ${done.join(', ')}; run the same command again to ${next}`);
        this.failure = failure;
        this.done = done;
        this.next = next;
    }
    /** The one line, with `resume(next)` saying how to resume, e.g. "re-run the job to <next>". */
    line(resume) {
        return `${this.failure}; done so far: ${this.done.join(', ')}; ${resume(this.next)}`;
    }
}
/** Returns the message of anything thrown, without a stack trace. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 49623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isRepositoryName)
/* harmony export */ });
/**
 * GitHub's grammar for `owner/name`. A looser check lets `../..` through, which then becomes a
 * clone URL path outside the owner namespace.
 */
// https://github.com/join: "Username may only contain alphanumeric characters or single hyphens,
// and cannot begin or end with a hyphen", at most 39 characters (organisations too).
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
// Repository names: ASCII letters, digits, '.', '-', '_', at most 100 characters; GitHub
// refuses '.' and '..' themselves.
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** Whether `value` is a GitHub `owner/name`. */
function isRepositoryName(value) {
    const parts = value.split('/');
    if (parts.length !== 2)
        return false;
    const [owner, name] = parts;
    return OWNER.test(owner) && NAME.test(name) && name !== '.' && name !== '..';
}


/***/ }),

/***/ 46620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   FQ: () => (/* binding */ environmentPath),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   eN: () => (/* binding */ FLUX_NAMESPACE),
/* harmony export */   lL: () => (/* binding */ REGISTRY_PROVIDERS),
/* harmony export */   oZ: () => (/* binding */ TAG_SCHEMES)
/* harmony export */ });
/**
 * What `init` scaffolds: the options every template reads, already validated by the command.
 */
/** Where Flux image automation authenticates to the registry. */
const REGISTRY_PROVIDERS = ['generic', 'aws', 'gcp', 'azure'];
/** How the automated environment's tags are written, and so which ImagePolicy selects them. */
const TAG_SCHEMES = ['timestamp', 'semver', 'sha'];
/** The Flux namespace the generated objects live in. */
const FLUX_NAMESPACE = 'flux-system';
/** The image's last path segment, the base of every generated object name. */
const shortName = (image) => image.slice(image.lastIndexOf('/') + 1);
/** Directory of an environment in the GitOps repository. */
const environmentPath = (env) => `clusters/${env}`;
/** Name of the ImagePolicy of an automated environment. */
const policyName = (image, env) => `${shortName(image)}-${env}`;


/***/ }),

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XU: () => (/* binding */ getInteger),
/* harmony export */   kA: () => (/* binding */ getRequired),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* unused harmony exports parseList, getWorkspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);



/** Reads the input of `name` and refuses to go on without it. */
function getRequired(src, name, hint) {
    const value = src.get(name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'required but not set', hint);
    return value;
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Reads a boolean with the YAML 1.2 core schema, like `core.getBooleanInput`,
 * but with a default for an unset input and a message that names the input.
 */
function getBoolean(src, name, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `expected true or false, got ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(value)}`);
}
/** Reads one of a fixed set of values. */
function getEnum(src, name, allowed, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `expected one of ${allowed.join(', ')}, got ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(value)}`);
}
/** Reads a whole number within bounds. */
function getInteger(src, name, bounds, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `expected a whole number, got ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(value)}`);
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `expected a number from ${bounds.min} to ${bounds.max}, got ${n}`);
    }
    return n;
}
/**
 * Splits a list input on newlines and commas, honouring double quotes so a value
 * may hold a comma, like docker/actions-toolkit's `getInputList`. Empty items and
 * `#` comment lines are dropped.
 */
function parseList(value) {
    if (value === undefined)
        return [];
    const items = [];
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let current = '';
        let quoted = false;
        for (const ch of line) {
            if (ch === '"')
                quoted = !quoted;
            else if (ch === ',' && !quoted) {
                items.push(current);
                current = '';
            }
            else
                current += ch;
        }
        items.push(current);
    }
    return items.map(s => s.trim()).filter(s => s.length > 0);
}
/** Reads a list input; see {@link parseList}. */
function getList(src, name) {
    return parseList(src.get(name));
}
/**
 * Resolves a path input against the workspace and refuses anything that would
 * leave it (`../`, absolute paths elsewhere), since inputs are untrusted.
 */
function getWorkspacePath(src, name, workspace, fallback) {
    const value = src.get(name) ?? fallback;
    if (value === undefined)
        return undefined;
    return resolveInside(workspace, value, name);
}
/** Resolves `p` against `root` and throws an {@link InputError} if it escapes `root`. */
function resolveInside(root, p, input) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(base, p);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(base, resolved);
    if (rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(p)} is outside ${base}`, 'use a path inside the repository');
    }
    return resolved;
}


/***/ }),

/***/ 31745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ forcedOverDrift),
/* harmony export */   Xd: () => (/* binding */ previousTarget),
/* harmony export */   bg: () => (/* binding */ deployments),
/* harmony export */   zf: () => (/* binding */ latestDeployment)
/* harmony export */ });
/**
 * Events of one environment and image that changed what it runs, oldest first. An `unpinned`
 * event hands a field back to image automation without moving the digest, so it is not one.
 */
function deployments(ledger, environment, image) {
    return ledger.events.filter(e => e.environment === environment &&
        e.image === image &&
        e.kind !== 'capture' &&
        e.kind !== 'unpinned');
}
/** The latest event that moved `image` in `environment`. */
function latestDeployment(ledger, environment, image) {
    return deployments(ledger, environment, image).at(-1);
}
/**
 * The default rollback target: the digest the environment ran before its
 * latest move. A re-run of the same workflow run that already rolled back
 * keeps that rollback's digest, so re-running never flips back and forth.
 */
function previousTarget(ledger, environment, image, runId) {
    // A move forced over drift put back what Git governs; going back skips it, never to the
    // digest someone moved the alias to outside digest-promote.
    const history = deployments(ledger, environment, image).filter(e => !forcedOverDrift(e));
    const latest = history.at(-1);
    if (!latest)
        return undefined;
    if (latest.kind === 'rollback' && runId && latest.pipeline.runId === runId) {
        return { digest: latest.digest, tag: latest.targetTag ?? undefined, replaces: latest };
    }
    if (!latest.previousDigest)
        return undefined;
    const earlier = [...history].reverse().find(e => e.digest === latest.previousDigest);
    return { digest: latest.previousDigest, tag: earlier?.targetTag ?? undefined, replaces: latest };
}
/**
 * Whether `event` is an alias move `apply` forced over drift: its previous digest is one someone
 * put on the alias outside digest-promote, which Git never governed.
 */
function forcedOverDrift(event) {
    return event.gates.some(g => g.name === 'alias-drift');
}


/***/ }),

/***/ 40397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseKeyPath),
/* harmony export */   m: () => (/* binding */ ValuesPathError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/**
 * Key paths as values targets name them (`image.tag`, `images[0].digest`, `a\\.b`), apart from
 * the YAML code that follows them, so that parsing inputs loads nothing else.
 *
 * @module
 */


/** A key path that does not parse, or that the file cannot satisfy. One line, no input names. */
class ValuesPathError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
}
const MAX_PATH_SEGMENTS = 64;
/** Parses a key path into its segments (see the module comment for the syntax). */
function parseKeyPath(text) {
    const bad = (problem) => {
        throw new ValuesPathError(`key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(text)}: ${problem}`);
    };
    const segments = [];
    let key = '';
    let pendingKey = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            const next = text[i + 1];
            if (next !== '.' && next !== '\\' && next !== '[')
                bad("'\\' escapes only '.', '[' or '\\'");
            key += next;
            i++;
        }
        else if (c === '.') {
            if (pendingKey) {
                if (key === '')
                    bad('empty key (two dots, or a leading or trailing dot)');
                segments.push(key);
            }
            else if (key !== '')
                bad("expected '.' or '[' after ']'");
            key = '';
            pendingKey = true;
        }
        else if (c === '[') {
            const close = text.indexOf(']', i);
            const index = text.slice(i + 1, close < 0 ? undefined : close);
            if (close < 0 || !/^(0|[1-9][0-9]{0,5})$/.test(index))
                bad('expected [<index>], e.g. [0]');
            if (pendingKey && key !== '')
                segments.push(key);
            else if (pendingKey && segments.length === 0)
                bad('a list index needs a key before it');
            segments.push(Number(index));
            key = '';
            pendingKey = false;
            i = close;
        }
        else {
            if (!pendingKey)
                bad("expected '.' or '[' after ']'");
            key += c;
        }
    }
    if (pendingKey) {
        if (key === '')
            bad('empty key (two dots, or a leading or trailing dot)');
        segments.push(key);
    }
    if (segments.length > MAX_PATH_SEGMENTS)
        bad(`more than ${MAX_PATH_SEGMENTS} segments`);
    return segments;
}


/***/ }),

/***/ 7062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DEFAULT_IDENTITY)
/* harmony export */ });
/** The author of promotion commits when neither the input nor promotion.yaml names one. */
const DEFAULT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DW: () => (/* binding */ DOMAIN_REGEXP),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   VS: () => (/* binding */ LEGACY_DEFAULT_DOMAIN),
/* harmony export */   ZN: () => (/* binding */ ImageReference),
/* harmony export */   Zw: () => (/* binding */ referenceToJson),
/* harmony export */   jt: () => (/* binding */ TAG_REGEXP),
/* harmony export */   lV: () => (/* binding */ DEFAULT_DOMAIN),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_REGISTRY_HOST, OFFICIAL_REPO_PREFIX, MAX_PATH_LENGTH, MAX_TAG_LENGTH, PATH_COMPONENT_REGEXP, REPOSITORY_PATH_REGEXP, DIGEST_REGEXP, IDENTIFIER_REGEXP, DIGEST_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/**
 * The one parser for container image references.
 *
 * Semantics follow github.com/distribution/reference (`ParseNormalizedNamed`, `WithTag`,
 * `WithDigest`, `FamiliarString`), which is what `docker pull` and most registries' clients use:
 *
 * ```
 * reference      := name [ ":" tag ] [ "@" digest ]
 * name           := [ domain "/" ] path
 * domain         := host [ ":" port ]
 * host           := domain-name | IPv4 | "[" IPv6 "]"
 * path           := path-component ( "/" path-component )*
 * path-component := [a-z0-9]+ ( separator [a-z0-9]+ )*
 * separator      := "." | "_" | "__" | "-"+
 * tag            := [\w][\w.-]{0,127}
 * ```
 *
 * Digests follow the OCI image-spec descriptor grammar and its registered algorithms
 * (image-spec `descriptor.md`, "Digests" and "Registered algorithms").
 *
 * Call sites never slice reference strings: they parse into an {@link ImageReference} and read
 * its fields, so every part of the product agrees on what a reference means.
 *
 * @module
 */


/** Domain that names Docker Hub in normalized references. */
const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's legacy "Docker Index" domain; rewritten to {@link DEFAULT_DOMAIN}. */
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/**
 * Host that actually serves Docker Hub's registry API: `docker.io` is only a naming convention
 * and does not answer `/v2/` itself.
 */
const DOCKER_HUB_REGISTRY_HOST = 'registry-1.docker.io';
/** Namespace of Docker Hub's official images, implied when a Hub path has a single component. */
const OFFICIAL_REPO_PREFIX = 'library/';
/**
 * Longest repository path accepted, in characters. distribution measures the path only, without
 * the domain (distribution/reference `RepositoryNameTotalLengthMax`, after "Exclude domain from
 * name length check").
 */
const MAX_PATH_LENGTH = 255;
/** Longest tag accepted, in characters: one leading character plus at most 127 more. */
const MAX_TAG_LENGTH = 128;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
// IPv6 literals are bracketed as in RFC 3986's Host; like distribution, only the character set
// is checked, and zone identifiers (RFC 6874) are left out.
const IPV6_ADDRESS = '\\[[a-fA-F0-9:]+\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/**
 * A registry domain: a DNS-like name, IPv4 address or bracketed IPv6 address, with an optional
 * port. Uppercase is allowed here (distribution's `domainNameComponent`), unlike in paths.
 */
const DOMAIN_REGEXP = new RegExp(`^${DOMAIN_AND_PORT}$`);
/** One `/`-separated component of a repository path. */
const PATH_COMPONENT_REGEXP = new RegExp(`^${PATH_COMPONENT}$`);
/** A whole repository path (without domain), e.g. `library/nginx`. */
const REPOSITORY_PATH_REGEXP = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/** A tag: a word character, then up to 127 word characters, dots or dashes. */
const TAG_REGEXP = /^\w[\w.-]{0,127}$/;
/**
 * The OCI image-spec digest grammar, `algorithm ":" encoded`. Matching it is necessary, not
 * sufficient: the algorithm must also be registered and its encoded part well formed, which
 * {@link parseDigest} checks.
 */
const DIGEST_REGEXP = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/**
 * A bare 64-character lowercase hex string. Docker refuses it as a repository name because it
 * cannot be told apart from an image ID.
 */
const IDENTIFIER_REGEXP = /^[a-f0-9]{64}$/;
/**
 * Encoded-part grammar of each digest algorithm registered by the OCI image-spec
 * (`descriptor.md`, "Registered algorithms"): all three are lowercase hex of a fixed length.
 */
const DIGEST_ALGORITHMS = Object.freeze({
    sha256: /^[a-f0-9]{64}$/,
    sha512: /^[a-f0-9]{128}$/,
    blake3: /^[a-f0-9]{64}$/
});
/** Number of hex characters in the encoded part, per registered algorithm. */
const DIGEST_HEX_LENGTH = {
    sha256: 64,
    sha512: 128,
    blake3: 64
};
/**
 * A reference, tag or digest that does not follow the grammar. The message is one line:
 * `invalid reference "<input>": <reason>`.
 */
class InvalidReferenceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** The refused text, exactly as given. */
    input;
    /** Why it was refused, without the input (e.g. `repository name must be lowercase`). */
    reason;
    /** Whether a whole reference, a tag or a digest was refused. */
    subject;
    constructor(input, reason, subject = 'reference') {
        // JSON quoting escapes control characters, so a hostile input cannot break the line; reasons
        // quote the parts they name the same way.
        super(`invalid ${subject} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(input, { style: 'json' })}: ${reason}`);
        this.input = input;
        this.reason = reason;
        this.subject = subject;
    }
}
/** Returns why `digest` is not a valid, registered digest, or `undefined` if it is. */
function digestProblem(digest) {
    if (digest === '')
        return 'digest must not be empty';
    if (!DIGEST_REGEXP.test(digest))
        return 'digest must be "<algorithm>:<encoded>"';
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (!Object.hasOwn(DIGEST_ALGORITHMS, algorithm)) {
        // image-spec lets unregistered algorithms pass the grammar, but distribution refuses them
        // (go-digest ErrDigestUnsupported), and nothing here could verify content against them.
        const known = Object.keys(DIGEST_ALGORITHMS).join(', ');
        return `unsupported digest algorithm ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(algorithm, { style: 'json' })} (supported: ${known})`;
    }
    const alg = algorithm;
    if (!DIGEST_ALGORITHMS[alg].test(digest.slice(algorithm.length + 1))) {
        return `${alg} digest must be ${DIGEST_HEX_LENGTH[alg]} lowercase hexadecimal characters`;
    }
    return undefined;
}
/** Returns why `tag` is not a valid tag, or `undefined` if it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'tag must not be empty';
    if (tag.length > MAX_TAG_LENGTH) {
        return `tag must not be more than ${MAX_TAG_LENGTH} characters (got ${tag.length})`;
    }
    if (!TAG_REGEXP.test(tag)) {
        return 'tag must contain only letters, digits, "_", "." and "-", and not start with "." or "-"';
    }
    return undefined;
}
/**
 * Splits a name into domain and path the way distribution's `splitDockerDomain` does: the
 * first component is a domain only if it could not be a Docker Hub namespace.
 */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0) {
        // A single component is always a Hub official image, even `localhost` or `example.com`
        // (distribution keeps this for compatibility; see its FIXME in splitDockerDomain).
        return { domain: DEFAULT_DOMAIN, path: OFFICIAL_REPO_PREFIX + name, explicit: false };
    }
    const first = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    let domain;
    let path;
    let explicit = true;
    if (first === LEGACY_DEFAULT_DOMAIN) {
        domain = DEFAULT_DOMAIN;
        path = rest;
    }
    else if (looksLikeDomain(first)) {
        domain = first;
        path = rest;
    }
    else {
        domain = DEFAULT_DOMAIN;
        path = name;
        explicit = false;
    }
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path, explicit };
}
/**
 * distribution's domain test for a first path component: `localhost`, or anything with a `.`
 * (name, IPv4) or `:` (port, IPv6), or with uppercase letters, which a Hub namespace never has.
 */
function looksLikeDomain(component) {
    return (component === 'localhost' ||
        component.includes('.') ||
        component.includes(':') ||
        component.toLowerCase() !== component);
}
const PATH_COMPONENT_RULE = 'lowercase letters and digits, separated by ".", "_", "__" or dashes';
/** Returns why `path` is not a valid repository path, or `undefined` if it is. */
function pathProblem(path) {
    // Checked first, as distribution does, so `foo/Bar` gets the helpful message rather than a
    // generic format error.
    if (path.toLowerCase() !== path)
        return 'repository name must be lowercase';
    for (const component of path.split('/')) {
        if (component === '')
            return 'repository name must not have empty path components';
        if (!PATH_COMPONENT_REGEXP.test(component)) {
            const quoted = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(component, { style: 'json' });
            return `repository path component ${quoted} must be ${PATH_COMPONENT_RULE}`;
        }
    }
    if (path.length > MAX_PATH_LENGTH) {
        const got = path.length;
        return `repository name must not be more than ${MAX_PATH_LENGTH} characters (got ${got})`;
    }
    return undefined;
}
/**
 * An image reference, parsed and normalized. Immutable: the `with*` methods return new
 * instances. Create one with {@link parseReference}.
 */
class ImageReference {
    /** Registry domain, normalized (`docker.io` for Docker Hub), e.g. `ghcr.io`, `[::1]:5000`. */
    domain;
    /** Repository path without the domain, e.g. `library/nginx`, `acme/app`. */
    path;
    /** Tag, when the reference has one. */
    tag;
    /** Digest (`algorithm:hex`), when the reference has one. */
    digest;
    constructor(domain, path, tag, digest) {
        this.domain = domain;
        this.path = path;
        this.tag = tag;
        this.digest = digest;
        Object.freeze(this);
    }
    /**
     * Parses `input`; see {@link parseReference}.
     *
     * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
     */
    static parse(input, opts = {}) {
        const fail = (reason) => {
            throw new InvalidReferenceError(input, reason);
        };
        if (input === '')
            fail('reference must not be empty');
        if (IDENTIFIER_REGEXP.test(input)) {
            // Same refusal as distribution's ParseNormalizedNamed: the string could be an image ID.
            fail('a 64-character hexadecimal string is ambiguous (it may be an image ID)');
        }
        // Neither a path, a tag nor a digest may contain `@`, so the first one starts the digest.
        let rest = input;
        let digest;
        const at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.slice(at + 1);
            rest = rest.slice(0, at);
        }
        // In a name, `:` only appears in the domain (port, IPv6 literal), before the first `/`; so a
        // colon after the last `/`, or in a single-component name, starts the tag.
        let tag;
        const colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.slice(colon + 1);
            rest = rest.slice(0, colon);
        }
        if (rest === '')
            fail('repository name must not be empty');
        // `app:v1:bad`: the last `:` split off `bad`, leaving `app:v1` as a path component that the
        // path rule would call "not lowercase". Say what is wrong: a second `:`. An IPv6 literal
        // without a path (`[::1]:5000`) is left to the path rule.
        const last = rest.slice(rest.lastIndexOf('/') + 1);
        if (last.includes(':') && !last.startsWith('[')) {
            const quoted = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(`${last}:${tag ?? ''}`, { style: 'json' });
            fail(`${quoted} has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"`);
        }
        const { domain, path, explicit } = splitDomain(rest);
        if (explicit && !DOMAIN_REGEXP.test(domain)) {
            const quoted = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(domain, { style: 'json' });
            fail(`registry domain ${quoted} must be a host name or IP address with optional port`);
        }
        const badPath = pathProblem(path);
        if (badPath !== undefined)
            fail(badPath);
        const badTag = tag === undefined ? undefined : tagProblem(tag);
        if (badTag !== undefined)
            fail(badTag);
        const badDigest = digest === undefined ? undefined : digestProblem(digest);
        if (badDigest !== undefined)
            fail(badDigest);
        if (opts.strict === true && tag === undefined && digest === undefined) {
            fail('a tag or a digest is required');
        }
        return new ImageReference(domain, path, tag, digest);
    }
    /** `domain/path`, e.g. `docker.io/library/nginx`. */
    get repository() {
        return `${this.domain}/${this.path}`;
    }
    /**
     * The repository in familiar form, as Docker prints it: `nginx`, `acme/app`,
     * `ghcr.io/acme/app`.
     */
    get name() {
        if (this.domain !== DEFAULT_DOMAIN)
            return this.repository;
        const slash = this.path.indexOf('/');
        // A Hub path whose first component would read back as a domain (`localhost/x`, `a.b/x`)
        // keeps `docker.io/`, so the familiar form always parses back to this reference.
        // distribution's familiarizeName drops it anyway; here round-tripping wins.
        if (slash >= 0 && looksLikeDomain(this.path.slice(0, slash)))
            return this.repository;
        if (this.path.startsWith(OFFICIAL_REPO_PREFIX)) {
            const official = this.path.slice(OFFICIAL_REPO_PREFIX.length);
            // Only a single-component remainder is an official image (distribution familiarizeName).
            // A bare 64-hex remainder keeps `library/`: alone it would be refused as an image ID.
            if (!official.includes('/') && !IDENTIFIER_REGEXP.test(official))
                return official;
        }
        return this.path;
    }
    /** Full form with domain, tag and digest: `docker.io/library/nginx:1.2`. */
    get normalized() {
        return this.repository + this.suffix();
    }
    /** Short form as Docker prints it: `nginx:1.2`, `acme/app@sha256:…`, `ghcr.io/acme/app:1`. */
    get familiar() {
        return this.name + this.suffix();
    }
    /** The normalized form. */
    toString() {
        return this.normalized;
    }
    /**
     * The host to send registry HTTP API requests to (with port, if any): `registry-1.docker.io`
     * for Docker Hub, the domain otherwise.
     */
    registryHost() {
        return this.domain === DEFAULT_DOMAIN ? DOCKER_HUB_REGISTRY_HOST : this.domain;
    }
    /**
     * This reference with `tag` as its tag; a digest is kept, as distribution's `WithTag` does.
     *
     * @throws {@link InvalidReferenceError} when `tag` is not a valid tag.
     */
    withTag(tag) {
        const problem = tagProblem(tag);
        if (problem !== undefined)
            throw new InvalidReferenceError(tag, problem, 'tag');
        return new ImageReference(this.domain, this.path, tag, this.digest);
    }
    /**
     * This reference pinned to `digest`; a tag is kept, as distribution's `WithDigest` does.
     *
     * @throws {@link InvalidReferenceError} when `digest` is not a valid, registered digest.
     */
    withDigest(digest) {
        const problem = digestProblem(digest);
        if (problem !== undefined)
            throw new InvalidReferenceError(digest, problem, 'digest');
        return new ImageReference(this.domain, this.path, this.tag, digest);
    }
    /** This reference without its tag; a digest is kept. */
    withoutTag() {
        return new ImageReference(this.domain, this.path, undefined, this.digest);
    }
    suffix() {
        return ((this.tag === undefined ? '' : `:${this.tag}`) +
            (this.digest === undefined ? '' : `@${this.digest}`));
    }
}
/**
 * Parses an image reference (`name[:tag][@digest]`) the way distribution's
 * `ParseNormalizedNamed` does: a missing domain means Docker Hub (`docker.io`), a single-
 * component Hub path gets `library/`, and `index.docker.io` becomes `docker.io`.
 *
 * @param input - the reference, untrimmed.
 * @param opts - `strict: true` requires a tag or a digest.
 * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
 */
function parseReference(input, opts) {
    return ImageReference.parse(input, opts);
}
/**
 * Splits a digest into algorithm and hex.
 *
 * @throws {@link InvalidReferenceError} (subject `digest`) when `s` does not follow the OCI
 * grammar, names an unregistered algorithm or has a malformed encoded part.
 */
function parseDigest(s) {
    const problem = digestProblem(s);
    if (problem !== undefined)
        throw new InvalidReferenceError(s, problem, 'digest');
    const colon = s.indexOf(':');
    return Object.freeze({ algorithm: s.slice(0, colon), hex: s.slice(colon + 1) });
}
/** Whether `s` is a valid digest with a registered algorithm (e.g. `sha256:<64 hex>`). */
function isDigest(s) {
    return digestProblem(s) === undefined;
}
/** Whether `s` is a valid tag. */
function isValidTag(s) {
    return tagProblem(s) === undefined;
}
/**
 * Parses `input` into a JSON-ready object, for the CLI `ref` tool: never throws for an invalid
 * reference, and uses `null` (not a missing key) for an absent tag or digest so the output
 * shape is fixed.
 */
function referenceToJson(input, opts) {
    let ref;
    try {
        ref = parseReference(input, opts);
    }
    catch (err) {
        if (err instanceof InvalidReferenceError)
            return { valid: false, error: err.message };
        throw err;
    }
    return {
        valid: true,
        domain: ref.domain,
        path: ref.path,
        tag: ref.tag ?? null,
        digest: ref.digest ?? null,
        familiar: ref.familiar,
        normalized: ref.normalized
    };
}


/***/ }),

/***/ 74442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ isKmsReference)
/* harmony export */ });
/* unused harmony export KMS_SCHEMES */
/**
 * KMS key references, which only the cosign backend signs with.
 *
 * @module
 */
/** URI schemes of KMS keys; only the cosign backend can sign with them. */
const KMS_SCHEMES = ['awskms://', 'gcpkms://', 'hashivault://', 'azurekms://'];
/** True for `awskms://`, `gcpkms://`, `hashivault://` and `azurekms://` references. */
function isKmsReference(ref) {
    return KMS_SCHEMES.some(s => ref.startsWith(s));
}


/***/ }),

/***/ 14410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   GY: () => (/* binding */ BUNDLE_ANNOTATIONS),
/* harmony export */   Ib: () => (/* binding */ SIGSTORE_BUNDLE_MEDIA_TYPE),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   cy: () => (/* binding */ isKeyPolicy),
/* harmony export */   jl: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   uJ: () => (/* binding */ SigningError),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * One interface for both signing backends: sigstore-js in process, and the cosign CLI.
 *
 * "The digest gives immutability, signing gives authenticity, and signing without verifying is
 * theatre": every backend that signs can also verify, and a verification names who signed.
 *
 * @module
 */

/** True when `policy` trusts a key rather than a certificate identity. */
function isKeyPolicy(policy) {
    return 'key' in policy && typeof policy.key === 'string';
}
/** Signing could not be done or set up; the message says what and how to fix it. */
class SigningError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
}
/**
 * The payload both backends sign, after cosign's `sign --new-bundle-format`: an in-toto v1
 * statement whose only subject is the image digest, with cosign's signing predicate type.
 */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** In-toto statement type, v1. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** DSSE payload type of in-toto statements. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Media type (and referrer artifact type) of a Sigstore bundle v0.3. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Annotations cosign sets on a bundle referrer, so cosign and others can filter them. */
const BUNDLE_ANNOTATIONS = Object.freeze({
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE
});
/** The public-good Fulcio. */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
/** The public-good Rekor. */
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** The issuer of GitHub Actions OIDC tokens. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A one-line description of the signer a policy expects, for messages. */
function describePolicy(policy, keyFingerprint) {
    if (isKeyPolicy(policy))
        return `key ${keyFingerprint ?? '(public-key)'}`;
    const who = policy.certificateIdentity
        ? policy.certificateIdentity
        : policy.certificateIdentityRegexp
            ? `an identity matching /${policy.certificateIdentityRegexp}/`
            : 'any identity';
    const issuer = policy.certificateOidcIssuerRegexp !== undefined
        ? `an issuer matching /${policy.certificateOidcIssuerRegexp}/`
        : policy.certificateOidcIssuer;
    return `${who} (issuer ${issuer})`;
}


/***/ }),

/***/ 24139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ refuseFloating)
/* harmony export */ });
/* unused harmony export FLOATING_TAGS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);


/** Tags that name "whatever was pushed last": never a source or a target of a promotion. */
const FLOATING_TAGS = new Set(['latest']);
/**
 * Refuses a floating tag (`latest`) as the source or target of a promotion, since
 * it names no fixed digest. `aliases` lists floating aliases the configuration
 * allows to move (each move is recorded).
 */
function refuseFloating(tag, role, aliases = []) {
    if (tag === undefined || !FLOATING_TAGS.has(tag) || aliases.includes(tag))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('tag-policy', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(tag)} is a floating tag and cannot be a promotion ${role}`, role === 'source'
        ? 'name the source by digest or by its immutable environment tag'
        : 'promote to an immutable environment tag (tag-template)');
}


/***/ }),

/***/ 78159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   bj: () => (/* binding */ deriveTargetTag),
/* harmony export */   vY: () => (/* binding */ renderTag),
/* harmony export */   y6: () => (/* binding */ DEFAULT_TAG_TEMPLATE)
/* harmony export */ });
/* unused harmony export TagTemplateError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);



/** The default environment tag: the seeds' `production-v1.2.3-<sha>-<ts>` pattern. */
const DEFAULT_TAG_TEMPLATE = '{env}-v{version}-{sha}-{ts}';
// Each placeholder's grammar, chosen so a parse of the default template is unambiguous:
// a pre-release may hold '-', but a sha is hex and a timestamp all digits.
const FIELD_PATTERNS = {
    env: '[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*?',
    version: '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+?)?',
    sha: '[0-9a-f]{7,40}',
    ts: '\\d{9,11}',
    now: '\\d{9,11}'
};
/** A refusal to use a tag template or tag; names the input it came from. */
class TagTemplateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
}
/** Parses `{env}-v{version}-{sha}-{ts}`-style templates; unknown placeholders are refused. */
function parseTemplate(template, input = 'tag-template') {
    const parts = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        if (m.index > last)
            parts.push({ literal: template.slice(last, m.index) });
        const name = m[1] ?? '';
        if (!(name in FIELD_PATTERNS)) {
            throw new TagTemplateError(`input '${input}': unknown placeholder {${name}} in ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(template)}; use {env}, {version}, {sha}, {ts} or {now}`, 2);
        }
        parts.push({ field: name });
        last = re.lastIndex;
    }
    if (last < template.length)
        parts.push({ literal: template.slice(last) });
    if (/[{}]/.test(parts.map(p => ('literal' in p ? p.literal : '')).join(''))) {
        throw new TagTemplateError(`input '${input}': unbalanced brace in ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(template)}`, 2);
    }
    return { source: template, parts };
}
/** Renders a template; every placeholder it uses must have a value. */
function renderTag(template, fields, input = 'tag-template') {
    const out = template.parts
        .map(p => {
        if ('literal' in p)
            return p.literal;
        const value = fields[p.field];
        if (value === undefined || value === '') {
            throw new TagTemplateError(`input '${input}': template ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(template.source)} needs {${p.field}}, which has no value; ${FIELD_HINTS[p.field]}`, 2);
        }
        return value;
    })
        .join('');
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(out)) {
        throw new TagTemplateError(`input '${input}': template ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(template.source)} renders ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(out)}, which is not a valid tag`, 2);
    }
    return out;
}
const FIELD_HINTS = {
    env: 'set the environment input',
    version: 'set the version input (or run on a v* tag push)',
    sha: 'set source-revision (GITHUB_SHA is used when set)',
    ts: 'set the build time (the source tag supplies it when promoting)',
    now: 'the clock supplies it'
};
/** Reads the fields out of a tag made by `template`; `undefined` if the tag does not fit. */
function parseTag(template, tag) {
    const pattern = template.parts
        .map(p => ('literal' in p ? escape(p.literal) : `(?<${p.field}>${FIELD_PATTERNS[p.field]})`))
        .join('');
    let re;
    try {
        re = new RegExp(`^${pattern}$`);
    }
    catch {
        // A template that uses one placeholder twice cannot name two groups alike.
        throw new TagTemplateError(`input 'tag-template': ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(template.source)} uses a placeholder twice`, 2);
    }
    const m = re.exec(tag);
    return m?.groups ? { ...m.groups } : undefined;
}
function escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The target environment's tag for a source tag: the same version, revision and
 * build time under the new environment, e.g. `staging-v1.2.3-abc1234-1700000000`
 * becomes `production-v1.2.3-abc1234-1700000000`.
 */
function deriveTargetTag(sourceTag, toEnv, opts) {
    const template = parseTemplate(opts.template ?? DEFAULT_TAG_TEMPLATE);
    const sourceTemplate = parseTemplate(opts.sourceTemplate ?? opts.template ?? DEFAULT_TAG_TEMPLATE);
    const fields = parseTag(sourceTemplate, sourceTag);
    if (!fields) {
        throw new TagTemplateError(`source tag ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(sourceTag)} does not follow the template ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(sourceTemplate.source)}, so no target tag can be derived; ` +
            'give the target tag explicitly or set tag-template');
    }
    return renderTag(template, {
        ...fields,
        env: toEnv,
        now: String(Math.floor(opts.now.getTime() / 1000))
    });
}


/***/ }),

/***/ 43731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ mapSettled),
/* harmony export */   Z: () => (/* binding */ settledOrThrow)
/* harmony export */ });
/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping order.
 * Every item settles: one failure does not stop the others, so each image's
 * result can be reported on its own.
 */
async function mapSettled(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()));
    return results;
}
/**
 * The values of `results` in order, or the first failure in item order, so which error a run
 * reports does not depend on which item happened to finish first.
 */
function settledOrThrow(results) {
    const failed = results.find(r => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map(r => r.value);
}


/***/ }),

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/**
 * Durations as `pin-max-age` and `wait` take them (`7d`, `36h`, `1h30m`), apart from the code that uses
 * them, so that parsing inputs loads nothing else.
 *
 * @module
 */
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
/** Milliseconds of a duration such as `7d`, `36h` or `1w2d`; undefined when it is not one. */
function parseDuration(text) {
    if (!/^(?:\d{1,6}[smhdw])+$/.test(text))
        return undefined;
    let ms = 0;
    for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g))
        ms += Number(n) * (UNIT_MS[unit] ?? 0);
    return ms;
}


/***/ }),

/***/ 17183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ cell),
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
/** Escapes text for a Markdown table cell and defuses @-mentions. */
function cell(text) {
    return text
        .replace(/[\\|`*_[\]<>]/g, c => `\\${c}`)
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** Inline code for a table cell; text that could break out of the code span is escaped instead. */
function code(text) {
    return /^[^`|\r\n\\]*$/.test(text) ? `\`${text}\`` : cell(text);
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ echo),
/* harmony export */   d: () => (/* binding */ MAX_ECHO)
/* harmony export */ });
/** The most characters of an untrusted or user-given text that a message repeats. */
const MAX_ECHO = 100;
/** C0 and C1 control characters: newlines, escapes, anything that can break a line. */
const CONTROL = /\p{Cc}/u;
/**
 * Quotes text that came from a user or from an untrusted source (a reference, a tag list, a
 * repository file) for a one-line message. Text with control characters is JSON-quoted, so it
 * cannot end the line or start a workflow command; other text is put in single quotes, or in
 * JSON quotes with `style: 'json'`. Past `max` characters it is cut, with an ellipsis and the
 * full length, so a 10,000-character value cannot flood the log.
 *
 * @example echo('ghcr.io/acme/app') === "'ghcr.io/acme/app'"
 * @example echo('x'.repeat(500)) === "'xxx…' (500 characters)"
 */
function echo(text, opts = {}) {
    const max = opts.max ?? MAX_ECHO;
    const chars = Array.from(text);
    const cut = chars.length > max;
    const shown = cut ? `${chars.slice(0, max).join('')}…` : text;
    const quoted = opts.style === 'json' || CONTROL.test(shown) ? JSON.stringify(shown) : `'${shown}'`;
    return cut ? `${quoted} (${chars.length} characters)` : quoted;
}


/***/ })

};
