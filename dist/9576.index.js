export const id = 9576;
export const ids = [9576];
export const modules = {

/***/ 29576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ confine)
/* harmony export */ });
/* unused harmony export ConfinementError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Confinement of paths that come from repository content (promotion.yaml's environment paths,
 * the ledger directory, files found by a walk). The repository is untrusted: a committed
 * symlink can name any directory on the machine, and following it would read or write there.
 * Paths are resolved one component at a time, so every symlink on the way is seen and judged
 * by where it really leads.
 */



/** A path from repository content that would leave the repository. */
class ConfinementError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG {
    /** The path as the repository content gave it. */
    path;
    constructor(p, problem) {
        super(`${p}: ${problem}`);
        this.path = p;
    }
}
const within = (root, p) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
};
const HINT = 'replace it with a directory, or a link that stays inside the repository';
/**
 * Resolves `p` (relative to `root`, `/`- or platform-separated) component by component and
 * refuses it when it is absolute, climbs out with `..`, passes through `.git`, or goes through
 * a symlink that leads outside `root` or nowhere. Components that do not exist yet are kept
 * as given (they will be created as directories inside the last real one).
 *
 * @throws ConfinementError naming `p` and the offending link; the message names no input.
 */
async function confine(root, p) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p))
        throw new ConfinementError(p, 'is absolute; use a path in the repository');
    let at = realRoot;
    const parts = p.split(/[\\/]+/).filter(c => c !== '' && c !== '.');
    for (const [i, part] of parts.entries()) {
        const shown = parts.slice(0, i + 1).join('/');
        if (part === '.git')
            throw new ConfinementError(p, 'is inside .git; use a path in the work tree');
        const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(at, part);
        if (!within(realRoot, next))
            throw new ConfinementError(p, 'leaves the repository through ..');
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(next).catch(() => undefined);
        if (stat === undefined) {
            at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, ...parts.slice(i + 1));
            break;
        }
        if (stat.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(next);
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(next).catch(() => undefined);
            if (real === undefined)
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, which does not exist; ${HINT}`);
            if (!within(realRoot, real)) {
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, outside the GitOps repository; ${HINT}`);
            }
            at = real;
        }
        else
            at = next;
    }
    if (!within(realRoot, at))
        throw new ConfinementError(p, 'leaves the repository through ..');
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, at).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    if (rel.split('/').includes('.git'))
        throw new ConfinementError(p, 'leads into .git; use a path in the work tree');
    return { abs: at, rel: rel === '' ? '.' : rel };
}


/***/ })

};
