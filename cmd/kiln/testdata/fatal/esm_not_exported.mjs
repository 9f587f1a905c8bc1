// A static import of a subpath a package's "exports" does not define.
import 'kiln-exports/b';
