// The node options in effect, for the lib files that read their own (see
// fillOptions): getOptionValue as node's, and envArgv, NODE_OPTIONS' words
// as written, which process.execArgv leaves out.
module.exports = {
  getOptionValue: (name) => binding.option(name),
  envArgv: binding.envArgv,
};
