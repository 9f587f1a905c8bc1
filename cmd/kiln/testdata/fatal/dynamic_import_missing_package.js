// import() of a package that is not installed, from CommonJS.
import('kiln-no-such-package');
