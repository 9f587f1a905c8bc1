console.log('pre2');
