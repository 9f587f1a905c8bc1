require('fs').writeFileSync('nodir/out.txt', 'text');
