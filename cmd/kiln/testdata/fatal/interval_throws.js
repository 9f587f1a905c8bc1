setInterval(function iv() {
  throw new Error('i');
}, 1);
