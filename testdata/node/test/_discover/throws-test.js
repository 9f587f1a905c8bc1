// Found by its name (*-test.js); it dies before making a test, and what
// it writes to stderr shows in the report.
throw new Error('cannot load');
