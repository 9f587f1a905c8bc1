// tty.WriteStream's colour depth and hasColors come from the environment
// they are given (or process.env), by node's rules; neither needs a
// terminal, so this runs on any stdout.
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;

const envs = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'XTERM-Kitty' },
  { TERM: 'screen.xterm' },
  { TERM: 'rxvt-unicode-24bit' },
  { TERM: 'con132x43' },
  { TERM: 'mosh' },
  { TERM: 'weird' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit', TERM: 'dumb' },
  { COLORTERM: 'yes' },
  { TMUX: '1', TERM: 'vt100' },
  { CI: '1' },
  { CI: '1', GITHUB_ACTIONS: 'true' },
  { CI: '1', TRAVIS: '' },
  { CI: '1', GITEA_ACTIONS: 'true' },
  { TERM: 'direct' },
  { TERM: 'vt220' },
  { TERM: 'terminator' },
  { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' },
  { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' },
  { NO_COLOR: '', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '2', TERM: 'dumb' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: '0', TERM: 'xterm-256color' },
  { FORCE_COLOR: 'false' },
];
for (const env of envs) {
  console.log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env), hasColors(2 ** 24, env));
}

// FORCE_COLOR beside NO_COLOR warns once, on a later tick.
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }));
console.log(getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1' }));

// Without an env argument, process.env decides.
for (const key of Object.keys(process.env)) delete process.env[key];
process.env.TERM = 'xterm-256color';
console.log(getColorDepth(), hasColors(), hasColors(257));

for (const args of [[1], ['16'], [2.5], [2 ** 60], [null]]) {
  try {
    console.log(hasColors(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const fd of [-1, 1.5, '1']) {
  try {
    new tty.WriteStream(fd);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const methods = ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize', '_refreshSize'];
console.log(methods.map((m) => typeof tty.WriteStream.prototype[m]).join(), tty.WriteStream.prototype.isTTY);
