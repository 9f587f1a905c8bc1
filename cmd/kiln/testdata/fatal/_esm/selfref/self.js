// The package imports itself by name through a subpath its "exports" lacks.
import 'kiln-selfref/y';
