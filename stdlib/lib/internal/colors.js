// shouldColorize is whether text for stream gets ANSI colours: FORCE_COLOR
// decides when set, else a TTY with more than 8 colours. util.styleText
// and Console's colorMode 'auto' both ask it.

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

module.exports = { shouldColorize };
