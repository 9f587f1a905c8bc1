// A package importing itself by a subpath its "exports" lacks.
import './_esm/selfref/self.js';
