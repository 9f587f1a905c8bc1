// execSync's error, uncaught (a shell that does not exist: pid 0).
require('child_process').execSync('true', { shell: '/nonexistent/sh' });
