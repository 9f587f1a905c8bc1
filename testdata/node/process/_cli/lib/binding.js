process.binding('uv');
