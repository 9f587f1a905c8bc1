// A synchronous child_process call's error, uncaught: node's banner is the
// line of node:child_process that throws it.
require('child_process').execFileSync('/nonexistent/x');
