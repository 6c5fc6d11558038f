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


def _header_macros(relpath):
    """{NAME: text} of every object-like '#define NAME text' of a header."""
    out = {}
    try:
        with open(os.path.join(TD_ROOT, relpath)) as f:
            for line in f:
                m = re.match(r"\s*#\s*define\s+(\w+)\s+(.*)$", line)
                if m:
                    text = re.sub(r"/\*.*?(\*/|$)", "", m.group(2)).strip()
                    if text:
                        out[m.group(1)] = text
    except OSError:
        pass
    return out


def _macro_value(macros, name, depth=0):
    """A macro as a number, its names replaced by their values and the
    result evaluated as arithmetic (USER_CS is GDT_USER_CS * 8 + 3), or
    None when it is not plain arithmetic on numbers."""
    text = macros.get(name)
    if text is None or depth > 8:
        return None
    text = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)[uUlL]+\b", r"\1", text)
    try:
        expr = re.sub(r"\b[A-Za-z_]\w*\b",
                      lambda m: str(_need(_macro_value(macros, m.group(0),
                                                       depth + 1))), text)
    except ValueError:
        return None
    if not re.match(r"^[\s0-9a-fA-Fx()+\-*|&<>~]*$", expr):
        return None
    try:
        return int(eval(expr, {"__builtins__": {}}))
    except Exception:
        return None


def _need(v):
    if v is None:
        raise ValueError
    return v


# The selectors as segment.h defines them, so that a new GDT layout
# needs no change here; the numbers are only a fallback for a missing file.
_seg = _header_macros("arch/x86_64/segment.h")
_lay = _header_defines("arch/x86_64/layout.h")


def _selector(name, entry, rpl, fallback):
    v = _macro_value(_seg, name)
    if v is None:
        v = _macro_value(_seg, entry)
        v = fallback if v is None else v * 8 + rpl
    return v


# The fallbacks are Linux's layout (GDT entries 1, 2, 3, 4, 5, 6).
KERNEL32_CS = _selector("KERNEL32_CS", "GDT_KERNEL32_CS", 0, 0x08)
KERNEL_CS = _selector("KERNEL_CS", "GDT_KERNEL_CS", 0, 0x10)
KERNEL_DS = _selector("KERNEL_DS", "GDT_KERNEL_DS", 0, 0x18)
USER32_CS = _selector("USER32_CS", "GDT_USER32_CS", 3, 0x23)
USER_DS = _selector("USER_DS", "GDT_USER_DS", 3, 0x2b)
USER_CS = _selector("USER_CS", "GDT_USER_CS", 3, 0x33)
USER_TOP = _lay.get("USER_TOP", 0x00007FFFFFFFF000)
ENOSYS = 38

SELECTORS = {
    KERNEL32_CS: ("KERNEL32_CS", "32-bit kernel code, DPL 0, unused"),
    KERNEL_CS: ("KERNEL_CS", "64-bit kernel code, DPL 0"),
    KERNEL_DS: ("KERNEL_DS", "kernel data, DPL 0"),
    USER32_CS: ("USER32_CS", "32-bit user code, DPL 3, compatibility "
                "mode: what a far jump to 32-bit code and sysretl load"),
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


def _arch():
    """The architecture to disassemble with: the frame's, or without a
    target the inferior's (gdb then reads the code from kernel.elf)."""
    try:
        return gdb.selected_frame().architecture()
    except gdb.error:
        return gdb.selected_inferior().architecture()


def _need_target(name):
    """Raise a one-line error when there is nothing to read registers from."""
    try:
        if gdb.selected_inferior().pid and gdb.selected_thread() is not None:
            return
    except gdb.error:
        pass
    raise gdb.GdbError("%s: no target: QEMU is not connected (make debug "
                       "connects it; by hand: target remote 127.0.0.1:PORT)"
                       % name)


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
    arch = _arch()
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


def _kernel_rsp():
    """The top of the current task's kernel stack, where every entry from
    ring 3 builds its frame: percpu.kernel_rsp (what entry_SYSCALL_64
    loads; TSS.RSP0 holds the same for interrupts)."""
    _, top = _current_task()
    try:
        v = _u64(gdb.parse_and_eval("percpu.kernel_rsp"))
        return v or top
    except gdb.error:
        return top


def _errcode_vector(v):
    """The vectors for which the CPU pushes an error code (isr_stubs.S)."""
    return v == 8 or 10 <= v <= 14 or v in (17, 21, 29, 30)


def _vector_text(v):
    if v is None:
        return "an interrupt or exception"
    if 32 <= v < 48:
        return "vector %d, %s" % (v, VECTORS.get(v, "IRQ %d" % (v - 32)))
    return "vector %d, %s" % (v, VECTORS.get(v, "an exception"))


def _ret_after_call(symbol, target):
    """The return address a `call target` in symbol pushes, or None."""
    try:
        call = find_insn(symbol, r"^call.*<" + target + r">")
    except gdb.GdbError:
        return None
    insns = _arch().disassemble(call, count=2)
    return insns[1]["addr"] if len(insns) > 1 else None


def _door_by_slot(addr):
    """Which door built the frame at addr, from the return address of the
    door's call into C, left just below the frame.

    All three doors call their dispatcher with rsp 16-aligned under the
    frame (entry_SYSCALL_64 by subq $8, the others by andq $-16), so the
    call's return address sits at (addr & ~15) - 8 in every case.  The
    word stays there after the call returns: nothing is pushed below the
    frame on the way out, with interrupts off.  For a frame from ring 3
    the slot is shared, so it names the latest entry: the one the frame
    holds."""
    try:
        slot = struct.unpack("<Q", bytes(gdb.selected_inferior().read_memory(
            (addr & ~15) - 8, 8)))[0]
    except (gdb.error, gdb.MemoryError):
        return None, None
    for door, sym, target in (("syscall", "entry_SYSCALL_64", "do_syscall_64"),
                              ("int80", "entry_INT80_compat",
                               "do_int80_syscall_32"),
                              ("trap", "isr_common", "do_trap")):
        if slot == _ret_after_call(sym, target):
            return door, "the return address below the frame is %s's call " \
                "of %s" % (sym, target)
    return None, None


# restore_regs_noswapgs is restore_regs_and_iret's second half (the
# paranoid entries jump straight to it): its pops and iretq are the same
# way out.
EXIT_CODE = ("restore_regs_and_iret", "restore_regs_noswapgs")
ENTRY_CODE = ("entry_SYSCALL_64", "entry_INT80_compat", "isr_common") + \
    EXIT_CODE


def _asm_position():
    """When the CPU is in the entry or exit assembly, the frame it is
    building or restoring, found from rsp and the instructions already
    run (each push or pop moves rsp by 8):
    dict(addr, where, phase, boundary, door, vector, code) or None.

    phase 'saving': the fields below +boundary are not saved yet;
    'restoring': the fields below +boundary are already popped;
    'complete': the frame is whole."""
    if (_reg_or("cs", 3) & 3) != 0 or _mode() != "long":
        return None
    pc, rsp = _reg("rip"), _reg("rsp")
    sym, off = _symbol_of(pc)
    m = re.match(r"isr_(\d+)$", sym or "")
    if not m and sym not in ENTRY_CODE:
        return None
    fields, size = _pt_regs_layout()
    offs = dict(fields)
    vector = int(m.group(1)) if m else None
    vreg = None
    # rsp - frame on the code's first instruction (None: the user's rsp).
    if m:
        depth = offs["orig_ax"] if _errcode_vector(vector) else offs["ip"]
        door = "trap"
    elif sym == "isr_common":
        depth, door, vreg = offs["di"], "trap", "rdi"
    elif sym == "entry_INT80_compat":
        depth, door = offs["ip"], "int80"
    elif sym == "entry_SYSCALL_64":
        depth, door = None, "syscall"
    else:
        depth, door = 0, None
    called = aligned = False
    insns = [i for i in _arch().disassemble(pc - off, end_pc=pc)
             if i["addr"] < pc]
    for insn in insns:
        asm = insn["asm"]
        op = asm.split()[0] if asm.split() else ""
        am = re.match(r"(add|sub)q?\s+\$0x([0-9a-f]+),%rsp$", asm)
        if op.startswith("push") and depth is not None:
            depth -= 8
        elif op.startswith("pop") and depth is not None:
            depth += 8
        elif am and depth is not None:
            depth += int(am.group(2), 16) * (1 if am.group(1) == "add" else -1)
        elif re.match(r"mov\w*\s+%gs:\S+,%rsp$", asm):
            depth = size			# the top of the kernel stack
        elif re.match(r"mov\w*\s+%rbx,%rsp$", asm):
            depth, aligned = 0, False	# rbx kept the frame
        elif re.match(r"and\w*\s+\$\S+,%rsp$", asm):
            aligned = True
        elif re.match(r"mov\w*\s+\S*\(%rsp\),%rsp$", asm):
            depth = None		# the user's rsp again, for sysretq
        elif re.match(r"mov\w*\s+%edi,%esi$", asm) and vreg:
            vreg = "rsi"
        elif op.startswith("call"):
            called, vreg = True, None
    if vreg:
        vector = _reg(vreg) & 0xFFFFFFFF
    if aligned:
        addr = _reg("rbx")
        how = "rbx, where %s keeps it around the call" % sym
    elif depth is None:
        top = _kernel_rsp()
        addr = top - size
        how = "percpu.kernel_rsp 0x%x - sizeof(struct pt_regs) %d: rsp is " \
            "%s" % (top, size, "the user's again" if called
                    else "still the user's")
    else:
        addr = rsp - depth
        how = "rsp - %d" % depth if depth else "rsp"
    if sym in EXIT_CODE or (sym == "entry_SYSCALL_64" and called):
        phase = "restoring"
        boundary = size if depth is None else min(max(depth, 0), size)
        where = "the frame %s is restoring, at %s" % (sym, how)
    elif called:
        phase, boundary = "complete", 0
        where = "the frame %s built, at %s; the C handler has returned" % (
            sym, how)
    else:
        boundary = size if depth is None else min(max(depth, 0), size)
        phase = "saving" if boundary else "complete"
        where = "the frame %s is building, at %s" % (sym, how)
    return dict(addr=addr, where=where, phase=phase, boundary=boundary,
                door=door, vector=vector, code=sym, dispatcher=None,
                frame=None, default=False)


def _locate(arg):
    """Which frame: dict(addr, where, phase, boundary, door, vector,
    dispatcher, frame, default)."""
    fields, size = _pt_regs_layout()
    base = dict(phase="complete", boundary=0, door=None, vector=None,
                code=None, dispatcher=None, frame=None, default=False)
    if arg and arg.strip():
        addr = _u64(gdb.parse_and_eval(arg))
        return dict(base, addr=addr, where="at %s" % arg.strip())
    if _mode() == "long":
        # The assembly first: there gdb's unwinder may take the
        # interrupted code for a caller, and find the outer frame's regs.
        pos = _asm_position()
        if pos:
            return pos
        found = _regs_from_frames()
        if found:
            addr, where, disp, frame = found
            return dict(base, addr=addr, where=where, dispatcher=disp,
                        frame=frame)
    task, top = _current_task()
    try:
        pid = int(task["pid"])
    except gdb.error:
        pid = "?"
    return dict(base, addr=_kernel_rsp() - size, default=True,
                where="the top of pid %s's kernel stack: percpu.kernel_rsp "
                      "0x%x - sizeof(struct pt_regs) %d"
                      % (pid, _kernel_rsp(), size))


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


def _phase_text(loc, size):
    """The note on a frame that is half built or half restored, or None."""
    if loc["default"] and (_reg_or("cs", 0) & 3):
        return ("the CPU is in ring 3: this is what the last entry from "
                "ring 3 saved; the next entry rewrites it")
    b, code = loc["boundary"], loc["code"]
    if loc["phase"] == "saving" and b >= size:
        return ("the entry code (%s) has saved nothing yet%s: every field "
                "below is stale, from the previous entry" % (
                    code, ", rsp is still the user's"
                    if code == "entry_SYSCALL_64" else ""))
    if loc["phase"] == "saving":
        return ("the entry code (%s) is building this frame: the fields "
                "below +%d are not saved yet (stale)" % (code, b))
    if loc["phase"] == "restoring":
        return ("the exit code (%s) is restoring this frame: the fields "
                "below +%d are already back in the registers" % (code, b))
    return None


def _door(loc, regs):
    """(door, why, vector): door 'syscall', 'int80', 'trap' or None."""
    disp = loc.get("dispatcher")
    if disp == "do_syscall_64":
        return "syscall", "do_syscall_64's argument", None
    if disp == "do_int80_syscall_32":
        return "int80", "do_int80_syscall_32's argument", None
    if disp == "do_trap":
        try:
            vec = int(loc["frame"].read_var("vector"))
        except (gdb.error, ValueError, AttributeError):
            vec = None
        return "trap", "do_trap's argument", vec
    if loc.get("door"):
        return loc["door"], "stopped in %s" % loc["code"], loc["vector"]
    d, why = _door_by_slot(loc["addr"])
    if d:
        return d, why, None
    if (regs["cs"] & 3) == 0 and loc.get("code"):
        # Only an interrupt or exception comes back to ring 0.
        return "trap", "a frame that returns to ring 0", None
    return None, None, None


def _nested_text(loc, regs):
    """For a frame of an interrupt of ring 0 code: what it interrupted,
    and the frame of the entry from ring 3 it came in on top of."""
    if regs["cs"] & 3:
        return None
    s = _symbolize(regs["ip"])
    out = ["nested: it interrupted the kernel (ring 0) at %s" % (
        "<%s>" % s if s else "0x%x" % regs["ip"])]
    try:
        outer = _kernel_rsp() - _pt_regs_layout()[1]
    except _NoFrame:
        return out[0]
    if outer != loc["addr"]:
        try:
            o, _, _ = _read_regs(outer)
        except _NoFrame:
            o = None
        door, _ = _door_by_slot(outer)
        what = {"syscall": "`syscall`", "int80": "`int $0x80`",
                "trap": "an interrupt or exception"}.get(door, "an entry")
        if o and door in ("syscall", "int80"):
            nr = o["orig_ax"] & 0xFFFFFFFF
            name = _syscall_name("64" if door == "syscall" else "32", nr)
            what += " %d%s" % (nr, " (%s)" % name if name else "")
        out.append("inside %s from ring 3, whose frame is at 0x%x "
                   "(`pt-regs 0x%x` shows it)" % (what, outer, outer))
    return ", ".join(out)


def _note(regs, name, door, vector=None):
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
        if door == "trap" and vector is not None:
            return ("error code" if _errcode_vector(vector) else
                    "no error code for vector %d: the stub's 0" % vector)
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
Also shows CS and which of trapdoor's GDT entries it is (KERNEL_CS,
USER_CS, USER32_CS...: Linux's layout, as arch/x86_64/segment.h defines
it), SS, the CPU mode (real, 32-bit protected, long) and whether GS is
the kernel's per-CPU area (swapgs done) or the user's.  Before CR0.PE is set there are no
rings: CS is a real-mode segment, and ring says so."""

    def __init__(self):
        super().__init__("ring", gdb.COMMAND_STATUS)

    def invoke(self, arg, from_tty):
        _guarded("ring", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        _need_target("ring")
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
                  "(boot/entry32.S) loads early_gdt's 64-bit 0x10" % cs)
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

Which frame, without ADDR:
  - in the entry and exit code (entry_SYSCALL_64, entry_INT80_compat,
    the isr_N stubs and isr_common, restore_regs_and_iret): the frame
    that code is building or restoring, found from rsp and the pushes
    and pops already run; it says which fields are not saved yet or
    already restored.  For an interrupt nested in a syscall that is the
    interrupt's frame, lower on the same stack, not the syscall's;
  - when stopped in do_syscall_64, do_int80_syscall_32 or do_trap (or in
    a function they called), their regs argument;
  - otherwise the frame at the top of the current task's kernel stack,
    percpu.kernel_rsp - sizeof(struct pt_regs), where every entry from
    ring 3 saves the user's registers.
With ADDR (an expression: 0xffffc90000004f58, regs, $rsp), the struct
pt_regs at ADDR.

The door (syscall, int $0x80, or an interrupt or exception and its
vector) comes from where it stopped, or else from the return address
the door's call into C leaves just below the frame.  A frame whose cs is
ring 0 is an interrupt of the kernel: pt-regs says what it interrupted
and where the frame of the entry from ring 3 is."""

    def __init__(self):
        super().__init__("pt-regs", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        _guarded("pt-regs", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        _need_target("pt-regs")
        try:
            loc = _locate(arg)
            regs, fields, size = _read_regs(loc["addr"])
        except _NoFrame as e:
            print("pt-regs: %s" % e)
            return
        door, why, vector = _door(loc, regs)
        print("struct pt_regs at 0x%x: %s" % (loc["addr"], loc["where"]))
        text = _phase_text(loc, size)
        if text:
            print("  note: " + text)
        kind, boundary = loc["phase"], loc["boundary"]
        for name, off in fields:
            mark = ""
            if kind == "saving" and off < boundary:
                mark = "  (not saved yet)"
            elif kind == "restoring" and off < boundary:
                mark = "  (skipped)" if name == "orig_ax" else "  (restored)"
            # A stale field's meaning is the previous entry's: no notes.
            stale = kind == "saving" and off < boundary
            note = "" if stale else _note(regs, name, door, vector)
            print("  +%-4d %-8s 0x%016x%s%s" % (
                off, name, regs[name], "  " + note if note else "", mark))
        print("  " + _entered_text(door, why, vector, regs))
        nested = _nested_text(loc, regs)
        if nested:
            print("  " + nested)


def _entered_text(door, why, vector, regs):
    ring = regs["cs"] & 3
    if door in ("syscall", "int80"):
        return "entered from ring %d through %s (%s)" % (
            ring, "`syscall`" if door == "syscall" else "`int $0x80`", why)
    if door == "trap":
        return "entered from ring %d through %s (%s)" % (
            ring, _vector_text(vector), why)
    return ("door unknown: no dispatcher call left below this frame (a new "
            "task's first way out, enter_user, or not a frame)")


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
    regs->cs == USER_CS         sysretq loads fixed selectors from STAR
    regs->ss == USER_DS
    regs->ip < USER_TOP         a non-canonical RCX faults in ring 0
    no RF or TF in flags        which only iretq restores exactly
each with OK or FAILS and why it matters, then the verdict, by the door
the frame came through: for `syscall`, SYSRET (entry_SYSCALL_64 leaves
by sysretq) or IRETQ (restore_regs_and_iret); for `int $0x80` and for
interrupts and exceptions always IRETQ, and to which ring.
do_syscall_64 decides after the handler and any signal delivery, which
may rewrite the frame: the verdict is for the frame as it is now.  Only
`syscall` can leave by sysretq; `int $0x80` and interrupts always iretq."""

    def __init__(self):
        super().__init__("sysret-check", gdb.COMMAND_DATA,
                         gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        _guarded("sysret-check", self._run, arg, from_tty)

    def _run(self, arg, from_tty):
        _need_target("sysret-check")
        try:
            loc = _locate(arg)
            r, fields, size = _read_regs(loc["addr"])
        except _NoFrame as e:
            print("sysret-check: %s" % e)
            return
        door, why, vector = _door(loc, r)
        print("sysret-check: struct pt_regs at 0x%x: %s" % (
            loc["addr"], loc["where"]))
        text = _phase_text(loc, size)
        if text and loc["phase"] == "saving":
            print("  warning: " + text)
        elif text:
            print("  note: " + text)
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
        for line in _verdict(door, why, vector, r, safe):
            print(line)
        nested = _nested_text(loc, r)
        if nested:
            print("   " + nested)


def _verdict(door, why, vector, r, safe):
    """The verdict lines: each door has its own way out."""
    would = "true" if safe else "false"
    to = "ring %d (CS %#x)" % (r["cs"] & 3, r["cs"])
    if door == "syscall" and safe:
        return ["=> SYSRET: sysret_safe() is true; entry_SYSCALL_64 leaves "
                "by sysretq"]
    if door == "syscall":
        return ["=> IRETQ: sysret_safe() is false; entry_SYSCALL_64 leaves "
                "through restore_regs_and_iret, to %s" % to]
    if door == "int80":
        return ["=> IRETQ: a frame of `int $0x80` (%s): entry_INT80_compat "
                "always leaves through restore_regs_and_iret, to %s" % (
                    why, to),
                "   (sysret_safe() is never asked for it; here it would be "
                "%s)" % would]
    if door == "trap":
        return ["=> IRETQ: a frame of %s (%s): isr_common always leaves "
                "through restore_regs_and_iret, to %s" % (
                    _vector_text(vector), why, to)]
    return ["=> IRETQ unless it is a `syscall` frame: the door is unknown "
            "(no dispatcher call left below the frame); only `syscall` can "
            "leave by sysretq, and sysret_safe() would be %s" % would]


Ring()
PtRegs()
BreakSyscall()
SysretCheck()
end

echo trapdoor: ring, pt-regs, break-syscall, sysret-check, $find_insn (help NAME; docs/gdb.md)\n
