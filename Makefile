# trapdoor: every entry point of the project.
#
#   make            build the kernel (build/kernel.elf)
#   make iso        the GRUB rescue ISO (build/trapdoor.iso)
#   make run        boot the ISO in QEMU, interactive; INIT=prog ARGS="..."
#                   STRACE=1
#   make test       every test; the last line is "N passed, N failed"
#   make debug      QEMU paused with its gdb stub, and gdb attached
#   make bench      boot-time and system-call figures (tools/bench-boot,
#                   tools/bench-syscalls); BENCH_ARGS=--with-test also
#                   times make test
#   make deps-bench install what the Linux column of make bench needs
#   make fuzz       the syscall fuzzer: N=calls SEED=seed
#   make diagrams   render docs/diagrams/*.dot into docs/img/*.svg
#   make grade      grade a lab: LAB=N (docs/labs/)
#   make docs       the system call table, docs/syscalls.md
#   make deps       install the Debian packages the project needs
#   make clean      remove build/
#
# run, iso, test, debug and the kernel build check for their tools first
# and install what is missing (tools/deps.sh), so a fresh Debian or Ubuntu
# machine needs nothing but `make run` or `make test`.

BUILD	:= build
GEN	:= $(BUILD)/gen
KERNEL	:= $(BUILD)/kernel.elf
ISO	:= $(BUILD)/trapdoor.iso
VERSION	:= $(shell cat VERSION)

# kernel/ is the core; each subsystem has its directory (DESIGN.md, "Layout
# inside kernel/").  One -I per directory: a file includes "vma.h", not
# "mm/vma.h".
KDIRS	:= kernel kernel/mm kernel/fs kernel/tty kernel/seccomp kernel/trace kernel/lib
KINC	:= $(addprefix -I,$(KDIRS))

KCC	:= gcc
LD	:= ld
KCFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra \
	   -ffreestanding -fno-pic -fno-pie -fno-stack-protector \
	   -mcmodel=kernel -mno-red-zone -mgeneral-regs-only \
	   -fno-asynchronous-unwind-tables -fno-omit-frame-pointer \
	   -fcf-protection=none -MMD -MP -Iarch/x86_64 $(KINC) -I$(GEN) \
	   -DTRAPDOOR_VERSION='"$(VERSION)"'
KASFLAGS := -Iarch/x86_64 $(KINC) -I$(GEN) -MMD -MP -g
KLDFLAGS := -nostdlib -static -z max-page-size=0x1000 -z noexecstack \
	    --build-id=none -T linker.ld

KSRC	:= $(wildcard boot/*.S arch/x86_64/*.S arch/x86_64/*.c $(addsuffix /*.c,$(KDIRS)))
KOBJ	:= $(patsubst %,$(BUILD)/%.o,$(KSRC))

# The system call tables are the one source of every syscall list: see
# tools/gensyscalls.  The dispatch tables also need to know which sys_*
# handlers exist, which nm reads from the other kernel objects.
TBL	:= arch/x86_64/syscalls/syscall_64.tbl arch/x86_64/syscalls/syscall_32.tbl
GENSYS	:= tools/gensyscalls tools/gensyscalls.awk
GEN_KHDR := $(GEN)/syscall_nr.h $(GEN)/syscalls.h
GEN_KOBJ := $(GEN)/syscall_64.c.o $(GEN)/syscall_32.c.o $(GEN)/syscall_names.c.o
GEN_UHDR := $(GEN)/user/unistd_64.h $(GEN)/user/unistd_32.h \
	    $(GEN)/user/syscall_stubs.h
# Made by pattern rules, they would count as intermediate and be deleted.
.SECONDARY: $(GEN_KHDR) $(GEN_UHDR)

# User programs: a libc-free runtime (user/lib) and the generated stubs.
# -mno-red-zone: __i80_6 (syscall_raw.h) pushes rbp around int $0x80.
UCFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -ffreestanding -fno-pic -fno-pie -mno-red-zone \
	   -fno-stack-protector -fno-asynchronous-unwind-tables \
	   -fcf-protection=none -Iuser/include -I$(GEN)/user -Ikernel/lib
ULDFLAGS := -static -nostdlib -no-pie -Wl,--build-id=none -Wl,-z,noexecstack
ULIB	:= user/lib/crt0.S user/lib/ulib.c user/lib/usignal.c kernel/lib/vsprintf.c
UPROGS	:= $(BUILD)/user/demo $(BUILD)/user/cat $(BUILD)/user/strace_demo \
	   $(if $(wildcard user/fuzz.c),$(BUILD)/user/fuzz) \
	   $(patsubst user/tests/%.c,$(BUILD)/user/tests/%,$(wildcard user/tests/*.c))

# The parts of the kernel that are plain C logic, also built for the host.
UNIT_SRC := kernel/multiboot.c kernel/fs/initramfs.c kernel/mm/page_alloc.c kernel/lib/vsprintf.c kernel/elf.c \
	    kernel/mm/vma.c kernel/seccomp/bpf.c \
	    kernel/cmdline.c kernel/textcon.c \
	    $(addprefix kernel/fs/,inode.c file_table.c namei.c namei_ops.c \
	      rename.c open.c vfs_rw.c readdir.c tmpfs.c tmpfs_dir.c tmpfs_pages.c)
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(wildcard tests/unit/test_*.c))

# The differential suite: each tests/diff program built with both C
# libraries, run on the host and on trapdoor (tests/diff/diff.sh).
DIFF_SRC := $(wildcard tests/diff/*.c)
DIFF_BIN := $(patsubst tests/diff/%.c,$(BUILD)/diff/musl/%,$(DIFF_SRC)) \
	    $(patsubst tests/diff/%.c,$(BUILD)/diff/glibc/%,$(DIFF_SRC))

# The default initramfs (README.md, "The initramfs"): what the manifest
# lists, busybox's applets, the user programs it names.
INITRAMFS := $(BUILD)/initramfs.cpio
INITRAMFS_SRC := initramfs/manifest $(wildcard initramfs/etc/*) tools/mkinitramfs \
		 /bin/busybox $(BUILD)/user/demo $(BUILD)/user/cat $(BUILD)/user/strace_demo

INIT	?=
ARGS	?=
BENCH_ARGS ?=

# Both cores by default: the suite builds ~100 small programs.
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)

.PHONY: all iso run test unit user diff docs fuzz diagrams grade debug bench deps deps-bench ensure-deps clean
all: $(KERNEL) $(UPROGS) $(INITRAMFS)

ensure-deps:
	@tools/deps.sh ensure

$(BUILD)/%.c.o: %.c | ensure-deps $(GEN_KHDR)
	@mkdir -p $(dir $@)
	$(KCC) $(KCFLAGS) -c $< -o $@

$(BUILD)/%.S.o: %.S | ensure-deps $(GEN_KHDR)
	@mkdir -p $(dir $@)
	$(KCC) $(KASFLAGS) -c $< -o $@

$(GEN)/%.c.o: $(GEN)/%.c | ensure-deps
	$(KCC) $(KCFLAGS) -c $< -o $@

# Generated files: written whole or not at all.
$(GEN)/%.h: $(TBL) $(GENSYS)
	@mkdir -p $(dir $@)
	tools/gensyscalls $(notdir $@) $(TBL) > $@.tmp && mv $@.tmp $@

$(GEN)/syscall_names.c: $(TBL) $(GENSYS)
	@mkdir -p $(dir $@)
	tools/gensyscalls $(notdir $@) $(TBL) > $@.tmp && mv $@.tmp $@

$(GEN)/implemented.txt: $(KOBJ)
	nm --defined-only $(KOBJ) | awk '$$2 == "T" && $$3 ~ /^sys_/ { print $$3 }' | \
	    LC_ALL=C sort -u > $@.tmp
	cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(GEN)/syscall_64.c $(GEN)/syscall_32.c: $(GEN)/implemented.txt $(TBL) $(GENSYS)
	tools/gensyscalls $(notdir $@) $(TBL) $(GEN)/implemented.txt > $@.tmp && mv $@.tmp $@

# The compatibility table, checked in (tests/tools/gensyscalls.sh checks
# that it is up to date).
docs: docs/syscalls.md
docs/syscalls.md: $(GEN)/implemented.txt $(TBL) $(GENSYS) arch/x86_64/syscalls/partial.txt
	tools/gensyscalls syscalls.md $(TBL) $(GEN)/implemented.txt \
	    arch/x86_64/syscalls/partial.txt > $@.tmp && mv $@.tmp $@

# The walkthrough's diagrams: docs/diagrams/*.dot rendered to
# docs/img/*.svg (checked in; tests/tools/diagrams.sh checks they are up
# to date).
DIAGRAMS := $(patsubst docs/diagrams/%.dot,docs/img/%.svg,$(wildcard docs/diagrams/*.dot))
diagrams: $(DIAGRAMS)
docs/img/%.svg: docs/diagrams/%.dot tools/render-diagrams | ensure-deps
	tools/render-diagrams $<

$(KERNEL): $(KOBJ) $(GEN_KOBJ) linker.ld
	$(LD) $(KLDFLAGS) -o $@ $(KOBJ) $(GEN_KOBJ)

$(BUILD)/user/%: user/%.c $(ULIB) user/include/*.h $(GEN_UHDR) | ensure-deps
	@mkdir -p $(dir $@)
	$(KCC) $(UCFLAGS) $(ULDFLAGS) -o $@ $(ULIB) $<

user: $(UPROGS)

$(BUILD)/diff/musl/%: tests/diff/%.c | ensure-deps
	@mkdir -p $(dir $@)
	musl-gcc -static -O2 -Wall -Wextra -o $@ $< -lm

$(BUILD)/diff/glibc/%: tests/diff/%.c | ensure-deps
	@mkdir -p $(dir $@)
	gcc -static -O2 -Wall -Wextra -o $@ $< -lm

diff: $(DIFF_BIN)

# The syscall fuzzer (user/fuzz.c): N calls from SEED; the kernel's
# self-check after the run must find every frame back.
N	?= 100000
SEED	?= 1
fuzz: $(KERNEL) $(INITRAMFS) $(BUILD)/user/fuzz | ensure-deps
	tools/trapdoor-run --timeout 0 --log $(BUILD)/fuzz.log $(BUILD)/user/fuzz $(N) $(SEED) </dev/null
	@grep -E 'self-check|kernel healthy|leaked|PANIC' $(BUILD)/fuzz.log

$(INITRAMFS): $(INITRAMFS_SRC) | ensure-deps
	tools/mkinitramfs initramfs/manifest $@

# A prerequisite from a package: on a fresh machine, install it rather
# than stop at "no rule to make /bin/busybox".
/bin/busybox:
	@tools/deps.sh ensure

iso: $(ISO)
$(ISO): $(KERNEL) $(BUILD)/user/demo $(INITRAMFS) iso/grub.cfg tools/mkiso | ensure-deps
	tools/mkiso $@ $(KERNEL) "" $(INITRAMFS) initramfs $(BUILD)/user/demo demo

# Without INIT or STRACE, the ISO of `make iso` as it is (kernel log on
# the console); otherwise an ISO made for the run, with INIT (default: the
# demo) and ARGS as its module, and with STRACE=1 every system call traced
# on stderr.
run: $(KERNEL) $(ISO) $(UPROGS) $(INITRAMFS) | ensure-deps
	tools/trapdoor-run --timeout 0 $(if $(INIT)$(STRACE),--iso --log - \
	    $(if $(STRACE),--strace) $(or $(INIT),$(BUILD)/user/demo) $(ARGS),--iso-image $(ISO))

# Host unit tests: the kernel's pure C files compiled for the host, once
# (as objects every test links; compiling them into each test cost ~35 s
# of CPU in make test), with the sanitizers.
UNIT_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -fsanitize=address,undefined \
	       $(KINC) -Itests/unit
UNIT_OBJ := $(patsubst %.c,$(BUILD)/unit/obj/%.o,$(UNIT_SRC))
# Made by a pattern rule, they would count as intermediate: deleted after
# the run (and make's "rm" line would follow make test's last line).
.SECONDARY: $(UNIT_OBJ)
$(BUILD)/unit/obj/%.o: %.c | ensure-deps
	@mkdir -p $(dir $@)
	$(CC) $(UNIT_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/unit/%: tests/unit/%.c tests/unit/check.h $(UNIT_OBJ) $(wildcard kernel/fs/*.h) | ensure-deps
	@mkdir -p $(dir $@)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(UNIT_OBJ)

# test_strace compiles the tracer's files in (with tests/unit/uaccess.h
# for user memory): rebuild it when they change.
$(BUILD)/unit/test_strace: $(wildcard kernel/trace/strace*.c kernel/trace/strace*.h) tests/unit/uaccess.h
# test_slab compiles kernel/mm/slab.c in, with its own frames and panic.
$(BUILD)/unit/test_slab: kernel/mm/slab.c kernel/mm/slab.h
# The VFS tests share their memory and clock stand-ins.
$(filter $(BUILD)/unit/test_vfs%,$(UNIT_TESTS)): tests/unit/vfs_env.h

unit: $(UNIT_TESTS)

test: $(KERNEL) $(ISO) $(INITRAMFS) $(UNIT_TESTS) $(UPROGS) $(DIFF_BIN) $(BUILD)/bench/bench | ensure-deps
	@tests/run.sh

# INIT under build/ is made first, so that a fresh clone can run
# `make debug INIT=build/user/demo` at once (docs/gdb.md).
debug: $(KERNEL) $(INITRAMFS) $(filter $(BUILD)/%,$(INIT)) | ensure-deps
	tools/debug.sh $(INIT) $(ARGS)

# The system-call bench: one static musl program, the very same file run
# on trapdoor and on Linux (tools/bench-syscalls).
$(BUILD)/bench/bench: user/bench.c | ensure-deps
	@mkdir -p $(dir $@)
	musl-gcc -static -O2 -Wall -Wextra -o $@ $<

bench: $(KERNEL) $(ISO) $(INITRAMFS) $(BUILD)/user/demo $(BUILD)/bench/bench | ensure-deps
	tools/bench-boot
	tools/bench-syscalls $(BENCH_ARGS)

deps-bench:
	tools/deps-bench.sh

# The labs (docs/labs/): lab N's grader; it runs make itself first.
LAB	?=
grade:
	@[ -n "$(LAB)" ] || { echo "usage: make grade LAB=N (docs/labs/README.md)" >&2; exit 2; }
	@tools/grade $(LAB)

deps:
	tools/deps.sh install

clean:
	rm -rf $(BUILD)

-include $(KOBJ:.o=.d) $(UNIT_OBJ:.o=.d)
