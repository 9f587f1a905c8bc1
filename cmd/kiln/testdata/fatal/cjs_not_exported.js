// An uncaught require() of a subpath the package does not export.
require('kiln-exports/b');
