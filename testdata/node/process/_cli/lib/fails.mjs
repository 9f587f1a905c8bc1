console.log('fails');
throw new Error('in an --import module');
