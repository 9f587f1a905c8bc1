// In a package without "imports", require() reads "#x" as a package name.
module.exports = require('../scope/try.js')(['#hash-pkg', '#nope'], require, (s) => import(s));
