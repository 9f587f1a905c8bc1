// node:cluster on child_process.fork and its IPC channel. The primary
// forks workers that run the same program (NODE_UNIQUE_ID in their
// environment tells them apart) and hears from each when it is online,
// listening, disconnected and gone; messages go both ways.
//
// What differs from node: node's workers share the primary's listening
// sockets, which it passes over the channel; Kiln cannot pass handles yet,
// so a worker's TCP server binds the port itself with SO_REUSEPORT and the
// kernel spreads connections between the workers listening on it. Port 0
// is shared too, as node shares it: a worker asks the primary for the port
// of its server (host, and the how-manieth listen(0) on that host in the
// worker, as node keys its shared handles); the first to ask binds port 0
// and tells the primary what it got, the others wait for that and bind it.

const EventEmitter = require('events');

const SCHED_NONE = 1;
const SCHED_RR = 2;

// Messages of the cluster's own go under this cmd, as node's do: the
// channel hands those to 'internalMessage', never to 'message'.
const CMD = 'NODE_CLUSTER';

class Worker extends EventEmitter {
  constructor(options) {
    super();
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    this.process = options.process;
    this.process.on('error', (err) => this.emit('error', err));
    this.process.on('message', (msg, handle) => this.emit('message', msg, handle));
  }

  send(...args) {
    return this.process.send(...args);
  }

  isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
  }

  isConnected() {
    return this.process.connected;
  }
}

const cluster = new EventEmitter();
cluster.Worker = Worker;
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY === 'none' ? SCHED_NONE : SCHED_RR;

if ('NODE_UNIQUE_ID' in process.env) setupWorker();
else setupPrimary();

function setupPrimary() {
  let ids = 0;
  cluster.isWorker = false;
  cluster.isMaster = true;
  cluster.isPrimary = true;
  cluster.workers = {};
  cluster.settings = {};

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    process.nextTick(() => cluster.emit('setup', settings));
  };
  cluster.setupMaster = cluster.setupPrimary;

  cluster.fork = function forkWorker(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const s = cluster.settings;
    const child = require('child_process').fork(s.exec, s.args, {
      cwd: s.cwd,
      env: { ...process.env, ...env, NODE_UNIQUE_ID: String(id) },
      execArgv: s.execArgv,
      silent: s.silent,
      stdio: s.stdio,
      uid: s.uid,
      gid: s.gid,
      serialization: s.serialization,
      windowsHide: s.windowsHide,
    });
    const worker = new Worker({ id, process: child });
    cluster.workers[id] = worker;
    child.on('message', (msg, handle) => cluster.emit('message', worker, msg, handle));
    child.on('internalMessage', (msg) => {
      if (msg.cmd === CMD) onInternal(worker, msg);
    });
    child.once('disconnect', () => {
      removeWorker(worker);
      worker.state = 'disconnected';
      if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    });
    child.once('exit', (code, signal) => {
      if (!worker.isConnected()) removeWorker(worker);
      worker.state = 'dead';
      forgetPorts(worker);
      worker.emit('exit', code, signal);
      cluster.emit('exit', worker, code, signal);
    });
    worker.disconnect = function disconnect() {
      this.exitedAfterDisconnect = true;
      if (this.isConnected()) this.send({ cmd: CMD, act: 'disconnect' });
      return this;
    };
    worker.destroy = worker.kill = function kill(signal = 'SIGTERM') {
      this.exitedAfterDisconnect = true;
      if (this.isConnected()) this.process.disconnect();
      this.process.kill(signal);
    };
    process.nextTick(() => cluster.emit('fork', worker));
    return worker;
  };

  // A worker leaves cluster.workers when its channel closes (or it exits
  // without one), as in node; the last to leave ends cluster.disconnect(),
  // before its own 'disconnect' event.
  const intercom = new EventEmitter();
  function removeWorker(worker) {
    delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
  }

  cluster.disconnect = function disconnect(cb) {
    const workers = Object.values(cluster.workers);
    if (workers.length === 0) {
      process.nextTick(() => intercom.emit('disconnect'));
    } else {
      for (const w of workers) {
        if (w.isConnected()) w.disconnect();
      }
    }
    if (typeof cb === 'function') intercom.once('disconnect', cb);
  };

  // ports holds the port 0 servers' shared ports by key: the port (0
  // until a worker has bound one), the worker binding it, the queries that
  // wait for it ([worker, seq]) and the workers that asked.
  const ports = new Map();

  function replyPort(worker, seq, port) {
    if (worker.isConnected()) worker.send({ cmd: CMD, act: 'sharedPort', seq, port });
  }

  function queryPort(worker, { key, seq }) {
    let entry = ports.get(key);
    if (entry === undefined) {
      entry = { port: 0, binder: null, waiting: [], workers: new Set() };
      ports.set(key, entry);
    }
    entry.workers.add(worker);
    if (entry.port !== 0) {
      replyPort(worker, seq, entry.port);
    } else if (entry.binder !== null) {
      entry.waiting.push([worker, seq]);
    } else {
      entry.binder = worker;
      replyPort(worker, seq, 0);
    }
  }

  // portBound settles the binding of key's port: the port the binder got,
  // or 0 when its listen failed, and the next waiting worker tries.
  function portBound(key, port) {
    const entry = ports.get(key);
    if (entry === undefined) return;
    entry.binder = null;
    if (port !== 0) {
      entry.port = port;
      for (const [w, seq] of entry.waiting.splice(0)) replyPort(w, seq, port);
    } else if (entry.waiting.length > 0) {
      const [w, seq] = entry.waiting.shift();
      entry.binder = w;
      replyPort(w, seq, 0);
    }
  }

  // A port no worker uses any more is forgotten, as node closes a shared
  // handle when its last worker leaves.
  function forgetPorts(worker) {
    for (const [key, entry] of ports) {
      entry.workers.delete(worker);
      entry.waiting = entry.waiting.filter(([w]) => w !== worker);
      if (entry.binder === worker) portBound(key, 0);
      if (entry.workers.size === 0) ports.delete(key);
    }
  }

  function onInternal(worker, msg) {
    if (msg.act === 'online') {
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
    } else if (msg.act === 'exitedAfterDisconnect') {
      worker.exitedAfterDisconnect = true;
    } else if (msg.act === 'listening') {
      worker.state = 'listening';
      const address = { address: msg.address, port: msg.port, addressType: msg.addressType };
      worker.emit('listening', address);
      cluster.emit('listening', worker, address);
    } else if (msg.act === 'queryPort') {
      queryPort(worker, msg);
    } else if (msg.act === 'portBound') {
      portBound(msg.key, msg.port);
    }
  }
}

function setupWorker() {
  const id = Number(process.env.NODE_UNIQUE_ID) | 0;
  delete process.env.NODE_UNIQUE_ID;
  cluster.isWorker = true;
  cluster.isMaster = false;
  cluster.isPrimary = false;
  const worker = new Worker({ id, process, state: 'online' });
  cluster.worker = worker;
  // The primary learns that the worker leaves of its own accord before
  // the channel closes.
  worker.disconnect = function disconnect() {
    this.exitedAfterDisconnect = true;
    for (const server of listening) server.close();
    listening.clear();
    if (process.connected) {
      process.send({ cmd: CMD, act: 'exitedAfterDisconnect' }, () => {
        if (process.connected) process.disconnect();
      });
    }
    return this;
  };
  worker.destroy = worker.kill = function kill() {
    this.exitedAfterDisconnect = true;
    if (process.connected) process.disconnect();
    process.exit(0);
  };
  process.on('internalMessage', (msg) => {
    if (msg.cmd !== CMD) return;
    if (msg.act === 'disconnect') {
      worker.disconnect();
    } else if (msg.act === 'sharedPort') {
      const bind = portQueries.get(msg.seq);
      portQueries.delete(msg.seq);
      if (bind !== undefined) bind(msg.port);
    }
  });
  // net calls this for a server that listens on port 0: bind(port) listens
  // on the port the primary gives (0: bind one and tell it) and returns
  // the port it got, 0 if it failed.
  const portIndexes = new Map();
  const portQueries = new Map();
  let portSeq = 0;
  cluster._sharedPort = function _sharedPort(host, bind) {
    const index = portIndexes.get(host) || 0;
    portIndexes.set(host, index + 1);
    const key = `${host}:0:${index}`;
    const seq = ++portSeq;
    portQueries.set(seq, (port) => {
      const bound = bind(port);
      if (port === 0 && process.connected) process.send({ cmd: CMD, act: 'portBound', key, port: bound });
    });
    process.send({ cmd: CMD, act: 'queryPort', key, seq });
  };
  const listening = new Set();
  // net calls this when one of the worker's servers listens.
  cluster._listening = function _listening(server) {
    listening.add(server);
    server.once('close', () => listening.delete(server));
    const a = server.address();
    const message = typeof a === 'string'
      ? { cmd: CMD, act: 'listening', address: a, port: -1, addressType: -1 }
      : { cmd: CMD, act: 'listening', address: a.address, port: a.port, addressType: a.family === 'IPv6' ? 6 : 4 };
    if (process.connected) process.send(message);
  };
  process.send({ cmd: CMD, act: 'online' });
}

module.exports = cluster;
