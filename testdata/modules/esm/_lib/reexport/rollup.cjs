'use strict';
var more = _interopRequireWildcard(require('./more.cjs'));
Object.keys(more).forEach(function (k) {
	if (k !== 'default' && !exports.hasOwnProperty(k)) exports[k] = more[k];
});
function _interopRequireWildcard(m) { return m; }
