exports.x = 'x from #x';
