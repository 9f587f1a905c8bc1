throw new Error('child');
