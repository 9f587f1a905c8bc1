// MessageChannel, MessagePort, MessageEvent and BroadcastChannel as Node v20
// has them, within Kiln's one JavaScript thread. A message is cloned when it
// is posted (so a DataCloneError throws at the caller) and queued on the
// receiving port; the ports are woken the way libuv wakes Node's async
// handles (see messaging.go): in the poll phase, port by port in the order
// they were made, each message a callback of its own. A port that is
// transferred is closed here and its queue goes on in the new port the
// receiver gets. A port that goes to another thread takes its channel
// with it into Go (ports.go): from then on both ends of the channel keep
// their messages in the Go pipe's inboxes (s.end numbers this thread's
// side) rather than in s.queue.
//
// Node's MessagePort is a NodeEventTarget: an EventTarget with EventEmitter
// style methods, whose listeners added with on() get the message's data
// rather than the event. Adding the first 'message' listener refs and
// starts the port, removing the last unrefs it.

const {
  Event, CustomEvent, EventTarget, listenersOf, listenerTypes, defineEventHandler, inspectInner, kListenerAdded, kListenerRemoved,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const { isArrayBuffer } = require('util').types;

function invalidThis(type) {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    super(type, options);
    const o = options ?? {};
    this.#data = o.data === undefined ? null : o.data;
    this.#origin = o.origin === undefined ? '' : `${o.origin}`;
    this.#lastEventId = o.lastEventId === undefined ? '' : `${o.lastEventId}`;
    this.#source = o.source === undefined ? null : o.source;
    this.#ports = o.ports === undefined ? [] : [...o.ports];
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#data in self)) throw invalidThis('MessageEvent');
  }
  get data() { MessageEvent.#check(this); return this.#data; }
  get origin() { MessageEvent.#check(this); return this.#origin; }
  get lastEventId() { MessageEvent.#check(this); return this.#lastEventId; }
  get source() { MessageEvent.#check(this); return this.#source; }
  get ports() { MessageEvent.#check(this); return this.#ports; }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { enumerable: true });
}

// nodeValues holds what on() listeners get for an event instead of the
// event: a message's data, emit()'s argument.
const nodeValues = new WeakMap();
// nodeListeners maps a target to its on() listeners: type → [{ fn, wrapper }].
const nodeListeners = new WeakMap();

function nodeListenerList(target, type, create) {
  let byType = nodeListeners.get(target);
  if (byType === undefined) {
    if (!create) return undefined;
    byType = new Map();
    nodeListeners.set(target, byType);
  }
  let list = byType.get(type);
  if (list === undefined && create) {
    list = [];
    byType.set(type, list);
  }
  return list;
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw binding.invalidArgType(name, 'of type function', fn);
}

function addNodeListener(target, type, fn, once) {
  validateFunction(fn, 'listener');
  type = typeof type === 'symbol' ? type : `${type}`;
  const list = nodeListenerList(target, type, true);
  if (list.some((l) => l.fn === fn)) return target;
  const entry = { fn, wrapper: null };
  entry.wrapper = function(event) {
    if (once) removeNodeEntry(target, type, entry);
    return Reflect.apply(fn, this, [nodeValues.has(event) ? nodeValues.get(event) : event]);
  };
  list.push(entry);
  target.addEventListener(type, entry.wrapper, { once });
  return target;
}

function removeNodeEntry(target, type, entry) {
  const list = nodeListenerList(target, type, false);
  const i = list === undefined ? -1 : list.indexOf(entry);
  if (i >= 0) list.splice(i, 1);
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    require('events').setMaxListeners(n, this);
  }
  getMaxListeners() {
    return require('events').getMaxListeners(this);
  }
  eventNames() {
    return listenerTypes(this);
  }
  listenerCount(type) {
    return listenersOf(this, type).length;
  }
  off(type, listener) {
    type = typeof type === 'symbol' ? type : `${type}`;
    const list = nodeListenerList(this, type, false);
    const entry = list?.find((l) => l.fn === listener);
    if (entry !== undefined) {
      removeNodeEntry(this, type, entry);
      this.removeEventListener(type, entry.wrapper);
    } else {
      this.removeEventListener(type, listener);
    }
    return this;
  }
  removeListener(type, listener) {
    return this.off(type, listener);
  }
  on(type, listener) {
    return addNodeListener(this, type, listener, false);
  }
  addListener(type, listener) {
    return addNodeListener(this, type, listener, false);
  }
  emit(type, arg) {
    type = typeof type === 'symbol' ? type : `${type}`;
    const event = this[kCreateEvent](type, arg);
    nodeValues.set(event, arg);
    this.dispatchEvent(event);
  }
  once(type, listener) {
    return addNodeListener(this, type, listener, true);
  }
  removeAllListeners(type = undefined) {
    const types = type === undefined ? listenerTypes(this) : [typeof type === 'symbol' ? type : `${type}`];
    for (const t of types) {
      for (const cb of listenersOf(this, t)) this.removeEventListener(t, cb);
      nodeListeners.get(this)?.delete(t);
    }
    return this;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return name + ' [EventTarget] ' + inspectInner(this[kInspectState](), options, inspect);
  }
}
const kCreateEvent = Symbol('kCreateEvent');
const kInspectState = Symbol('kInspectState');
NodeEventTarget.prototype[kCreateEvent] = function(type, arg) {
  return new CustomEvent(type, { detail: arg });
};
NodeEventTarget.prototype[kInspectState] = function() {
  return {};
};

// A port's state. peer is the port it is entangled with (null once either
// end closed, or once the channel moved into Go); queue holds the messages
// posted to it, each { data, ports }, and end the port's side of a Go pipe.
const states = new WeakMap();
// endStates maps the numbers of the Go sides this thread holds to ports.
const endStates = new Map();
// The open ports in the order they were made, the order libuv runs their
// async handles in.
let ports = [];
let woken = false;
// born numbers the ports in the order they were made (or arrived, for a
// transferred one).
let born = 0;
let refed = 0;

function stateOf(port, what = 'MessagePort') {
  const s = states.get(port);
  if (s === undefined) throw invalidThis(what);
  return s;
}

function countRef(d) {
  const before = refed > 0;
  refed += d;
  if (before !== refed > 0) binding.keepAlive(refed > 0);
}

function setRefed(s, on) {
  if (s.refed === on) return;
  s.refed = on;
  if (!s.closed) countRef(on ? 1 : -1);
}

function wake(s) {
  s.pending = true;
  if (!woken) {
    woken = true;
    binding.wake();
  }
}

// queued, takeMessage and peerGone see a port's messages and its peer's
// closing wherever they wait: the messages that came while the channel was
// local first.
function queued(s) {
  return s.queue.length + (s.end === undefined ? 0 : binding.portSize(s.end));
}

function takeMessage(s) {
  if (s.queue.length > 0) return s.queue.shift();
  return s.end === undefined ? undefined : binding.portTake(s.end);
}

function peerGone(s) {
  return s.peerClosed || (s.end !== undefined && binding.portPeerClosed(s.end));
}

// runPorts is libuv's pass over the async handles: each port pending when
// the pass reaches it drains its queue, up to Node's limit of the larger of
// the queue's length and 1000 messages (more wait for the next pass), and
// messages posted to it meanwhile count.
function runPorts() {
  woken = false;
  const passStart = born;
  for (const s of ports.slice()) {
    // A port made during the pass waits for the next, as a handle libuv
    // adds while it walks them.
    if (!s.pending || s.born >= passStart) continue;
    s.pending = false;
    let limit = Math.max(queued(s), 1000);
    while (s.started && !s.closed) {
      if (limit-- === 0) {
        wake(s);
        break;
      }
      const m = takeMessage(s);
      if (m === undefined) break;
      deliver(s, m);
      binding.afterCallback();
    }
    // As node's close message, the peer's closing counts once the
    // messages before it are taken, started or not.
    if (!s.closed && peerGone(s) && queued(s) === 0) closePort(s);
  }
}
binding.setRunPorts(runPorts);

function deliver(s, m) {
  // Node makes a transferred port's new self when the message arrives:
  // its handle, and so its place in the wake order, is that late.
  for (const p of m.ports) {
    const ps = states.get(p);
    if (!ps.closed) {
      ports = ports.filter((x) => x !== ps).concat(ps);
      ps.born = born++;
    }
  }
  const event = new MessageEvent('message', { data: m.data, ports: m.ports });
  if (s.channel !== undefined) {
    s.channel.dispatchEvent(event);
    return;
  }
  nodeValues.set(event, m.data);
  s.port.dispatchEvent(event);
}

class MessagePortCloseEvent extends Event {}

let constructing = false;

function newPort() {
  constructing = true;
  let port;
  try {
    port = new MessagePort();
  } finally {
    constructing = false;
  }
  const s = { port, peer: null, queue: [], started: false, refed: false, closed: false, peerClosed: false, pending: false,
    born: born++,
  };
  states.set(port, s);
  ports.push(s);
  return s;
}

function closePort(s) {
  if (s.closed) return;
  if (s.refed) countRef(-1);
  s.closed = true;
  s.refed = false;
  s.queue = [];
  ports = ports.filter((p) => p !== s);
  if (s.end !== undefined) {
    endStates.delete(s.end);
    binding.portClose(s.end);
    s.end = undefined;
  }
  const peer = s.peer;
  s.peer = null;
  if (peer !== null) {
    peer.peer = null;
    peer.peerClosed = true;
    wake(peer);
  }
  binding.closePhase(() => {
    s.port.dispatchEvent(new MessagePortCloseEvent('close'));
  });
}

// readTransferList reads postMessage's second argument: a transfer list or
// an options object holding one.
function readTransferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (typeof transfer[Symbol.iterator] === 'function') return [...transfer];
  const list = transfer.transfer;
  if (list === undefined || list === null) return [];
  if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
  }
  return [...list];
}

// untransferable holds the objects markAsUntransferable marked.
const untransferable = new WeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
}

// splitTransferList checks a transfer list for posting from source and
// splits it into ArrayBuffers and ports.
function splitTransferList(list, source) {
  const buffers = [];
  const moved = [];
  for (const t of list) {
    if (states.has(t)) {
      if (t === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (moved.includes(t)) throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      if (states.get(t).closed) throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      moved.push(t);
    } else if (isArrayBuffer(t)) {
      // node v20 copies an ArrayBuffer marked untransferable rather than
      // moving it (later versions throw).
      if (!untransferable.has(t)) buffers.push(t);
    } else {
      throw binding.nodeError('TypeError', 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  return { buffers, moved };
}

// cloneMessage clones data for posting from source (null from a
// BroadcastChannel), moving the transferred ArrayBuffers and ports.
function cloneMessage(data, list, source) {
  const { buffers, moved } = splitTransferList(list, source);
  const open = ports.map((s) => s.port);
  const fresh = moved.map(() => newPort());
  const to = open.map((p) => {
    const i = moved.indexOf(p);
    return i < 0 ? undefined : fresh[i].port;
  });
  let cloned;
  try {
    cloned = binding.clone(data, buffers, open, to);
  } catch (err) {
    ports = ports.filter((x) => !fresh.includes(x));
    throw err;
  }
  // The transferred ports close silently; their peers and queued messages
  // go on with the new ports.
  moved.forEach((p, i) => {
    const old = stateOf(p);
    const s = fresh[i];
    s.queue = old.queue;
    s.peer = old.peer;
    s.peerClosed = old.peerClosed;
    if (s.peer !== null) s.peer.peer = s;
    s.end = old.end;
    if (s.end !== undefined) endStates.set(s.end, s);
    if (old.refed) countRef(-1);
    Object.assign(old, { queue: [], peer: null, refed: false, closed: true, end: undefined });
    ports = ports.filter((x) => x !== old);
  });
  return { data: cloned, ports: fresh.map((s) => s.port) };
}

class MessagePort extends NodeEventTarget {
  constructor() {
    if (!constructing) throw binding.nodeError('TypeError', 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
  }

  postMessage(message, transfer = undefined) {
    const s = stateOf(this);
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    if (s.remote !== undefined) {
      if (!s.closed) s.remote(message, readTransferList(transfer), this);
      return;
    }
    if (s.end !== undefined) {
      binding.portPost(s.end, message, readTransferList(transfer), this);
      return;
    }
    const m = cloneMessage(message, readTransferList(transfer), this);
    if (s.closed || s.peer === null) return;
    const peer = s.peer;
    peer.queue.push(m);
    if (peer.started) wake(peer);
  }

  start() {
    const s = stateOf(this);
    if (s.started || s.closed) return;
    s.started = true;
    if (queued(s) > 0) wake(s);
  }

  ref() {
    setRefed(stateOf(this), true);
    return this;
  }

  unref() {
    setRefed(stateOf(this), false);
    return this;
  }

  hasRef() {
    return stateOf(this).refed;
  }

  close() {
    closePort(stateOf(this));
  }

}
MessagePort.prototype[kListenerAdded] = function(type, count) {
  if (type === 'message' && count === 1) {
    this.ref();
    this.start();
  }
};
MessagePort.prototype[kListenerRemoved] = function(type, count) {
  if (type === 'message' && count === 0) this.unref();
};
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// Node's MessagePort.prototype lists its properties in this order (the
// native methods first, then those its JavaScript adds).
{
  const names = ['postMessage', 'start', 'constructor', 'ref', 'unref', 'hasRef', 'onmessage', 'onmessageerror', 'close'];
  const descriptors = names.map((name) => Object.getOwnPropertyDescriptor(MessagePort.prototype, name));
  for (const name of names) delete MessagePort.prototype[name];
  names.forEach((name, i) => Object.defineProperty(MessagePort.prototype, name, descriptors[i]));
}
MessagePort.prototype[kCreateEvent] = function(type, arg) {
  return type === 'message' ? new MessageEvent(type, { data: arg }) : NodeEventTarget.prototype[kCreateEvent](type, arg);
};
MessagePort.prototype[kInspectState] = function() {
  const s = states.get(this);
  return { active: s !== undefined && !s.closed, refed: s !== undefined && s.refed };
};

// A function rather than a class for Node's error when called without new.
function MessageChannel() {
  if (new.target === undefined) {
    throw binding.nodeError('TypeError', 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const a = newPort();
  const b = newPort();
  a.peer = b;
  b.peer = a;
  this.port1 = a.port;
  this.port2 = b.port;
}

function receiveMessageOnPort(port) {
  const s = states.get(port);
  if (s === undefined) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const m = takeMessage(s);
  if (!s.closed && queued(s) === 0 && peerGone(s)) wake(s);
  return m === undefined ? undefined : { message: m.data };
}

// BroadcastChannel: every open channel of a name but the sender gets a
// clone. Each channel receives through a port of its own, so it is woken
// and ordered as ports are; it is referenced from the start until closed
// or unref'd.
const channels = new WeakMap();
const byName = new Map();

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    super();
    const s = newPort();
    s.started = true;
    setRefed(s, true);
    s.name = `${name}`;
    s.channel = this;
    channels.set(this, s);
    let set = byName.get(s.name);
    if (set === undefined) byName.set(s.name, set = []);
    set.push(s);
    binding.broadcastJoin(s.name, 1);
  }

  get name() {
    return stateOfChannel(this).name;
  }

  close() {
    const s = stateOfChannel(this);
    if (s.closed) return;
    const set = byName.get(s.name).filter((x) => x !== s);
    if (set.length === 0) byName.delete(s.name);
    else byName.set(s.name, set);
    binding.broadcastJoin(s.name, -1);
    if (s.refed) countRef(-1);
    s.closed = true;
    s.refed = false;
    s.queue = [];
    ports = ports.filter((p) => p !== s);
  }

  postMessage(message) {
    const s = stateOfChannel(this);
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (s.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const other of byName.get(s.name)) {
      if (other === s) continue;
      other.queue.push(cloneMessage(message, [], null));
      wake(other);
    }
    binding.broadcastPost(s.name, message);
  }

  ref() {
    setRefed(stateOfChannel(this), true);
    return this;
  }

  unref() {
    setRefed(stateOfChannel(this), false);
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const s = channels.get(this);
    if (s === undefined) return this;
    if (depth < 0) return 'BroadcastChannel';
    return 'BroadcastChannel ' + inspectInner({ name: s.name, active: !s.closed }, options, inspect);
  }
}
function stateOfChannel(self) {
  const s = channels.get(self);
  if (s === undefined) throw invalidThis('BroadcastChannel');
  return s;
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// broadcastNews: data came from a channel of name in another thread; each
// of this thread's channels of the name gets a clone.
function broadcastNews(name, data) {
  const set = byName.get(name);
  if (set === undefined) return;
  set.forEach((s, i) => {
    s.queue.push(i === 0 ? { data, ports: [] } : cloneMessage(data, [], null));
    wake(s);
  });
}

// remotePort makes a port whose peer is in another thread (a worker's
// parentPort): send(message, transferList, port) posts there, and receive(data, ports)
// queues what comes from there.
function remotePort(send) {
  const s = newPort();
  s.remote = send;
  return {
    port: s.port,
    receive(data, received) {
      if (s.closed) return;
      s.queue.push({ data, ports: received });
      if (s.started) wake(s);
    },
  };
}

// toEnd moves a port's channel into Go, if it is not there yet, as the
// port is about to leave for another thread; it returns the port's side.
// The messages waiting for the port go into its side's inbox, in order.
function toEnd(s) {
  if (s.end !== undefined) return s.end;
  if (s.remote !== undefined) throw new DOMException('Kiln cannot transfer parentPort', 'DataCloneError');
  const peer = s.peer;
  const [mine, theirs] = binding.portPair(peer === null);
  s.end = mine;
  endStates.set(mine, s);
  s.peer = null;
  if (peer !== null) {
    peer.peer = null;
    peer.end = theirs;
    endStates.set(theirs, peer);
  }
  const waiting = s.queue;
  s.queue = [];
  for (const m of waiting) binding.portRequeue(mine, m.data, m.ports);
  return mine;
}

// prepareTransfer checks a transfer list for a message to another thread
// and gives the ports' Go sides (ends), for stdlib's serialize.
function prepareTransfer(list, source) {
  const { buffers, moved } = splitTransferList(list, source);
  return { buffers, ports: moved, ends: moved.map((p) => toEnd(states.get(p))) };
}

// detachPorts closes the ports that left in a message, silently: their
// sides go on in the other thread.
function detachPorts(list) {
  for (const p of list) {
    const s = states.get(p);
    if (s.refed) countRef(-1);
    const end = s.end;
    Object.assign(s, { queue: [], peer: null, refed: false, closed: true, end: undefined });
    ports = ports.filter((x) => x !== s);
    endStates.delete(end);
    binding.portDetach(end);
  }
}

// adoptPort makes the port for a side that arrived from another thread.
function adoptPort(end) {
  const s = newPort();
  s.end = end;
  endStates.set(end, s);
  wake(s);
  return s.port;
}

// portNews: the side numbered end has messages, or its peer closed.
function portNews(end) {
  const s = endStates.get(end);
  if (s !== undefined) wake(s);
}

// flushPorts runs a pass now if one is due, for what must come before a
// Worker's 'exit' event: the messages and closes its thread sent on
// channels of their own, which it posted before it ended.
function flushPorts() {
  if (woken) runPorts();
}

module.exports = {
  broadcastNews,
  markAsUntransferable,
  isUntransferable: (v) => untransferable.has(v),
  flushPorts,
  prepareTransfer,
  detachPorts,
  adoptPort,
  portNews,
  isMessagePort: (v) => states.has(v),
  openPorts: () => ports.map((s) => s.port),
  remotePort,
  MessageEvent,
  MessagePort,
  MessageChannel,
  BroadcastChannel,
  NodeEventTarget,
  receiveMessageOnPort,
};
