export default 'side/index.js';
