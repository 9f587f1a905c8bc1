// esbuild's CommonJS output: the names are annotated, a re-exported
// module's through a spread of its require.
var __defProp = Object.defineProperty;
var __copyProps = (to, from) => { for (const k of Object.keys(from)) if (k !== 'default') __defProp(to, k, { get: () => from[k], enumerable: true }); return to; };
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod), secondTarget && __copyProps(secondTarget, mod));
const own = 'own';
module.exports = { own };
__reExport({}, require('./more.cjs'), module.exports);
0 && (module.exports = {
  own,
  ...require('./core.cjs')
});
