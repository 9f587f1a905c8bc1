// util.parseEnv: node 20's .env grammar, quirks included.
const util = require('util');
const cases = [
 'A=1\nB=2',
 'A = spaced  \n  B  =  x y  ',
 '# comment\nA=1 # trailing\nB="quoted # not comment"\nC=\'single\'\nD=`back`',
 'E="multi\nline"\nF=\'no\\nexpand\'\nG="expand\\nnew"',
 'export H=exported\nI=\nJ\nK==eq\n=nokey',
 'L="unterminated\nM=next',
 'N=a=b=c\r\nO=crlf\r\n',
 'P="inner "quotes" here"\nQ=\'it\'s\'',
 'R=  "  padded  "  ',
 'S=x#nospace\nT="a"b',
 'U=1\nU=2',
 'V="  a\\tb  "',
 'W:colon\nX: y',
 '  export   Y = z',
 'Z="a\\"b"',
 'AA=${HOME}',
 'AB="line1\\r\\nline2"',
 '',
 '\n\n#only comment',
 'AC=`multi\nback`',
 'AD=\'multi\nsingle\'',
 'AE=  # empty with comment',
 'AF="unterminated',
 "AG='unterminated",
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(util.parseEnv(c)));
try { util.parseEnv(5) } catch (e) { console.log(e.code, e.message) }
const more = [
 '  #c\nA=1', 'A=\t x \t\nB=2', '\n\n  A=1', 'A=1\n\n\nB=2', 'A="x"  # c\nB=2', "A='x'junk\nB=2",
 'A= "q"', 'A=\n', 'A=', 'A', 'A=1\nB', 'A=1\n#c=2\nB=3', '#c\n', '#c', 'A=`a"b`', 'A="a\'b"',
 'export\tB=1', 'export B', ' \t A=1', 'A=1\n  \nB=2', 'A=1\n \t#c\nB=2', 'A = "x\\ny"\nB="\\\\n"',
 'A="unterminated\n\nB=2', "A='un\nB='x'", 'A=""', 'A=\'\'', '=x\nB=1', ' =x', 'A="x"\nB="y', 'A=#', 'A= #x', 'A= x #y # z',
 'A=1\r\rB=2', 'A=x\r', 'A="x\ry"', 'KEY WITH SPACE=1', 'A=b c\\nd'
];
for (const c of more) console.log(JSON.stringify(c), JSON.stringify(util.parseEnv(c)));
