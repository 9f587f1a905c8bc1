// setEnvironmentData: a worker starts with a clone of its parent's environment data as it was when the worker was
// made (later changes on either side stay there), passed on to the workers it makes in turn.
const { Worker, isMainThread, setEnvironmentData, getEnvironmentData, parentPort } = require('worker_threads');

if (isMainThread) {
  setEnvironmentData('cfg', { a: 1, m: new Map([[1, 2]]) });
  setEnvironmentData('gone', 'x');
  setEnvironmentData('gone', undefined);
  const w = new Worker(__filename, { argv: ['child'] });
  setEnvironmentData('late', 'after');
  w.on('message', (m) => console.log(m));
  w.on('exit', () => console.log('main still has', getEnvironmentData('cfg'), getEnvironmentData('late')));
} else if (process.argv[2] === 'child') {
  parentPort.postMessage(['child', getEnvironmentData('cfg'), getEnvironmentData('gone'), getEnvironmentData('late')]);
  setEnvironmentData('cfg', 'changed in the child');
  const grandchild = new Worker(__filename, { argv: ['grandchild'] });
  grandchild.on('message', (m) => parentPort.postMessage(m));
} else {
  parentPort.postMessage(['grandchild', getEnvironmentData('cfg')]);
}
