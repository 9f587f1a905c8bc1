// worker_threads, in part: Kiln runs one JavaScript thread and has no
// workers yet. The module loads with Node's exports and answers as the main
// thread does (many packages ask isMainThread at load); environment data
// works; starting a Worker or making a message channel throws
// ERR_METHOD_NOT_IMPLEMENTED.
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

// MessagePort cannot be constructed, in Node either (ports come from a
// MessageChannel); the class exists so that code can name it (undici's type
// checks do at load).
class MessagePort extends EventTarget {
  constructor() {
    throw binding.nodeError('TypeError', 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  }
}

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
  MessageChannel: unavailableClass('MessageChannel'),
  markAsUntransferable,
  moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
  receiveMessageOnPort: notImplemented('receiveMessageOnPort'),
  resourceLimits: {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: unavailableClass('Worker'),
  parentPort: null,
  workerData: null,
  BroadcastChannel: unavailableClass('BroadcastChannel'),
  setEnvironmentData,
  getEnvironmentData,
};
