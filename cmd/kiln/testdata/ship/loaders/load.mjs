// An ES module in the bundle: import(variable) resolves from here, and, as
// in any ES module, require, __dirname and __filename do not exist.
export const importFrom = (name) => import(name);
export const kinds = [typeof require, typeof __dirname, typeof __filename, typeof module, typeof exports];
