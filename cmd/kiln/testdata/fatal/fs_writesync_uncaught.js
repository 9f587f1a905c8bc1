// writeSync throws the error its binding left in a context object: its
// keys come in node's order (errno, syscall, code).
require('fs').writeSync(999, 'a');
