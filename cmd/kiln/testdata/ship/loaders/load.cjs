// require(variable): bundling leaves it to run time, where it must resolve
// from this file's folder, as node's require here does.
exports.load = (name) => require(name);
// import(variable) likewise: from this file, not from the bundle's entry.
exports.importer = (name) => import(name);
