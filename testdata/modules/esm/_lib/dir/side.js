export default 'side.js';
