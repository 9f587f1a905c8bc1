console.log('main', process.env.FROM_PRELOAD, JSON.stringify(process.execArgv));
