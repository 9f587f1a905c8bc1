// Imports ./feature.mjs (beside this file, not in the working directory)
// from eval code: direct, indirect, and eval inside new Function.
module.exports = [
  eval("import('./feature.mjs')"),
  (0, eval)("import('./feature.mjs')"),
  new Function("return eval(\"import('./feature.mjs')\")")(),
];
