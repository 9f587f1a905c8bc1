// Helper: logs its evaluation so the fixture can show it runs exactly once.
console.log('order_b: evaluated');
exports.done = true;
