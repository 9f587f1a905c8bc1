// worker_threads, in part: Kiln runs one JavaScript thread and has no
// workers yet. The module loads with Node's exports and answers as the main
// thread does (many packages ask isMainThread at load); environment data
// and message channels within the thread work (lib/internal/messaging.js);
// starting a Worker throws ERR_METHOD_NOT_IMPLEMENTED.
function notImplemented(name) {
  return {
    [name]() {
      throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
    },
  }[name];
}

function unavailableClass(name) {
  return {
    [name]: class {
      constructor() {
        throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
      }
    },
  }[name];
}

const { MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort } = require('internal/messaging');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// In one thread there is nothing to transfer an object to.
function markAsUntransferable() {}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: unavailableClass('Worker'),
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
