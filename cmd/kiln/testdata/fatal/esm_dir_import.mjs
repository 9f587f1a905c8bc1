// A static import of a folder, which ES modules do not resolve.
import './_esm/dir';
