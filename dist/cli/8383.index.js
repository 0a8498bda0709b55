export const id = 8383;
export const ids = [8383];
export const modules = {

/***/ 38383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   seededPublicGoodRoot: () => (/* binding */ seededPublicGoodRoot)
/* harmony export */ });
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8032);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14410);
/**
 * The public-good Sigstore trusted root as `@sigstore/tuf` ships it in its seeds, for offline
 * verification: no TUF refresh, no network. It is as fresh as the installed `@sigstore/tuf`;
 * keys added to the public-good instance later need a `trusted-root` file.
 *
 * @module
 */




/** The TUF repository of the public-good instance, the key of its seed. */
const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
/** The `trusted_root.json` target of the public-good seed, parsed. */
function seededPublicGoodRoot() {
    const seed = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_1__[PUBLIC_GOOD_TUF];
    const target = seed?.targets?.['trusted_root.json'];
    if (!target)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('@sigstore/tuf ships no public-good trusted_root.json seed');
    try {
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.TrustedRoot.fromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8')));
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`the seeded public-good trusted root is unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
    }
}


/***/ })

};
