require('nope');
