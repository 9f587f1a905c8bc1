// inspector/promises: the inspector module with a Session whose post
// returns a promise.

const inspector = require('inspector');

class Session extends inspector.Session {
  post(method, params) {
    return new Promise((resolve, reject) => {
      super.post(method, params, (err, res) => (err ? reject(err) : resolve(res)));
    });
  }
}

module.exports = { ...inspector, Session };
