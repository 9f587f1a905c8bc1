// Not a test file by name: never run.
throw new Error('helper.js should not run');
