// run()'s events carry what node's do across the file's process: each
// test's line, column and file, and a failure's ERR_TEST_FAILURE its cause,
// remade in this process: a thrown value as it was, an error as an object
// of its nearest built-in class with its name, message, stack and the own
// properties node's serializer keeps (a function is lost).
const { run } = require('node:test');
const path = require('path');
const util = require('util');

const file = path.join(__dirname, '_causes', 'causes.test.js');
const stream = run({ files: [file] });
stream.on('test:start', (d) => console.log('start', d.name, d.line, d.column, d.file === file));
stream.on('test:pass', (d) => console.log('pass', d.name, d.line, d.column, d.file === file));
stream.on('test:fail', (d) => {
  const err = d.details.error;
  const c = err.cause;
  console.log('fail', d.name, d.line, d.column, d.file === file, err.code, err.failureType, Object.keys(err));
  if (c instanceof Error) {
    console.log('  cause', Object.getPrototypeOf(c).constructor.name, c.name, JSON.stringify(c.message.split('\n')[0]),
      Object.keys(c), String(c.stack).split('\n')[0], util.inspect(c.extra), c.actual instanceof Map);
  } else {
    console.log('  cause', util.inspect(c));
  }
});
