# tools/trapdoor.gdb: gdb commands for looking at trapdoor's ring
# transitions.  The gdbinit that tools/debug.sh writes sources it; by hand:
#     (gdb) source tools/trapdoor.gdb
#
#   ring                        the CPL, what it means, and CS's GDT entry
#   pt-regs [ADDR]              the saved struct pt_regs, field by field
#   break-syscall NAME|NR [i386] stop in the C dispatcher for one syscall
#   sysret-check [ADDR]         sysret_safe()'s conditions on the frame
#   $find_insn("SYM", "REGEX")  the address of the first instruction from
#                               SYM whose text matches REGEX, e.g.
#                               hbreak *$find_insn("entry_SYSCALL_64", "^sysret")
#
# `help ring` and so on say more; docs/gdb.md is a session to follow.
# Everything is read from the kernel's symbols and DWARF (struct pt_regs,
# percpu, the task) and from the repository's headers, found from this
# file's own location: build/gen/user/unistd_{64,32}.h for syscall names,
# arch/x86_64/segment.h and layout.h for the selectors and USER_TOP.  The
# commands work at any point of the boot: before long mode and before the
# first task they say why there is nothing to show.

python
import os
import re
import struct

import gdb


def _find_root():
    """The repository: two levels above this script."""
    # While gdb sources a file it keeps it open: find ourselves among
    # gdb's open files (a sourced CLI script has no __file__).
    try:
        for fd in os.listdir("/proc/self/fd"):
            try:
                path = os.readlink("/proc/self/fd/" + fd)
            except OSError:
                continue
            if os.path.basename(path) == "trapdoor.gdb":
                return os.path.dirname(os.path.dirname(path))
    except OSError:
        pass
    # Else next to the kernel's symbol file, <root>/build/kernel.elf.
    for objfile in gdb.objfiles():
        name = objfile.filename or ""
        if name.endswith("/build/kernel.elf"):
            return os.path.dirname(os.path.dirname(name))
    return os.getcwd()


TD_ROOT = _find_root()
U64 = 0xFFFFFFFFFFFFFFFF


def _header_defines(relpath):
    """{NAME: int} of the '#define NAME number' lines of a header."""
    out = {}
    try:
        with open(os.path.join(TD_ROOT, relpath)) as f:
            for line in f:
                m = re.match(r"\s*#\s*define\s+(\w+)\s+\(?\s*(0x[0-9a-fA-F]+|\d+)\w*\s*\)?\s*(/\*.*)?$", line)
                if m:
                    out[m.group(1)] = int(m.group(2), 0)
    except OSError:
        pass
    return out


_seg = _header_defines("arch/x86_64/segment.h")
_lay = _header_defines("arch/x86_64/layout.h")
KERNEL_CS = _seg.get("GDT_KERNEL_CS", 1) * 8
KERNEL_DS = _seg.get("GDT_KERNEL_DS", 2) * 8
USER32_CS = _seg.get("GDT_USER32_CS", 3) * 8 + 3
USER_DS = _seg.get("GDT_USER_DS", 4) * 8 + 3
USER_CS = _seg.get("GDT_USER_CS", 5) * 8 + 3
USER_TOP = _lay.get("USER_TOP", 0x00007FFFFFFFF000)
ENOSYS = 38

SELECTORS = {
    KERNEL_CS: ("KERNEL_CS", "64-bit kernel code, DPL 0"),
    KERNEL_DS: ("KERNEL_DS", "kernel data, DPL 0"),
    USER32_CS: ("USER32_CS", "32-bit user code, DPL 3: a placeholder that "
                "only fixes SYSRET's arithmetic (STAR[63:48]); nothing runs "
                "in it, and CS = 0x1b would mean compatibility mode"),
    USER_DS: ("USER_DS", "user data, DPL 3"),
    USER_CS: ("USER_CS", "64-bit user code, DPL 3"),
}

# struct pt_regs as ptrace.h has it, for when the kernel's DWARF is missing.
PT_REGS_FALLBACK = ["r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10",
                    "r9", "r8", "ax", "cx", "dx", "si", "di", "orig_ax",
                    "ip", "cs", "flags", "sp", "ss"]

FLAG_BITS = [(0, "CF"), (2, "PF"), (4, "AF"), (6, "ZF"), (7, "SF"),
             (8, "TF"), (9, "IF"), (10, "DF"), (11, "OF"), (14, "NT"),
             (16, "RF"), (17, "VM"), (18, "AC"), (19, "VIF"), (20, "VIP"),
             (21, "ID")]
TF, IF, DF, RF = 1 << 8, 1 << 9, 1 << 10, 1 << 16

VECTORS = {0: "#DE divide error", 1: "#DB debug", 2: "NMI", 3: "#BP int3",
           4: "#OF overflow", 5: "#BR bound", 6: "#UD invalid opcode",
           7: "#NM no FPU", 8: "#DF double fault", 10: "#TS invalid TSS",
           11: "#NP segment not present", 12: "#SS stack fault",
           13: "#GP general protection", 14: "#PF page fault",
           16: "#MF x87 error", 17: "#AC alignment check",
           18: "#MC machine check", 19: "#XM SIMD error",
           32: "IRQ 0, the PIT timer"}


# ---------------------------------------------------------------- helpers

def _u64(value):
    return int(value.cast(gdb.lookup_type("unsigned long"))) & U64


def _reg(name):
    return _u64(gdb.parse_and_eval("$" + name))


def _reg_or(name, default=None):
    try:
        return _reg(name)
    except gdb.error:
        return default


def _addr_of(symbol):
    """A symbol's address (functions of assembly files too), or None."""
    try:
        return _u64(gdb.parse_and_eval("&" + symbol))
    except gdb.error:
        try:
            return _u64(gdb.parse_and_eval("(unsigned long)" + symbol))
        except gdb.error:
            return None


def _symbolize(addr):
    """'name+off' for addr, or ''."""
    try:
        s = gdb.execute("info symbol 0x%x" % addr, to_string=True).strip()
    except gdb.error:
        return ""
    m = re.match(r"(\S+)(?: \+ (\d+))? in section", s)
    if not m:
        return ""
    return m.group(1) + ("+%s" % m.group(2) if m.group(2) else "")


def _symbol_of(addr):
    """(name, offset) of the symbol containing addr, or (None, 0)."""
    s = _symbolize(addr)
    if not s:
        return None, 0
    name, _, off = s.partition("+")
    return name, int(off or 0)


def _flags_text(flags):
    names = [n for bit, n in FLAG_BITS if flags & (1 << bit)]
    iopl = (flags >> 12) & 3
    if iopl:
        names.append("IOPL=%d" % iopl)
    return "[ %s ]" % " ".join(names) if names else "[ ]"


def _flags_decoded(flags):
    return "%s  IF=%d DF=%d TF=%d" % (_flags_text(flags), bool(flags & IF),
                                      bool(flags & DF), bool(flags & TF))


def _selector_text(sel):
    cpl = sel & 3
    if sel in SELECTORS:
        name, what = SELECTORS[sel]
        return "%s, GDT entry %d (%s), RPL %d" % (name, sel >> 3, what, cpl)
    if sel == 0:
        return ("the null selector: an interrupt or exception that changes "
                "the CPL in long mode loads SS with it (RPL = the new CPL)")
    return "GDT entry %d, RPL %d: not one of trapdoor's selectors" % (
        sel >> 3, cpl)


def _mode():
    """'real', 'protected' (32-bit, no long mode yet) or 'long'."""
    cr0 = _reg_or("cr0")
    efer = _reg_or("efer")
    if cr0 is None or efer is None:
        return "long"		# a target without control registers
    if not cr0 & 1:
        return "real"
    if efer & (1 << 10):	# EFER.LMA
        return "long"
    return "protected"


class _NoFrame(Exception):
    pass


_insn_cache = {}


def find_insn(symbol, pattern, limit=200):
    """The first instruction at or after symbol whose text matches the
    regex pattern (AT&T or Intel text, as gdb disassembles)."""
    start = _addr_of(symbol)
    if start is None:
        raise gdb.GdbError("no symbol %s" % symbol)
    key = (start, pattern)
    if key in _insn_cache:
        return _insn_cache[key]
    arch = gdb.selected_frame().architecture()
    rx = re.compile(pattern)
    for insn in arch.disassemble(start, count=limit):
        if rx.search(insn["asm"]):
            _insn_cache[key] = insn["addr"]
            return insn["addr"]
    raise gdb.GdbError("no instruction matching /%s/ in the %d from %s"
                       % (pattern, limit, symbol))


class FindInsn(gdb.Function):
    """$find_insn("SYMBOL", "REGEX"): the address of the first instruction
at or after SYMBOL whose disassembly matches REGEX (Python's re.search on
gdb's text, e.g. "call   0xffffffff80103380 <do_syscall_64>": anchor the
mnemonic with ^, or a branch to a symbol named like it matches too).  For
the assembly doors, to stop on one instruction without counting lines:
    hbreak *$find_insn("entry_SYSCALL_64", "^sysret")
    hbreak *$find_insn("restore_regs_and_iret", "^iret")"""

    def __init__(self):
        super().__init__("find_insn")

    def invoke(self, symbol, pattern):
        return gdb.Value(find_insn(symbol.string(), pattern.string())).cast(
            gdb.lookup_type("unsigned long"))


FindInsn()


# ---------------------------------------------------------------- syscall names

_names = {}


def _syscall_table(abi):
    """({name: nr}, header path) for abi '64' or '32'."""
    if abi in _names:
        return _names[abi]
    prefix = "__NR_" if abi == "64" else "__NR_ia32_"
    table, used = {}, None
    for rel in ("build/gen/user/unistd_%s.h" % abi,
                "build/gen/unistd_%s.h" % abi):
        path = os.path.join(TD_ROOT, rel)
        if not os.path.exists(path):
            continue
        used = path
        for name, nr in _header_defines(rel).items():
            if name.startswith(prefix):
                table[name[len(prefix):]] = nr
        break
    if table:
        _names[abi] = (table, used)
    return table, used


def _syscall_name(abi, nr):
    table, _ = _syscall_table(abi)
    for name, n in table.items():
        if n == nr:
            return name
    return None


def _door_of_frame(regs):
    """'syscall', 'int80' or None, from the 2 bytes before a ring-3 ip."""
    if (regs["cs"] & 3) != 3:
        return None
    try:
        b = bytes(gdb.selected_inferior().read_memory(regs["ip"] - 2, 2))
    except (gdb.error, gdb.MemoryError):
        return None
    if b == b"\x0f\x05":
        return "syscall"
    if b == b"\xcd\x80":
        return "int80"
    return None


# ---------------------------------------------------------------- pt_regs

def _pt_regs_layout():
    """[(name, offset)], size: from the kernel's DWARF, else ptrace.h's."""
    try:
        t = gdb.lookup_type("struct pt_regs")
        fields = [(f.name, f.bitpos // 8) for f in t.fields()]
        return fields, t.sizeof
    except gdb.error:
        return [(n, 8 * i) for i, n in enumerate(PT_REGS_FALLBACK)], \
            8 * len(PT_REGS_FALLBACK)


DISPATCHERS = ("do_syscall_64", "do_int80_syscall_32", "do_trap")


def _regs_from_frames():
    """(addr, where, dispatcher, frame) from a regs argument up the stack."""
    try:
        frame = gdb.selected_frame()
    except gdb.error:
        return None
    level = 0
    while frame is not None and level < 16:
        try:
            name = frame.name()
        except gdb.error:
            name = None
        if name in DISPATCHERS:
            addr = None
            try:
                v = frame.read_var("regs")
                if not v.is_optimized_out:
                    addr = _u64(v)
            except (gdb.error, ValueError):
                pass
            if addr is None and level == 0 and frame.pc() == _addr_of(name):
                addr = _reg("rdi")	# at the entry: the first argument
            if addr is not None:
                return addr, "the regs argument of %s (frame #%d)" % (
                    name, level), name, frame
        try:
            frame = frame.older()
        except gdb.error:
            break
        level += 1
    return None


def _current_task():
    """(task value, kstack_top) or raise _NoFrame saying why."""
    mode = _mode()
    if mode != "long":
        raise _NoFrame("the CPU is in %s mode: no task and no pt_regs before "
                       "long mode, paging and start_init" % (
                           "real" if mode == "real" else
                           "32-bit protected"))
    try:
        task = gdb.parse_and_eval("percpu.task")
    except gdb.error as e:
        raise _NoFrame("cannot read percpu.task (%s): are the kernel's "
                       "symbols loaded?" % e)
    if _u64(task) == 0:
        raise _NoFrame("no current task yet: percpu.task is NULL until "
                       "start_init (kernel/process.c) creates pid 1")
    try:
        top = _u64(task["kstack_top"])
    except (gdb.error, gdb.MemoryError) as e:
        raise _NoFrame("cannot read percpu.task->kstack_top: %s" % e)
    if top == 0:
        raise _NoFrame("pid 1 has no kernel stack yet (kstack_top is 0)")
    return task, top


def _locate(arg):
    """Where the frame is: dict(addr, where, dispatcher, default)."""
    fields, size = _pt_regs_layout()
    if arg and arg.strip():
        addr = _u64(gdb.parse_and_eval(arg))
        return dict(addr=addr, where="at %s" % arg.strip(), dispatcher=None,
                    default=False, frame=None)
    if _mode() == "long":
        found = _regs_from_frames()
        if found:
            addr, where, disp, frame = found
            return dict(addr=addr, where=where, dispatcher=disp,
                        default=False, frame=frame)
    task, top = _current_task()
    try:
        pid = int(task["pid"])
    except gdb.error:
        pid = "?"
    return dict(addr=top - size, default=True, dispatcher=None, frame=None,
                where="the top of pid %s's kernel stack: percpu.task->"
                      "kstack_top 0x%x - sizeof(struct pt_regs) %d"
                      % (pid, top, size))


def _read_regs(addr):
    fields, size = _pt_regs_layout()
    try:
        mem = bytes(gdb.selected_inferior().read_memory(addr, size))
    except (gdb.error, gdb.MemoryError) as e:
        raise _NoFrame("cannot read struct pt_regs at 0x%x: %s" % (addr, e))
    regs = {}
    for name, off in fields:
        regs[name] = struct.unpack_from("<Q", mem, off)[0]
    return regs, fields, size


def _entry_phase(addr, size):
    """How much of the frame at addr is live, judged from pc and rsp.

    Returns (kind, boundary, text): kind 'user' (CPU in ring 3: the frame
    is the last entry's), 'saving' (fields below boundary not yet saved),
    'restoring' (fields below boundary already popped) or 'complete'."""
    cs = _reg_or("cs", 0)
    if cs & 3:
        return ("user", 0, "the CPU is in ring 3: this is what the last entry "
                "from ring 3 saved; the next entry rewrites it")
    pc, rsp = _reg("rip"), _reg("rsp")
    sym, off = _symbol_of(pc)
    inside = addr <= rsp <= addr + size
    user_rsp = rsp < USER_TOP

    def call_in(symbol, target):
        try:
            return find_insn(symbol, r"call.*" + target)
        except gdb.GdbError:
            return None

    entering = leaving = False
    if sym == "entry_SYSCALL_64":
        c = call_in(sym, "do_syscall_64")
        entering = c is None or pc <= c
        leaving = not entering
    elif sym == "entry_INT80_compat":
        c = call_in(sym, "do_int80_syscall_32")
        entering = c is None or pc <= c
    elif sym and (re.match(r"isr_\d+$", sym) or sym == "isr_common"):
        c = call_in("isr_common", "do_trap")
        entering = sym != "isr_common" or c is None or pc <= c
    elif sym == "restore_regs_and_iret":
        leaving = True

    if entering and (inside or user_rsp):
        b = rsp - addr if inside else size
        if b >= size:
            return ("saving", size, "the entry code (%s) has saved nothing "
                    "yet%s: every field below is stale, from the previous "
                    "entry" % (sym, ", rsp is still the user's" if user_rsp
                               else ""))
        return ("saving", b, "the entry code (%s) is building this frame: "
                "rsp = 0x%x, so the fields below +%d are not saved yet (stale)"
                % (sym, rsp, b))
    if leaving and (inside or user_rsp):
        b = rsp - addr if inside else size
        return ("restoring", b, "the exit code (%s) is restoring this frame: "
                "fields below +%d are already popped into the registers"
                % (sym, b))
    return ("complete", 0, None)


def _door(loc, regs):
    disp = loc.get("dispatcher")
    if disp == "do_syscall_64":
        return "syscall", "do_syscall_64's argument"
    if disp == "do_int80_syscall_32":
        return "int80", "do_int80_syscall_32's argument"
    if disp == "do_trap":
        try:
            vec = int(loc["frame"].read_var("vector"))
        except (gdb.error, ValueError, AttributeError):
            return "trap", "do_trap's argument"
        return "trap", "do_trap's argument; vector %d, %s" % (
            vec, VECTORS.get(vec, "IRQ %d" % (vec - 32) if 32 <= vec < 48
                             else "exception"))
    if loc.get("default") and (_reg_or("cs", 3) & 3) == 0:
        sym, _ = _symbol_of(_reg("rip"))
        if sym == "entry_SYSCALL_64":
            return "syscall", "stopped in entry_SYSCALL_64"
        if sym == "entry_INT80_compat":
            return "int80", "stopped in entry_INT80_compat"
    d = _door_of_frame(regs)
    if d:
        return d, "the instruction before ip is %s" % (
            "`syscall` (0f 05)" if d == "syscall" else "`int $0x80` (cd 80)")
    return None, None


def _note(regs, name, door):
    v = regs[name]
    if name == "cs":
        return "CPL %d, %s" % (v & 3, _selector_text(v))
    if name == "ss":
        return _selector_text(v)
    if name == "flags":
        return _flags_decoded(v)
    if name == "ip":
        s = _symbolize(v)
        return "<%s>" % s if s else ""
    if name == "orig_ax":
        if door in ("syscall", "int80"):
            abi = "64" if door == "syscall" else "32"
            nr = v & 0xFFFFFFFF
            if nr >= 0x80000000:
                nr -= 1 << 32
            n = _syscall_name(abi, nr)
            return "syscall number %d%s (%s)" % (
                nr, " = " + n if n else ", no such syscall",
                "x86-64 table" if abi == "64" else "i386 table")
        if door == "trap":
            return "error code (0 when the CPU pushes none)"
        return "the syscall number, or an exception's error code"
    if name == "ax" and v == (-ENOSYS & U64):
        return "-ENOSYS: the doors' preset, until a handler returns"
    if name == "cx" and door == "syscall":
        return "= the user RIP (syscall put it in rcx)" if v == regs["ip"] \
            else "!= ip"
    if name == "r11" and door == "syscall":
        return "= the user RFLAGS (syscall put them in r11)" \
            if v == regs["flags"] else "!= flags"
    return ""


# ---------------------------------------------------------------- commands

def _guarded(name, body, *args):
    try:
        return body(*args)
    except gdb.GdbError:
        raise
    except (gdb.error, gdb.MemoryError) as e:
        raise gdb.GdbError("%s: %s" % (name, e))


class Ring(gdb.Command):
    """Show the current privilege level (CPL), from CS.

Usage: ring

The CPL is CS & 3: 0 is ring 0, the kernel; 3 is ring 3, user mode.
Also shows CS and which of trapdoor's GDT entries it is (0x08 KERNEL_CS,
0x2b USER_CS, 0x1b USER32_CS; arch/x86_64/segment.h), SS, the CPU mode
(real, 32-bit protected, long) and whether GS is the kernel's per-CPU
area (swapgs done) or the user's.  Before CR0.PE is set there are no
rings: CS is a real-mode segment, and ring says so."""

    def __init__(self):
        super().__init__("ring", gdb.COMMAND_STATUS)

    def invoke(self, arg, from_tty):
        _guarded("ring", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        cs, ss = _reg("cs"), _reg_or("ss", 0)
        pc = _reg("rip")
        mode = _mode()
        if mode == "real":
            print("real mode (CR0.PE = 0): no rings yet; CS = 0x%x is a "
                  "segment (base 0x%x), not a selector.  pc = 0x%x"
                  % (cs, cs << 4, pc))
            return
        cpl = cs & 3
        what = {0: "ring 0, the kernel", 3: "ring 3, user mode"}.get(
            cpl, "ring %d (unused by trapdoor)" % cpl)
        print("CPL %d: %s (CS & 3)" % (cpl, what))
        if mode == "protected":
            print("CS = 0x%x: 32-bit protected mode (CR0.PE = 1, EFER.LMA "
                  "= 0); a selector of the boot loader's GDT (QEMU's or "
                  "GRUB's 32-bit code segment) until the far jump to entry64 "
                  "(boot/entry32.S) loads early_gdt's 64-bit 0x08" % cs)
        else:
            print("CS = 0x%x: %s" % (cs, _selector_text(cs)))
            print("SS = 0x%x: %s" % (ss, _selector_text(ss)))
        s = _symbolize(pc)
        print("pc = 0x%x%s, %s mode" % (
            pc, " <%s>" % s if s else "",
            "long" if mode == "long" else "32-bit protected"))
        if mode != "long":
            return
        gs, kgs = _reg_or("gs_base"), _reg_or("k_gs_base")
        percpu = _addr_of("percpu")
        if gs is None or percpu is None:
            return
        if gs == percpu:
            print("GS_BASE = 0x%x = &percpu: the kernel's GS (swapgs done, "
                  "or not needed: entered from ring 0)" % gs)
        elif kgs == percpu:
            print("GS_BASE = 0x%x, the user's; KERNEL_GS_BASE = &percpu: "
                  "%s" % (gs, "in ring 0 that is before the entry's swapgs, "
                          "or after the exit's" if cpl == 0
                          else "as it should be in ring 3"))
        else:
            print("GS_BASE = 0x%x, KERNEL_GS_BASE = 0x%x (neither is "
                  "&percpu yet)" % (gs, kgs or 0))


class PtRegs(gdb.Command):
    """Show the saved struct pt_regs of the current syscall or interrupt.

Usage: pt-regs [ADDR]

Field by field, with names and offsets (r15 at +0 ... ss at +160,
arch/x86_64/ptrace.h, layout from the kernel's DWARF), decoding cs (the
CPL and selector), flags (IF, DF, TF and the rest), orig_ax (the syscall
number and name) and ax (-ENOSYS preset).

Which frame, without ADDR: when stopped in do_syscall_64,
do_int80_syscall_32 or do_trap (or in a function they called), their regs
argument; otherwise the frame at the top of the current task's kernel
stack, percpu.task->kstack_top - sizeof(struct pt_regs), where every
entry from ring 3 saves the user's registers.  With ADDR (an expression:
0xffffc90000004f58, regs, $rsp), the struct pt_regs at ADDR.

In the entry and exit code (entry_SYSCALL_64, entry_INT80_compat, the
isr stubs, restore_regs_and_iret) it says which fields are not saved yet
or already restored, from rsp."""

    def __init__(self):
        super().__init__("pt-regs", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        _guarded("pt-regs", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        try:
            loc = _locate(arg)
            regs, fields, size = _read_regs(loc["addr"])
        except _NoFrame as e:
            print("pt-regs: %s" % e)
            return
        door, why = _door(loc, regs)
        print("struct pt_regs at 0x%x: %s" % (loc["addr"], loc["where"]))
        kind, boundary, text = ("complete", 0, None)
        if loc["default"] or loc["dispatcher"] is None:
            kind, boundary, text = _entry_phase(loc["addr"], size)
        if text:
            print("  note: " + text)
        for name, off in fields:
            mark = ""
            if kind == "saving" and off < boundary:
                mark = "  (not saved yet)"
            elif kind == "restoring" and off < boundary:
                mark = "  (skipped)" if name == "orig_ax" else "  (restored)"
            # A stale field's meaning is the previous entry's: no notes.
            stale = kind == "saving" and off < boundary
            note = "" if stale else _note(regs, name, door)
            print("  +%-4d %-8s 0x%016x%s%s" % (
                off, name, regs[name], "  " + note if note else "", mark))
        if door in ("syscall", "int80"):
            print("  entered from ring %d through %s (%s)" % (
                regs["cs"] & 3,
                "`syscall`" if door == "syscall" else "`int $0x80`", why))
        elif door == "trap":
            print("  entered from ring %d through an exception or IRQ stub "
                  "(%s)" % (regs["cs"] & 3, why))


class BreakSyscall(gdb.Command):
    """Stop in the C dispatcher when one system call comes in.

Usage: break-syscall NAME|NUMBER [i386]

Sets a hardware breakpoint (hbreak) on the first instruction of
do_syscall_64, conditioned on its nr argument (rsi at that point), so
that it stops only for that syscall through the `syscall` door.  With
i386, on do_int80_syscall_32 instead, conditioned on regs->orig_ax (the
eax of `int $0x80`), with the i386 numbers.  NAME is looked up in
build/gen/user/unistd_64.h (__NR_NAME) or unistd_32.h (__NR_ia32_NAME);
getpid, __NR_getpid and sys_getpid all work.  Examples:
    break-syscall getpid            nr 39 through syscall
    break-syscall write i386        nr 4 through int $0x80
    break-syscall 423               an unknown number: -ENOSYS
Once stopped, `pt-regs` shows the frame and `finish` the return value.
QEMU's emulation has any number of hardware breakpoints; a real CPU or
KVM has four debug registers."""

    def __init__(self):
        super().__init__("break-syscall", gdb.COMMAND_BREAKPOINTS)

    def complete(self, text, word):
        word = word or ""
        if len(text.split()) - (1 if word else 0) >= 1:
            return ["i386"] if "i386".startswith(word) else []
        table, _ = _syscall_table("64")
        return sorted(n for n in table if n.startswith(word))

    def invoke(self, arg, from_tty):
        _guarded("break-syscall", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        words = gdb.string_to_argv(arg)
        abi = "64"
        if words and words[-1] in ("i386", "ia32", "32", "int80"):
            abi = "32"
            words = words[:-1]
        if len(words) != 1:
            raise gdb.GdbError("usage: break-syscall NAME|NUMBER [i386]")
        what = words[0]
        table, header = _syscall_table(abi)
        try:
            nr = int(what, 0)
            name = _syscall_name(abi, nr)
        except ValueError:
            name = re.sub(r"^(__NR_ia32_|__NR_|sys_ia32_|sys_)", "", what)
            if not header:
                raise gdb.GdbError(
                    "break-syscall: no unistd_%s.h under %s/build/gen: run "
                    "make, or give a number" % (abi, TD_ROOT))
            if name not in table:
                raise gdb.GdbError("break-syscall: no system call %s in %s"
                                   % (name, header))
            nr = table[name]
        if abi == "64":
            func = "do_syscall_64"
            cond = "(int)$rsi == %d" % nr
        else:
            func = "do_int80_syscall_32"
            off = dict(_pt_regs_layout()[0]).get("orig_ax", 120)
            cond = "*(unsigned int *)($rdi + %d) == %d" % (off, nr & 0xFFFFFFFF)
        if _addr_of(func) is None:
            raise gdb.GdbError("break-syscall: no %s: load the kernel's "
                               "symbols" % func)
        gdb.execute("hbreak *%s if %s" % (func, cond), from_tty)
        print("break-syscall: stops in %s when nr == %d (%s, %s)" % (
            func, nr, name or "no such syscall",
            "x86-64 table, through syscall" if abi == "64"
            else "i386 table, through int $0x80"))


class SysretCheck(gdb.Command):
    """Say whether this system call returns by SYSRET or by IRETQ.

Usage: sysret-check [ADDR]

Evaluates on the current struct pt_regs (the same one pt-regs shows, or
the one at ADDR) the conditions of sysret_safe() in
arch/x86_64/syscall.c:
    regs->cx == regs->ip        sysretq takes RIP from RCX
    regs->r11 == regs->flags    and RFLAGS from R11
    regs->cs == USER_CS (0x2b)  sysretq loads fixed selectors from STAR
    regs->ss == USER_DS (0x23)
    regs->ip < USER_TOP         a non-canonical RCX faults in ring 0
    no RF or TF in flags        which only iretq restores exactly
each with OK or FAILS and why it matters, then the verdict: SYSRET
(entry_SYSCALL_64 leaves by sysretq) or IRETQ (restore_regs_and_iret).
do_syscall_64 decides after the handler and any signal delivery, which
may rewrite the frame: the verdict is for the frame as it is now.  Only
`syscall` can leave by sysretq; `int $0x80` and interrupts always iretq."""

    def __init__(self):
        super().__init__("sysret-check", gdb.COMMAND_DATA,
                         gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        _guarded("sysret-check", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        try:
            loc = _locate(arg)
            r, fields, size = _read_regs(loc["addr"])
        except _NoFrame as e:
            print("sysret-check: %s" % e)
            return
        door, why = _door(loc, r)
        print("sysret-check: struct pt_regs at 0x%x: %s" % (
            loc["addr"], loc["where"]))
        if loc["default"] or loc["dispatcher"] is None:
            kind, boundary, text = _entry_phase(loc["addr"], size)
            if kind == "saving":
                print("  warning: " + text)
        flags = r["flags"]
        checks = [
            ("rcx == rip", r["cx"] == r["ip"],
             "cx 0x%x, ip 0x%x" % (r["cx"], r["ip"]),
             "sysretq jumps to RCX, not to regs->ip"),
            ("r11 == rflags", r["r11"] == flags,
             "r11 0x%x, flags 0x%x" % (r["r11"], flags),
             "sysretq loads RFLAGS from R11, not from regs->flags"),
            ("cs == USER_CS", r["cs"] == USER_CS,
             "cs 0x%x, USER_CS 0x%x" % (r["cs"], USER_CS),
             "sysretq loads CS = STAR[63:48] + 16 | 3 whatever the frame says"),
            ("ss == USER_DS", r["ss"] == USER_DS,
             "ss 0x%x, USER_DS 0x%x" % (r["ss"], USER_DS),
             "sysretq loads SS = STAR[63:48] + 8 | 3 whatever the frame says"),
            ("rip < USER_TOP", r["ip"] < USER_TOP,
             "ip 0x%x, USER_TOP 0x%x" % (r["ip"], USER_TOP),
             "a non-canonical RCX makes sysretq #GP in ring 0 on the user's "
             "RSP (Intel): the SYSRET hole; iretq faults in ring 3 instead"),
            ("no RF/TF", not flags & (RF | TF),
             "flags 0x%x %s" % (flags, _flags_text(flags)),
             "sysretq cannot restore RF, and with TF it traps at once "
             "instead of after one user instruction as iretq does"),
        ]
        for what, ok, values, reason in checks:
            print("  %-5s  %-14s %s" % ("OK" if ok else "FAILS", what, values))
            print("         %14s %s" % ("", reason))
        safe = all(ok for _, ok, _, _ in checks)
        if safe:
            print("=> SYSRET: sysret_safe() is true; entry_SYSCALL_64 leaves "
                  "by sysretq")
        else:
            print("=> IRETQ: sysret_safe() is false; entry_SYSCALL_64 leaves "
                  "through restore_regs_and_iret")
        if door == "int80":
            print("   (this frame came through int $0x80 (%s): "
                  "entry_INT80_compat always leaves by iretq)" % why)
        elif door == "trap":
            print("   (this frame came through an exception or IRQ: it "
                  "always leaves by iretq)")
        elif door is None:
            print("   (not recognisably a `syscall` frame: only those can "
                  "leave by sysretq)")


Ring()
PtRegs()
BreakSyscall()
SysretCheck()
end

echo trapdoor: ring, pt-regs, break-syscall, sysret-check, $find_insn (help NAME; docs/gdb.md)\n
