package bytecode

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Disassemble writes a readable listing of f and its nested functions.
func Disassemble(w io.Writer, f *Function) {
	disasm(w, f, "")
}

func disasm(w io.Writer, f *Function, path string) {
	name := f.Name
	if name == "" {
		name = "<anonymous>"
	}
	if err := f.Load(); err != nil {
		fmt.Fprintf(w, "function %s%s: body does not load: %v\n", path, name, err)
		return
	}
	fmt.Fprintf(w, "function %s%s (params %d, regs %d, length %d)\n", path, name, f.NParams, f.NRegs, f.Length)
	for pc := 0; pc < len(f.Code); {
		in, ok := Decode(f.Code, pc)
		if !ok {
			fmt.Fprintf(w, "  %4d  <bad instruction %#08x>\n", pc, f.Code[pc])
			break
		}
		line, col := f.Position(pc)
		fmt.Fprintf(w, "  %4d  %-14s %-24s ; %d:%d\n", pc, in.Op, operands(f, in), line, col+1)
		pc = in.Next
	}
	for _, h := range f.Handlers {
		fmt.Fprintf(w, "  handler [%d, %d) -> %d, exception in r%d, env depth %d\n", h.Start, h.End, h.Target, h.Reg, h.EnvDepth)
	}
	for i, c := range f.Funcs {
		fmt.Fprintln(w)
		disasm(w, c, path+name+"/"+strconv.Itoa(i)+":")
	}
}

func operands(f *Function, in Instr) string {
	info := in.Op.Info()
	vals := [3]int{in.A, in.B, in.C}
	var parts []string
	for i, k := range info.Kinds {
		v := vals[i]
		switch k {
		case KindReg:
			parts = append(parts, "r"+strconv.Itoa(v))
		case KindConst:
			parts = append(parts, "k"+strconv.Itoa(v)+constNote(f, v))
		case KindSite:
			s := "s" + strconv.Itoa(v)
			if v < len(f.Sites) {
				s += "(" + strconv.Quote(f.Sites[v]) + ")"
			}
			parts = append(parts, s)
		case KindFunc:
			parts = append(parts, "f"+strconv.Itoa(v))
		case KindImm:
			parts = append(parts, strconv.Itoa(v))
		case KindInt:
			parts = append(parts, strconv.Itoa(int(int16(v))))
		}
	}
	if info.Site {
		parts = append(parts, "s"+strconv.Itoa(in.Site))
	}
	if info.Jump {
		parts = append(parts, "-> "+strconv.Itoa(in.Target))
	}
	return strings.Join(parts, " ")
}

func constNote(f *Function, i int) string {
	if i >= len(f.Consts) {
		return ""
	}
	c := f.Consts[i]
	switch c.Kind {
	case ConstNumber:
		return "(" + strconv.FormatFloat(c.Num, 'g', -1, 64) + ")"
	case ConstString, ConstName:
		s := c.Str
		if len(s) > 30 {
			s = s[:30] + "…"
		}
		return "(" + strconv.Quote(s) + ")"
	case ConstBigInt:
		return "(" + c.Str + "n)"
	case ConstRegExp:
		return "(/" + c.Str + "/" + c.Str2 + ")"
	}
	return ""
}
