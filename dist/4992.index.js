export const id = 4992;
export const ids = [4992];
export const modules = {

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


/***/ })

};
