// TypeScript's emitDecoratorMetadata (tsconfig.json beside this file):
// design:paramtypes, design:type and design:returntype as tsc emits them for
// one file at a time (ts.transpileModule, isolatedModules), which is all
// that type-free compilation can know: a class gives itself, an interface
// Object, an enum or a type alias of this file what its type gives, one
// from another file Object, and an import used only in a type stays
// imported. The expected output is node's run of transpileModule's
// JavaScript (TypeScript 5.9):
//   NODE_PATH=path/to/typescript5/node_modules node -e "const ts=require('typescript'),fs=require('fs');for(const f of ['decorators','_lib/types'])fs.writeFileSync(f+'.node-tmp.js',ts.transpileModule(fs.readFileSync(f+'.ts','utf8'),{compilerOptions:require('./tsconfig.json').compilerOptions}).outputText.replaceAll('./_lib/types','./_lib/types.node-tmp'))"
//   node decorators.node-tmp.js > decorators.stdout
import { Service, Shape, Id, Color } from './_lib/types';
import * as types from './_lib/types';

const store: string[] = [];
const R = Reflect as any;
R.metadata = (key: string, value: unknown) => (target: any, member?: string | symbol) => {
  const where = typeof target === 'function' ? target.name : target.constructor.name + '.' + String(member);
  store.push(`${where} ${key}: ${show(value)}`);
};
function show(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
  if (typeof v === 'function') return v.name;
  return String(v);
}

const dec = (..._args: unknown[]) => {};
const param = (_t: unknown, _k: unknown, _i: number) => {};

class Local {}
interface LocalShape { x: number }
enum LocalNumbers { A, B = 5 }
enum LocalStrings { A = 'a' }
enum LocalMixed { A = 1, B = 'b' }
type LocalId = string;
type LocalClass = Local;
type LocalNullable = LocalNumbers | null;
type LocalCallback = (x: number) => void;
type LocalOfAlias = LocalId;

@dec
class Injected {
  constructor(a: Service, b: Local, c: Shape, d: Id, e: Color, f: string, g: number, h: boolean, i: bigint,
    j: symbol, k: any, l: unknown, m: object, n: void, o: undefined, p: null, q: never, r, s = 1,
    ...rest: Service[]) {}
}

@dec
class WithoutConstructor {}

class Members {
  @dec a: string;
  @dec b: number[];
  @dec c: Array<Local>;
  @dec d: [string, number];
  @dec e: { x: number };
  @dec f: (x: number) => void;
  @dec g: new () => Local;
  @dec h: 'lit';
  @dec i: 42;
  @dec j: -1;
  @dec k: `t${string}`;
  @dec l: true;
  @dec m: string | null;
  @dec n: string | undefined | null;
  @dec o: string | number;
  @dec p: Local | null;
  @dec q: Local & Service;
  @dec r: (string);
  @dec s: readonly string[];
  @dec t: keyof Local;
  @dec u: typeof Local;
  @dec v: types.Service;
  @dec w: Promise<Local>;
  @dec x: Map<string, Local>;
  @dec y: Date;
  @dec z;
  @dec aa: never | string;
  @dec ab: unknown | string;
  @dec ac: Local['constructor'];
  @dec ad: Local extends object ? string : number;
  @dec ae: LocalShape;
  @dec ag: LocalNumbers;
  @dec ah: LocalStrings;
  @dec ai: LocalMixed;
  @dec aj: LocalNumbers | null;
  @dec ak: LocalId;
  @dec al: LocalClass;
  @dec am: LocalNullable;
  @dec ao: LocalCallback;
  @dec ap: LocalOfAlias;
  @dec aq: Id;
  @dec ar: LocalNumbers.B;
  @dec as: LocalStrings.A;
  @dec at: LocalMixed.A;
  @dec au: LocalMixed.B;
  @dec av: Color.Red;
  // @ts-ignore: a name that is declared nowhere
  @dec af: Undeclared;
  @dec static st: Local;

  @dec method(a: Local, b: string): number { return 0; }
  @dec async asyncMethod(a) { return a; }
  @dec voidMethod(): void {}
  @dec noReturn() {}
  @dec guard(x: unknown): x is string { return true; }
  @dec rest(...xs: number[]) {}
  @dec restArray(...xs: Array<Local>) {}
  @dec get getter(): Local { return new Local(); }
  @dec set setter(v: Service) {}
  paramOnly(@param a: string, b: Local) {}
  @dec static staticMethod(a: Date): Promise<void> { return Promise.resolve(); }
  undecorated(a: string): string { return a; }
}

@dec
class ParamDecorated {
  constructor(@param a: Local, b: Service) {}
}

class CtorParamOnly {
  constructor(@param a: Local) {}
}

void [Injected, WithoutConstructor, Members, ParamDecorated, CtorParamOnly];
for (const line of store) console.log(line);
