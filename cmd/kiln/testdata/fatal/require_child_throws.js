require('./_child_throws');
