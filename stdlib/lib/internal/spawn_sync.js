// process.binding('spawn_sync'): child_process's spawnSync starts every
// child through this object's spawn, looked up at each call, so that a
// tool that replaces it (process-on-spawn, which nyc's node-preload uses
// to give children its NODE_OPTIONS) sees and may change the options of
// each synchronous child, as in node. The options are those node passes
// there: file, args (argv[0] first), envPairs ("KEY=value"), cwd,
// detached, uid, gid, and Kiln's own stdio, input, timeout, maxBuffer and
// killSignal.
module.exports = {
  spawn(options) {
    return binding.spawnSync(options);
  },
};
