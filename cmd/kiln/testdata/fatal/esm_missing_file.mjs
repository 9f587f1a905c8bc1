// A static import of a file that is not there: node's loader banner and
// frames, the error's code and url.
import './_esm/imports_missing.mjs';
