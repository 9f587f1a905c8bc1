// Echoes each message back with what the child sees of its side.
process.on('message', m => {
  if (m === 'info') {
    process.send({
      argv: process.argv.slice(2),
      connected: process.connected,
      send: typeof process.send,
      channelFd: typeof process.env.NODE_CHANNEL_FD,
      mode: typeof process.env.NODE_CHANNEL_SERIALIZATION_MODE,
      channel: typeof process.channel,
      ref: typeof process.channel.ref,
    });
    return;
  }
  if (m === 'exit') process.exit(5);
  if (m === 'disconnect') {
    process.disconnect();
    return;
  }
  process.send({ echo: m });
});
