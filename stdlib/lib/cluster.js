// node:cluster on child_process.fork and its IPC channel. The primary
// forks workers that run the same program (NODE_UNIQUE_ID in their
// environment tells them apart) and hears from each when it is online,
// listening, disconnected and gone; messages go both ways.
//
// What differs from node: node's workers share the primary's listening
// sockets, which it passes over the channel; Kiln cannot pass handles yet,
// so a worker's TCP server binds the port itself with SO_REUSEPORT and the
// kernel spreads connections between the workers listening on it. A fixed
// port is shared so; port 0 gives each worker a port of its own, where
// node's give them one.

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
      worker.state = 'disconnected';
      if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    });
    child.once('exit', (code, signal) => {
      worker.state = 'dead';
      delete cluster.workers[id];
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

  cluster.disconnect = function disconnect(cb) {
    const workers = Object.values(cluster.workers);
    let left = workers.length;
    const done = () => {
      if (--left === 0 && typeof cb === 'function') cb();
    };
    if (left === 0) {
      if (typeof cb === 'function') process.nextTick(cb);
      return;
    }
    for (const w of workers) {
      if (w.isConnected()) {
        w.process.once('disconnect', done);
        w.disconnect();
      } else {
        process.nextTick(done);
      }
    }
  };

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
    if (msg.cmd === CMD && msg.act === 'disconnect') worker.disconnect();
  });
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
