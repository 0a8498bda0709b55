export const id = 8610;
export const ids = [8610];
export const modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 72949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_client_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24992);
/* harmony import */ var _signing_attestation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82553);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6663);
/* harmony import */ var _signing_provenance_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69847);
/* harmony import */ var _signing_signature_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62959);
/* harmony import */ var _signing_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14410);
/* harmony import */ var _pattern_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25816);
/**
 * What `verify` does once its inputs are parsed, loaded with `import()` only when it runs: the
 * signature, attestation and provenance gates and the bundle check.
 *
 * @module
 */









/** Runs {@link verifyCommand} with parsed options. */
async function runVerify(opts, ctx) {
    await (0,_pattern_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPatternInputs */ .O)(opts);
    return opts.mode === 'bundle' ? runBundle(opts, ctx) : runImage(opts, ctx);
}
async function runBundle(opts, ctx) {
    const policy = bundlePolicy(opts.signing, ctx);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(opts.bundle);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('bundle', `cannot read ${opts.bundle} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)})`);
    }
    // The sigstore stack is loaded only when a bundle is checked.
    const [{ verifyBundleForDigest }, { seededPublicGoodRoot }, { loadTrustedRootFile }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(2589), __webpack_require__.e(1140)]).then(__webpack_require__.bind(__webpack_require__, 81140)),
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(8383)]).then(__webpack_require__.bind(__webpack_require__, 38383)),
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(4465)]).then(__webpack_require__.bind(__webpack_require__, 34465))
    ]);
    const root = opts.signing.trustedRoot
        ? await loadTrustedRootFile(opts.signing.trustedRoot)
        : seededPublicGoodRoot();
    let verified;
    try {
        verified = verifyBundleForDigest(bytes, opts.digest, policy, root);
    }
    catch (err) {
        if (!(err instanceof _signing_types_js__WEBPACK_IMPORTED_MODULE_7__/* .SigningError */ .uJ))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('signature', `${opts.bundle} does not verify for ${opts.digest}: ${err.message}`, 'verify the right bundle and digest, and trust its signer (certificate-identity, certificate-oidc-issuer or public-key, and trusted-root)');
    }
    const lines = [
        ['verified', `${opts.digest} (${verified.content})`],
        ['predicate', verified.predicateType],
        ['identity', verified.identity],
        ['issuer', verified.issuer],
        ['key', verified.keyFingerprint],
        ['rekor log index', verified.rekorLogIndex],
        ...verified.timestamps.map(t => [`signed at (${t.source})`, t.time])
    ];
    return result(lines, verified, opts.digest, verified);
}
async function runImage(opts, ctx) {
    const client = (0,_registry_client_options_js__WEBPACK_IMPORTED_MODULE_2__.createRegistryClient)(opts.registry, ctx);
    const gates = [];
    let verified;
    await ctx.logger.group('signature gate', async () => {
        const checked = await (0,_signing_signature_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureCheck */ .DW)(client, opts.image, opts.signing, true, ctx.logger);
        gates.push(checked.gate);
        verified = checked.verified;
    });
    if (opts.attestedIn.length > 0) {
        await ctx.logger.group('attestation gate', async () => {
            gates.push(await (0,_signing_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .attestationGate */ .AO)(client, opts.image, opts.attestedIn, opts.signing, ctx.logger));
        });
    }
    let built;
    if (opts.provenance.require) {
        await ctx.logger.group('provenance gate', async () => {
            const token = opts.registry.githubToken;
            const checked = await (0,_signing_provenance_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .provenanceGate */ .Rc)(client, opts.image, opts.provenance, opts.signing, true, ctx.logger, token
                ? { github: { token, apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com' } }
                : {});
            gates.push(checked.gate);
            built = checked.provenance;
        });
    }
    const digest = opts.image.digest ?? '';
    const lines = [
        ['verified', `${opts.image.repository}@${digest} (${verified?.backend ?? 'signature'})`],
        ['identity', verified?.identity],
        ['issuer', verified?.issuer],
        ['key', verified?.keyFingerprint],
        ['rekor log index', verified?.rekorLogIndex],
        ['signed at (rekor)', verified?.integratedTime],
        ['built by', built?.builder],
        ['source repository', built?.repository],
        ['source ref', built?.ref],
        ['source commit', built?.commit],
        ['build workflow', built?.workflow],
        ...gates.map(g => [`${g.name} gate`, `${g.result}: ${g.detail ?? ''}`])
    ];
    return result(lines, { image: opts.image.normalized, ...verified, gates, ...(built ? { provenance: built } : {}) }, digest, verified);
}
/** The printed lines, the outputs and the JSON of a verification that passed. */
function result(lines, json, digest, who = {}) {
    const shown = lines.filter((l) => l[1] !== undefined);
    const width = Math.max(...shown.map(([k]) => k.length)) + 1;
    const outputs = { digest, verified: 'true' };
    if (who.identity)
        outputs['signer-identity'] = who.identity;
    if (who.issuer)
        outputs['signer-issuer'] = who.issuer;
    if (who.keyFingerprint)
        outputs['key-fingerprint'] = who.keyFingerprint;
    if (who.rekorLogIndex)
        outputs['rekor-log-index'] = who.rekorLogIndex;
    return {
        status: 'unchanged',
        outputs,
        text: shown.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}`).join('\n'),
        json
    };
}
/** The signer a bundle must have: the public key, else the keyless identity and issuer. */
function bundlePolicy(signing, ctx) {
    if (signing.publicKey) {
        let publicKey;
        try {
            publicKey = (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPublicKey */ .fg)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveKeyText */ .rd)(signing.publicKey, signing.env, ctx.logger));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('public-key', (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), 'give a PEM public key (P-256)');
        }
        return { publicKey };
    }
    return {
        ...(signing.certificateIdentity ? { certificateIdentity: signing.certificateIdentity } : {}),
        ...(signing.certificateIdentityRegexp
            ? { certificateIdentityRegexp: signing.certificateIdentityRegexp }
            : {}),
        certificateOidcIssuer: signing.certificateOidcIssuer
    };
}


/***/ })

};
