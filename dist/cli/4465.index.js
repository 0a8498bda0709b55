export const id = 4465;
export const ids = [4465];
export const modules = {

/***/ 34465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emptyTrustedRoot: () => (/* binding */ emptyTrustedRoot),
/* harmony export */   keyTrustMaterial: () => (/* binding */ keyTrustMaterial),
/* harmony export */   keylessTrustMaterial: () => (/* binding */ keylessTrustMaterial),
/* harmony export */   loadPublicGoodRoot: () => (/* binding */ loadPublicGoodRoot),
/* harmony export */   loadTrustedRootFile: () => (/* binding */ loadTrustedRootFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14410);
/**
 * Trust material for verification: a `trusted_root.json` (private Sigstore instances, tests),
 * the public-good root (only when none is given, loaded lazily), or a bare public key.
 *
 * @module
 */






/** Media type of an empty root: no CA, no log, for key-only verification. */
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** Loads a trusted root from a `trusted_root.json` file. */
async function loadTrustedRootFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`trusted-root ${path}: cannot read it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)})`);
    }
    try {
        const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(JSON.parse(text));
        if (root.certificateAuthorities.length + root.tlogs.length === 0) {
            throw new Error('it lists no certificate authority and no transparency log');
        }
        return root;
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`trusted-root ${path}: not a Sigstore trusted root (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)})`);
    }
}
/** The public-good root of this process: images checked at once share one TUF update. */
let publicGoodRoot;
/**
 * The public-good trusted root through TUF (`@sigstore/tuf`), fetched only when called: key
 * verification and runs given a `trusted-root` never touch the network. Fetched once per
 * process (a failure is not kept, so a later call tries again).
 */
function loadPublicGoodRoot() {
    publicGoodRoot ??= fetchPublicGoodRoot().catch((err) => {
        publicGoodRoot = undefined;
        throw err;
    });
    return publicGoodRoot;
}
async function fetchPublicGoodRoot() {
    try {
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__.getTrustedRoot)());
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`fetching the public-good trusted root through TUF failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}); ` +
            'set trusted-root to a trusted_root.json');
    }
}
/** A root that trusts nothing but the keys it is given. */
function emptyTrustedRoot() {
    return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON({
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: []
    });
}
/** Trust material for keyless bundles: the root's CAs, logs and timestamp authorities. */
function keylessTrustMaterial(root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root);
}
/**
 * Trust material for key bundles: `publicKey` answers every key hint (the bundle's hint is only
 * a lookup aid; the signature check decides), and `root`, when given, checks log entries.
 */
function keyTrustMaterial(publicKey, root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root ?? emptyTrustedRoot(), () => ({
        publicKey,
        validFor: () => true
    }));
}


/***/ })

};
