// spawn's 'error' event with no listener: node's frames where the error is
// made and where it is emitted, in node:internal/child_process.
require('child_process').spawn('/nonexistent/y');
