console.log('pre', JSON.stringify(process.execArgv), process.argv.length);
