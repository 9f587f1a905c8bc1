// kleur: chained styles, nesting, and kleur/colors' functions, with colour
// forced on so the output does not depend on the terminal.
const kleur = require('kleur');
kleur.enabled = true;
console.log(JSON.stringify([kleur.red('r'), kleur.bold().underline().blue('bu'), kleur.bgGreen().black('x' + kleur.yellow('y') + 'z')]));
console.log(JSON.stringify([kleur.dim().italic('di'), kleur.inverse('inv'), kleur.red().bold(42), kleur.white().bgMagenta().strikethrough('s')]));
kleur.enabled = false;
console.log(JSON.stringify([kleur.red('plain'), kleur.bold().green('plain too')]));
const colors = require('kleur/colors');
colors.$.enabled = true;
console.log(JSON.stringify([colors.red('z'), colors.bold(colors.cyan('nested')), colors.gray('g')]));
