// import() in code made by the Function constructor resolves from the
// module whose code made the function (its [[ScriptOrModule]]), as
// prettier's CLI relies on: new Function('m', 'return import(m)').
const dynamicImport = new Function('m', 'return import(m)');
dynamicImport('./_lib/feature.mjs').then((ns) => console.log(Object.keys(ns).sort()));
const nested = new Function('return new Function("m", "return import(m)")')();
nested('./_lib/feature.mjs').then((ns) => console.log('nested', typeof ns));
