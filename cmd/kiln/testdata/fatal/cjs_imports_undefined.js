// An uncaught require() of an "imports" key the package lacks.
require('./_cjs/selfref/imports.js');
