// A static import of a package no node_modules folder has.
import 'kiln-no-such-package/sub';
