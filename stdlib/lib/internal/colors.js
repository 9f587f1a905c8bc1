// shouldColorize is whether text for stream gets ANSI colours: the colour
// depth FORCE_COLOR gives when set, else a TTY with more than 8 colours.
// util.styleText, Console's colorMode 'auto' and the global console ask it.

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('tty').WriteStream.prototype.getColorDepth() > 2;
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

module.exports = { shouldColorize };
