export const id = 2726;
export const ids = [2726,4992];
export const modules = {

/***/ 52237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   Q6: () => (/* binding */ eventId),
/* harmony export */   Qv: () => (/* binding */ eventPath),
/* harmony export */   T9: () => (/* binding */ eventIdOfKind),
/* harmony export */   fx: () => (/* binding */ imageSlug),
/* harmony export */   iv: () => (/* binding */ pipelineFromEnv),
/* harmony export */   rG: () => (/* binding */ serializeEvent)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Where events live in the GitOps repository. */
const LEDGER_DIR = '.promotions';
/** The run's pipeline details from the `GITHUB_*` variables. */
function pipelineFromEnv(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = env.GITHUB_REPOSITORY ?? null;
    const runId = env.GITHUB_RUN_ID ?? null;
    const attempt = env.GITHUB_RUN_ATTEMPT ?? null;
    return {
        repository: repo,
        workflow: env.GITHUB_WORKFLOW ?? null,
        runId,
        runAttempt: attempt,
        url: repo && runId
            ? `${server}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
            : null,
        eventName: env.GITHUB_EVENT_NAME ?? null
    };
}
/** A short, path-safe name for an image repository. */
function imageSlug(image) {
    const slug = image
        .replace(/^[^/]*\.[^/]*\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.slice(0, 60) || 'image';
}
/**
 * An event id that sorts by time and names what moved:
 * `20261123T230000Z-production-acme-app-3f2a9c1b7d4e`.
 */
function eventId(timestamp, environment, image, digest) {
    const stamp = timestamp
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const hex = digest.split(':')[1] ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(digest).digest('hex');
    return `${stamp}-${environment}-${imageSlug(image)}-${hex.slice(0, 12)}`;
}
/**
 * The id of an event of `kind`. An unpin records the digest the environment already runs, as
 * the rollback before it did: within the same second the two would share an id (and a file),
 * so an unpin's id says what it is.
 */
function eventIdOfKind(kind, timestamp, environment, image, digest) {
    const id = eventId(timestamp, environment, image, digest);
    return kind === 'unpinned' ? `${id}-unpinned` : id;
}
/** The repository path of an event's file. */
function eventPath(event) {
    return `${LEDGER_DIR}/${event.environment}/${event.id}.json`;
}
/** Serialises an event the one way the ledger stores it (stable key order, trailing newline). */
function serializeEvent(event) {
    return `${JSON.stringify(event, null, 2)}\n`;
}


/***/ }),

/***/ 50675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
;// CONCATENATED MODULE: ./src/git/git-command-manager.ts



/** How git says the server refused the credentials (HTTP 401/403), rather than the push. */
const CREDENTIALS_REFUSED = /Authentication failed|could not read (Username|Password)|returned error: 40[13]|Permission to .* denied|HTTP 40[13]/i;
/** Oldest git with `GIT_CONFIG_COUNT` (2.31), which keeps the token out of argv and config files. */
const MINIMUM_GIT_VERSION = [2, 31, 0];
/**
 * The one way this tool runs git, like actions/checkout's GitCommandManager:
 * argument arrays, prompts off, identity per command, and credentials passed as
 * an `http.<url>.extraheader` through `GIT_CONFIG_*` variables so they appear in
 * no argument list, no log and no `.git/config`.
 */
class GitCommandManager {
    gitPath;
    logger;
    env;
    /** The work tree every command runs in. */
    workdir;
    constructor(gitPath, workdir, logger, env) {
        this.gitPath = gitPath;
        this.workdir = workdir;
        this.logger = logger;
        this.env = env;
    }
    /** Finds git, checks its version, and prepares the environment for `workdir`. */
    static async create(workdir, opts) {
        const gitPath = await io/* which */.K7('git', false);
        if (!gitPath)
            throw new errors/* PromoteError */.jG('git is not installed; install git 2.31 or later');
        const env = {};
        for (const [k, v] of Object.entries(opts.env))
            if (v !== undefined && !k.startsWith('GIT_CONFIG_'))
                env[k] = v;
        Object.assign(env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'Never', LC_ALL: 'C' });
        const config = [...(opts.config ?? [])];
        if (opts.auth) {
            const basic = Buffer.from(`x-access-token:${opts.auth.token}`).toString('base64');
            opts.logger.setSecret(opts.auth.token);
            opts.logger.setSecret(basic);
            const url = opts.auth.serverUrl.replace(/\/+$/, '');
            config.push({ key: `http.${url}/.extraheader`, value: `AUTHORIZATION: basic ${basic}` });
        }
        if (config.length > 0)
            env.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(({ key, value }, i) => {
            env[`GIT_CONFIG_KEY_${i}`] = key;
            env[`GIT_CONFIG_VALUE_${i}`] = value;
        });
        const git = new GitCommandManager(gitPath, workdir, opts.logger, env);
        const version = (await git.exec(['version'], { cwd: '/' })).stdout;
        const parts = /(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number) ?? [];
        if (compareVersions(parts, MINIMUM_GIT_VERSION) < 0) {
            throw new errors/* PromoteError */.jG(`git ${parts.join('.')} is too old; install git ${MINIMUM_GIT_VERSION.join('.')} or later`);
        }
        return git;
    }
    /** Runs git; throws unless `allowFail`, with git's `fatal:` line as the message. */
    async exec(args, opts = {}) {
        this.logger.debug(`git ${args.join(' ')}`);
        const out = await exec/* getExecOutput */.H(this.gitPath, args, {
            cwd: opts.cwd ?? this.workdir,
            env: this.env,
            silent: true,
            ignoreReturnCode: true,
            ...(opts.input !== undefined ? { input: Buffer.from(opts.input) } : {})
        });
        if (out.exitCode !== 0 && !opts.allowFail) {
            throw new errors/* PromoteError */.jG(`git ${args[0] ?? ''} failed (exit ${out.exitCode}): ${diagnosticLine(out.stderr)}`);
        }
        return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr };
    }
    /** Shallow-clones `url` at `branch` (the remote's default when absent) into the work tree. */
    async clone(url, branch, depth = 1) {
        const args = ['clone', '--no-tags', '--single-branch', `--depth=${depth}`];
        if (branch)
            args.push('--branch', branch);
        await this.exec([...args, url, this.workdir], { cwd: '/' });
    }
    /** The current branch name, or undefined on a detached HEAD. */
    async currentBranch() {
        const out = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
        return out.exitCode === 0 ? out.stdout.trim() : undefined;
    }
    /** `git rev-parse <rev>`, or undefined when it does not resolve. */
    async tryRevParse(rev) {
        const out = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
            allowFail: true
        });
        return out.exitCode === 0 ? out.stdout.trim() : undefined;
    }
    /** Fetches `branch` from origin into `refs/remotes/origin/<branch>`; false when it does not exist. */
    async tryFetch(branch, depth = 1) {
        const out = await this.exec([
            'fetch',
            '--no-tags',
            `--depth=${depth}`,
            'origin',
            `+refs/heads/${branch}:refs/remotes/origin/${branch}`
        ], { allowFail: true });
        if (out.exitCode === 0)
            return true;
        if (/couldn't find remote ref|not our ref/i.test(out.stderr))
            return false;
        throw new errors/* PromoteError */.jG(`git fetch ${branch} failed: ${diagnosticLine(out.stderr)}`);
    }
    /** Points the work tree at `ref` on a local branch `branch`, discarding local changes. */
    async checkoutFresh(branch, ref) {
        await this.exec(['checkout', '--force', '-B', branch, ref]);
        await this.exec(['clean', '-ffdq']);
    }
    /**
     * Stages `paths` and commits (or amends HEAD); returns false when there was nothing to
     * commit. The identity goes on the command line, never into the repository's config.
     */
    async tryCommit(paths, message, identity, opts = {}) {
        await this.exec(['add', '--all', '--', ...paths]);
        const staged = await this.exec(['diff', '--cached', '--quiet'], { allowFail: true });
        if (staged.exitCode === 0 && !opts.amend)
            return false;
        const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`];
        const amend = opts.amend ? ['--amend'] : [];
        await this.exec([...who, 'commit', '--quiet', '--no-verify', ...amend, '-F', '-'], {
            input: message
        });
        return true;
    }
    /**
     * Pushes HEAD to `branch`; not ok when the server refused (non-fast-forward, hook,
     * protection), and `denied` when it refused the credentials, which no retry cures.
     */
    async tryPush(branch, opts = {}) {
        const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`];
        if (opts.forceWithLease !== undefined)
            args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${opts.forceWithLease}`);
        const out = await this.exec(args, { allowFail: true });
        if (out.exitCode === 0)
            return { ok: true, reason: '' };
        return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) };
    }
    /**
     * The commits `refs` point at on origin, by exact ref name (absent refs are missing from
     * the map). With protocol v2 only the named refs are sent, so this stays cheap.
     */
    async lsRemote(refs) {
        const found = new Map();
        if (refs.length === 0)
            return found;
        const out = await this.exec(['ls-remote', '--refs', 'origin', ...refs]);
        for (const line of out.stdout.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (sha && ref && refs.includes(ref))
                found.set(ref, sha);
        }
        return found;
    }
    /** Fetches the objects of `refs` from origin without creating any local ref. */
    async fetchObjects(refs) {
        if (refs.length === 0)
            return;
        await this.exec(['fetch', '--no-tags', '--no-write-fetch-head', 'origin', ...refs]);
    }
    /** The message of `commit`, or undefined when the object is not a commit we have. */
    async tryCommitMessage(commit) {
        const out = await this.exec(['cat-file', 'commit', commit], { allowFail: true });
        if (out.exitCode !== 0)
            return undefined;
        const blank = out.stdout.indexOf('\n\n');
        return blank < 0 ? '' : out.stdout.slice(blank + 2);
    }
    /** Writes a commit with no parent and an empty tree; returns its id. */
    async createRootCommit(message, identity) {
        const tree = (await this.exec(['mktree'], { input: '' })).stdout.trim();
        const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`];
        return (await this.exec([...who, 'commit-tree', tree, '-F', '-'], { input: message })).stdout.trim();
    }
    /**
     * Creates each ref on origin at its commit, all or none (`--atomic`), and only where the
     * ref does not exist yet: `--force-with-lease=<ref>:` expects it absent, and the server's
     * ref transaction refuses an update whose old value is "none" once the ref exists, so two
     * pushes racing for one ref cannot both win.
     */
    async tryCreateRefs(updates) {
        const leases = updates.map(u => `--force-with-lease=${u.ref}:`);
        const specs = updates.map(u => `${u.commit}:${u.ref}`);
        const out = await this.exec(['push', '--porcelain', '--atomic', ...leases, 'origin', ...specs], {
            allowFail: true
        });
        if (out.exitCode === 0)
            return { ok: true, reason: '' };
        return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) };
    }
    /** The commit of HEAD. */
    async head() {
        return (await this.exec(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** The tree of a commit, to compare contents without comparing commits. */
    async tree(rev) {
        return (await this.exec(['rev-parse', `${rev}^{tree}`])).stdout.trim();
    }
    /** Reverts `commit` without committing, for rollback by revert. */
    async revertNoCommit(commit) {
        await this.exec(['revert', '--no-commit', commit]);
    }
}
/**
 * The line of git's stderr that says what went wrong: its first `fatal:` or `error:`
 * line ("error: RPC failed; HTTP 500 …" says more than the "fatal: expected flush …"
 * after it), else its last line.
 */
function diagnosticLine(stderr) {
    const lines = stderr.split('\n').map(l => l.trim());
    return lines.find(l => /^(fatal|error):/.test(l)) ?? lines.filter(l => l !== '').pop() ?? '';
}
/** Porcelain lines are tab-separated; the reason goes into a one-line message. */
function pushFailure(out) {
    return ((out.stdout + out.stderr)
        .split('\n')
        .find(l => /rejected|remote rejected|error:|fatal:/.test(l))
        ?.replace(/\s+/g, ' ')
        .trim() ?? `exit ${out.exitCode}`);
}
function compareVersions(a, b) {
    for (let i = 0; i < b.length; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/promote/repository.ts





/**
 * Clones the base branch as the remote has it into a temporary directory:
 * `owner/name` from the GitHub server, or the remote (`origin`) of the checkout at
 * `gitops-path`. The user's checkout is only read, never written: its branch,
 * index, refs, config and files stay byte-identical whatever happens to the run
 * (a `kill -9` leaves at most a temporary directory behind).
 */
async function openRepository(src, opts) {
    const auth = src.token ? { serverUrl: src.serverUrl, token: src.token } : undefined;
    const origin = src.repository
        ? {
            url: `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}.git`,
            branch: src.branch,
            config: [],
            prefix: '',
            what: src.repository,
            fix: 'check gitops-repository and that gitops-token may read it (contents: read)'
        }
        : await inspectCheckout(src, opts);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'digest-promote-'));
    const top = external_node_path_default().join(tmp, 'repo');
    const close = () => (0,promises_.rm)(tmp, { recursive: true, force: true });
    try {
        const gitOpts = { logger: opts.logger, env: opts.env, auth, config: origin.config };
        let git = await GitCommandManager.create(top, gitOpts);
        await git.clone(origin.url, origin.branch, 1).catch((err) => {
            throw new errors/* PromoteError */.jG(`cloning ${origin.what}: ${err.message}; ${origin.fix}`);
        });
        const root = external_node_path_default().join(top, origin.prefix);
        if (origin.prefix !== '')
            git = await GitCommandManager.create(root, gitOpts);
        const baseBranch = origin.branch ?? (await git.currentBranch()) ?? 'main';
        const baseSha = await git.head();
        if (!src.repository)
            await noteLocalWork(src.path, baseBranch, baseSha, opts);
        return { root, git, baseBranch, baseSha, close };
    }
    catch (err) {
        await close();
        throw err;
    }
}
/**
 * Reads (only) the user's checkout: its branch, its `origin`, and the settings that
 * reach that remote (actions/checkout leaves its token as a local `extraheader`).
 */
async function inspectCheckout(src, opts) {
    const kind = await pathKind(src.path);
    if (kind !== 'directory') {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} ${kind === 'missing' ? 'does not exist' : 'is not a directory'}; check out the GitOps repository there, or set gitops-repository`, 2);
    }
    const git = await readOnlyGit(src.path, opts);
    const prefix = await git.exec(['rev-parse', '--show-prefix'], { allowFail: true });
    if (prefix.exitCode !== 0 || !(await git.tryRevParse('HEAD'))) {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} is not a git checkout; check out the GitOps repository or set gitops-repository`, 2);
    }
    const branch = src.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new errors/* PromoteError */.jG(`input 'gitops-branch': ${src.path} is on a detached HEAD; set gitops-branch`, 2);
    }
    const remote = await git.exec(['config', '--get', 'remote.origin.url'], { allowFail: true });
    let url = remote.stdout.trim();
    if (remote.exitCode !== 0 || url === '') {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} has no remote 'origin' to promote to; add it (git remote add origin URL) or set gitops-repository`, 2);
    }
    // A local remote path is relative to the checkout's top, not to where the clone runs.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !/^[^/]+:/.test(url)) {
        const top = (await git.exec(['rev-parse', '--show-toplevel'])).stdout.trim();
        url = external_node_path_default().resolve(top, url);
    }
    return {
        url,
        branch,
        config: await remoteSettings(git, src.token !== undefined, opts.logger),
        prefix: prefix.stdout.trim(),
        what: `branch ${branch} of ${src.path}'s origin`,
        fix: 'push the branch first, set gitops-branch, or give gitops-token a token that may read it (contents: read)'
    };
}
/** Whether the checkout path is a directory: git would otherwise fail with its spawn's `cwd` error. */
async function pathKind(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory() ? 'directory' : 'other';
    }
    catch {
        return 'missing';
    }
}
/** Git for reading the user's checkout: optional locks off, so not even `status` rewrites the index. */
function readOnlyGit(dir, opts) {
    return GitCommandManager.create(dir, {
        logger: opts.logger,
        env: { ...opts.env, GIT_OPTIONAL_LOCKS: '0' }
    });
}
/**
 * The checkout's own `http.*`, `credential.*` and `url.*` settings (includes followed,
 * as actions/checkout v6 keeps its header in an included file). With a token, the
 * checkout's credentials give way to it: two Authorization headers would be refused.
 */
async function remoteSettings(git, hasToken, logger) {
    const out = await git.exec(['config', '--local', '--includes', '--null', '--get-regexp', '^(http|credential|url)\\.'], { allowFail: true });
    const entries = [];
    for (const record of out.stdout.split('\0')) {
        const nl = record.indexOf('\n');
        if (nl <= 0)
            continue;
        const key = record.slice(0, nl);
        const value = record.slice(nl + 1);
        const secret = /extraheader$/i.test(key);
        if (hasToken && (secret || key.startsWith('credential.')))
            continue;
        if (secret) {
            logger.setSecret(value);
            logger.setSecret(value.split(/\s+/).pop() ?? '');
        }
        entries.push({ key, value });
    }
    return entries;
}
/** Says, once, that the checkout's own commits and changes are not part of the promotion. */
async function noteLocalWork(dir, branch, baseSha, opts) {
    const git = await readOnlyGit(dir, opts);
    const head = await git.tryRevParse('HEAD');
    const status = await git.exec(['status', '--porcelain'], { allowFail: true });
    if (head === baseSha && status.stdout.trim() === '')
        return;
    opts.logger.info(`${dir} has commits or changes that origin/${branch} does not; the promotion starts from origin/${branch} (${baseSha.slice(0, 12)}) and leaves the checkout as it is`);
}


/***/ }),

/***/ 24992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryClient: () => (/* binding */ createRegistryClient)
});

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var client = __webpack_require__(89711);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/registry/keychain.ts




const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** Maps the ways a registry is written in config.json to the reference domain. */
function normalizeRegistryKey(key) {
    let k = key.trim().replace(/^https?:\/\//, '');
    k = k.replace(/\/(v1|v2)\/?$/, '').replace(/\/+$/, '');
    if (/^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(k))
        k = k.replace(/^[^/]+/, 'docker.io');
    return k;
}
/**
 * Finds credentials like go-containerregistry's default keychain: explicit
 * inputs, Docker's config.json (`credHelpers`, `auths` with repository keys
 * before registry keys, `credsStore`), the GitHub token for ghcr.io, else
 * anonymous. Every secret found is masked through the logger.
 */
class Keychain {
    opts;
    config;
    constructor(opts) {
        this.opts = opts;
        if (opts.explicit)
            this.mask(opts.explicit);
        if (opts.githubToken)
            opts.logger.setSecret(opts.githubToken);
    }
    /** The credential for `registry` (a reference domain) and `repository` path, if any. */
    async resolve(registry, repository) {
        const { explicit, explicitRegistries } = this.opts;
        if (explicit && (!explicitRegistries || explicitRegistries.includes(registry))) {
            return { credential: explicit, source: 'registry-username input' };
        }
        const fromConfig = await this.fromDockerConfig(registry, repository);
        if (fromConfig)
            return fromConfig;
        if (registry === 'ghcr.io' && this.opts.githubToken) {
            const username = this.opts.env.GITHUB_ACTOR ?? 'x-access-token';
            return { credential: { username, password: this.opts.githubToken }, source: 'github-token' };
        }
        return undefined;
    }
    async fromDockerConfig(registry, repository) {
        const config = await (this.config ??= this.loadConfig());
        if (!config)
            return undefined;
        const serverUrl = registry === 'docker.io' ? DOCKER_HUB_KEY : registry;
        const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normalizeRegistryKey(k) === registry)?.[1];
        if (helper)
            return this.fromHelper(helper, serverUrl);
        const entries = Object.entries(config.auths ?? {}).map(([k, v]) => ({
            key: normalizeRegistryKey(k),
            v
        }));
        const full = repository ? `${registry}/${repository}` : registry;
        const match = entries
            .filter(e => e.key === registry ||
            (repository !== undefined && (full === e.key || full.startsWith(`${e.key}/`))))
            .sort((a, b) => b.key.length - a.key.length)[0];
        if (match) {
            const credential = this.decodeAuth(match.v);
            if (credential)
                return { credential, source: `docker config auths["${match.key}"]` };
        }
        if (config.credsStore)
            return this.fromHelper(config.credsStore, serverUrl);
        return undefined;
    }
    decodeAuth(entry) {
        if (entry.identitytoken) {
            this.opts.logger.setSecret(entry.identitytoken);
            return { identityToken: entry.identitytoken };
        }
        if (entry.auth) {
            this.opts.logger.setSecret(entry.auth);
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return this.mask({ username: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
        }
        if (entry.username && entry.password)
            return this.mask({ username: entry.username, password: entry.password });
        return undefined;
    }
    async fromHelper(helper, serverUrl) {
        if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
            this.opts.logger.warning(`docker config names an invalid credential helper '${helper}'; ignoring it`);
            return undefined;
        }
        try {
            const out = await (this.opts.runHelper ?? runCredentialHelper)(helper, serverUrl);
            let parsed;
            try {
                parsed = JSON.parse(out);
            }
            catch {
                // JSON.parse quotes the text it refused, and a helper's output is a secret.
                throw new Error('its output is not JSON');
            }
            if (!parsed.Secret)
                return undefined;
            const credential = parsed.Username === '<token>'
                ? { identityToken: parsed.Secret }
                : { username: parsed.Username ?? '', password: parsed.Secret };
            this.opts.logger.setSecret(parsed.Secret);
            return { credential, source: `docker-credential-${helper}` };
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            this.opts.logger.warning(`docker-credential-${helper} gave no credential for ${serverUrl}: ${why}`);
            return undefined;
        }
    }
    async loadConfig() {
        const dir = this.opts.env.DOCKER_CONFIG ?? external_node_path_default().join(this.opts.env.HOME ?? external_node_os_default().homedir(), '.docker');
        const file = external_node_path_default().join(dir, 'config.json');
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            this.opts.logger.warning(`${file} is not valid JSON; ignoring it`);
            return undefined;
        }
    }
    mask(c) {
        this.opts.logger.setSecret(c.password);
        this.opts.logger.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
        return c;
    }
}
/**
 * Runs a Docker credential helper (docker-credential-helpers protocol: the server
 * URL on stdin, JSON on stdout). Its output is a secret, so it is never logged.
 */
function runCredentialHelper(helper, serverUrl) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(`docker-credential-${helper}`, ['get'], {
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: 30_000
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', err => reject(err));
        child.on('close', code => {
            if (code === 0)
                resolve(stdout);
            else
                reject(new Error(stdout.trim() || stderr.trim() || `exit code ${code}`));
        });
        child.stdin.end(serverUrl);
    });
}

;// CONCATENATED MODULE: ./src/registry/client-options.ts


/** The registry client for a run, with the keychain its options describe. */
function createRegistryClient(opts, ctx) {
    const keychain = new Keychain({
        explicit: opts.explicit,
        githubToken: opts.githubToken,
        env: ctx.env,
        logger: ctx.logger
    });
    return new client/* RegistryClient */.bP({
        keychain,
        logger: ctx.logger,
        insecureRegistries: opts.insecureRegistries
    });
}


/***/ }),

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ bareRepository),
/* harmony export */   fs: () => (/* binding */ readReferrerLayer),
/* harmony export */   kV: () => (/* binding */ copyReferrers),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99867);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * OCI 1.1 referrers: artifacts (signatures, attestations) pushed as manifests whose `subject`
 * names an image digest, so they travel with the digest and never change it.
 *
 * Registries with the referrers API index them on their own. For the others (Debian's
 * distribution 2.8, older Harbor, ...) the distribution spec's fallback applies: an OCI index
 * tagged `<alg>-<hex>` that the client keeps up to date itself (distribution-spec
 * "Referrers Tag Schema").
 *
 * @module
 */




/** The empty JSON config every artifact manifest points at (image-spec "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}');
/**
 * How often the referrers tag index is re-read after writing it. Two writers updating the same
 * index can drop each other's entry (the tag schema has no compare-and-swap), so the write is
 * checked and retried a few times.
 */
const INDEX_WRITE_ATTEMPTS = 3;
/** `repo` without tag or digest, so `withTag` and `withDigest` address exactly what they say. */
function bareRepository(repo) {
    return _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageReference */ .ZN.parse(repo.repository);
}
/**
 * Pushes `artifact` as an OCI image manifest whose `subject` is `subject`, in the repository of
 * `repo`, by digest only (no tag), then makes sure it is listed among the subject's referrers.
 *
 * Idempotent: the manifest bytes are a pure function of the arguments, so pushing the same
 * artifact twice gives the same digest, and an index entry is only added when missing. The
 * subject itself is never written.
 *
 * @returns the descriptor of the artifact manifest, as listed in the referrers index.
 */
async function attachReferrer(client, repo, subject, artifact) {
    const bare = bareRepository(repo);
    // A registry that did not index an earlier artifact's subject will not index this one: its
    // referrers tag index is read while the artifact is uploaded rather than after.
    const early = client.memory.indexesNoSubjects(bare)
        ? client.find(bare.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject.digest)), { push: true })
        : undefined;
    early?.catch(() => undefined);
    const empty = artifact.config === 'first-blob' ? undefined : await emptyConfig(client, bare);
    const layers = [];
    for (const blob of artifact.blobs) {
        // Small and almost always new: uploaded without asking first (an upload of a blob the
        // registry has already is harmless).
        const digest = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(blob.bytes);
        if (!client.memory.hasBlob(bare, digest))
            await client.uploadBlob(bare, digest, blob.bytes);
        layers.push({ mediaType: blob.mediaType, digest, size: blob.bytes.length });
    }
    const config = empty ?? layers[0] ?? (await emptyConfig(client, bare));
    const annotations = artifact.annotations && Object.keys(artifact.annotations).length > 0
        ? sortedRecord(artifact.annotations)
        : undefined;
    const content = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        artifactType: artifact.artifactType,
        config,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations ? { annotations } : {})
    };
    const bytes = Buffer.from(JSON.stringify(content));
    const manifest = {
        bytes,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
    };
    const pushed = await client.push(bare, manifest.digest, manifest);
    const descriptor = {
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: manifest.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(annotations ? { annotations } : {})
    };
    if (pushed.indexedSubject !== subject.digest) {
        client.memory.rememberNoSubjectIndexing(bare);
        await addToReferrersTag(client, bare, subject.digest, descriptor, early);
    }
    return descriptor;
}
/**
 * The empty JSON config every artifact manifest may point at, made present in the repository of
 * `bare`: asked for once per repository and run, uploaded when missing.
 */
async function emptyConfig(client, bare) {
    const config = { mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociEmpty, digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(EMPTY_CONFIG), size: 2 };
    if (!client.memory.hasBlob(bare, config.digest) &&
        !(await client.hasBlob(bare, config.digest, true)))
        await client.uploadBlob(bare, config.digest, EMPTY_CONFIG);
    return config;
}
/**
 * Descriptors of the artifacts that refer to `digest` in the repository of `repo`, optionally
 * only those of `artifactType`; from the referrers API or, where the registry lacks it, the
 * referrers tag index.
 */
async function listReferrers(client, repo, digest, artifactType) {
    const all = await client.referrers(bareRepository(repo), digest);
    return artifactType === undefined ? all : all.filter(d => d.artifactType === artifactType);
}
/**
 * Copies the referrers of `digest` (optionally only those of `artifactType`) from the repository
 * of `from` to that of `to`, manifest bytes unchanged, so signatures follow a digest promoted
 * into another repository or registry. The subject must already be in `to`. Idempotent.
 *
 * @returns the descriptors now listed in `to`.
 */
async function copyReferrers(client, from, to, digest, artifactType) {
    const source = bareRepository(from);
    const target = bareRepository(to);
    const copied = [];
    for (const referrer of await listReferrers(client, source, digest, artifactType)) {
        const m = await client.get(source.withDigest(referrer.digest));
        const content = JSON.parse(m.bytes.toString());
        if (content.subject?.digest !== digest)
            continue;
        for (const blob of [content.config, ...(content.layers ?? [])]) {
            if (!blob || client.memory.hasBlob(target, blob.digest))
                continue;
            if (!(await client.hasBlob(target, blob.digest, true))) {
                const bytes = await client.getBlob(source, blob.digest);
                await client.uploadBlob(target, blob.digest, bytes);
            }
        }
        const pushed = await client.push(target, m.digest, m);
        const entry = {
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.bytes.length,
            ...(content.artifactType ? { artifactType: content.artifactType } : {}),
            ...(referrer.annotations ? { annotations: referrer.annotations } : {})
        };
        if (pushed.indexedSubject !== digest)
            await addToReferrersTag(client, target, digest, entry);
        copied.push(entry);
    }
    return copied;
}
/**
 * Reads an artifact manifest named by a referrer descriptor and returns it with the bytes of
 * its first layer of `mediaType`, or `undefined` when it has none. The manifest is fetched by
 * digest, so its bytes are checked against the descriptor.
 */
async function readReferrerLayer(client, repo, referrer, mediaType) {
    const bare = bareRepository(repo);
    const m = await client.get(bare.withDigest(referrer.digest));
    const manifest = JSON.parse(m.bytes.toString());
    const layer = manifest.layers?.find(l => l.mediaType === mediaType);
    if (!layer)
        return { manifest };
    return { manifest, layer: await client.getBlob(bare, layer.digest) };
}
/**
 * Adds `entry` to the referrers tag index of `subject` unless it is listed already: one GET
 * (`read`, when the caller started it already), one PUT and one GET reading the index back. The tag schema has no compare-and-swap, so a writer
 * whose PUT lands between our GET and PUT drops our entry; the read-back then finds it missing,
 * and the entry is merged again into what the other writer left (bounded).
 */
async function addToReferrersTag(client, repo, subject, entry, read) {
    const tagRef = repo.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject));
    let listed = indexEntries(await (read ?? client.find(tagRef, { push: true })));
    for (let attempt = 1; !listed.some(d => d.digest === entry.digest); attempt++) {
        if (attempt > INDEX_WRITE_ATTEMPTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({
                status: 200,
                method: 'PUT',
                url: `/v2/${repo.path}/manifests/${tagRef.tag}`,
                detail: `referrers index ${tagRef.tag} lost the entry ${entry.digest} ${attempt - 1} times`,
                advice: 'another client is rewriting the index concurrently; retry the run',
                temporary: true
            });
        }
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex, manifests: [...listed, entry] };
        const bytes = Buffer.from(JSON.stringify(index));
        await client.put(repo, tagRef.tag, {
            bytes,
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex,
            digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
        });
        listed = indexEntries(await client.find(tagRef, { push: true }));
    }
}
/** The entries of a referrers index, none when there is no index. */
function indexEntries(index) {
    if (!index)
        return [];
    return JSON.parse(index.bytes.toString()).manifests ?? [];
}
/** A copy of `record` with keys in sorted order, so equal annotations give equal bytes. */
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ })

};
