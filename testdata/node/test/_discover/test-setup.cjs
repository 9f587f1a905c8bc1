// Found by its name (test-*.cjs); with no tests of its own, node reports
// the file as a test, after what it printed.
console.log('setting up');
