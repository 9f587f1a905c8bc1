// A module not found two requires down: the require stack names both.
require('./require_missing');
