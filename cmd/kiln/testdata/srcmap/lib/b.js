const { twice } = require('./a');

class Runner {
  run(n) {
    return twice(n);
  }
}

exports.Runner = Runner;
