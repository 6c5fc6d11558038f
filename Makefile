# trapdoor: every entry point of the project.
#
#   make            build the kernel (build/kernel.elf)
#   make iso        the GRUB rescue ISO (build/trapdoor.iso)
#   make run        boot the ISO in QEMU, interactive; INIT=prog ARGS="..."
#   make test       every test; the last line is "N passed, N failed"
#   make debug      QEMU paused with its gdb stub, and gdb attached
#   make bench      boot-time figures (median of 5)
#   make deps       install the Debian packages the project needs
#   make clean      remove build/
#
# run, iso, test, debug and the kernel build check for their tools first
# and install what is missing (tools/deps.sh), so a fresh Debian or Ubuntu
# machine needs nothing but `make run` or `make test`.

BUILD	:= build
KERNEL	:= $(BUILD)/kernel.elf
ISO	:= $(BUILD)/trapdoor.iso

KCC	:= gcc
LD	:= ld
KCFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra \
	   -ffreestanding -fno-pic -fno-pie -fno-stack-protector \
	   -mcmodel=kernel -mno-red-zone -mgeneral-regs-only \
	   -fno-asynchronous-unwind-tables -fno-omit-frame-pointer \
	   -fcf-protection=none -MMD -MP -Iarch/x86_64 -Ikernel
KASFLAGS := -Iarch/x86_64 -Ikernel -MMD -MP -g
KLDFLAGS := -nostdlib -static -z max-page-size=0x1000 -z noexecstack \
	    --build-id=none -T linker.ld

KSRC	:= $(wildcard boot/*.S arch/x86_64/*.S arch/x86_64/*.c kernel/*.c)
KOBJ	:= $(patsubst %,$(BUILD)/%.o,$(KSRC))

# The parts of the kernel that are plain C logic, also built for the host.
UNIT_SRC := kernel/multiboot.c kernel/pmm.c kernel/vsprintf.c \
	    kernel/cmdline.c kernel/textcon.c
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(wildcard tests/unit/test_*.c))

INIT	?=
ARGS	?=

.PHONY: all iso run test unit debug bench deps ensure-deps clean
all: $(KERNEL)

ensure-deps:
	@tools/deps.sh ensure

$(BUILD)/%.c.o: %.c | ensure-deps
	@mkdir -p $(dir $@)
	$(KCC) $(KCFLAGS) -c $< -o $@

$(BUILD)/%.S.o: %.S | ensure-deps
	@mkdir -p $(dir $@)
	$(KCC) $(KASFLAGS) -c $< -o $@

$(KERNEL): $(KOBJ) linker.ld
	$(LD) $(KLDFLAGS) -o $@ $(KOBJ)

iso: $(ISO)
$(ISO): $(KERNEL) iso/grub.cfg tools/mkiso | ensure-deps
	tools/mkiso $@ $(KERNEL) ""

# Without INIT, the ISO of `make iso` as it is (kernel log on the console);
# with INIT, an ISO made for the run with INIT and ARGS as its module.
run: $(KERNEL) $(ISO) | ensure-deps
	tools/trapdoor-run --timeout 0 $(if $(INIT),--iso --log - $(INIT) $(ARGS),--iso-image $(ISO))

# Host unit tests: the kernel's pure C files compiled for the host.
$(BUILD)/unit/%: tests/unit/%.c tests/unit/check.h $(UNIT_SRC) | ensure-deps
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O1 -g -Wall -Wextra -fsanitize=address,undefined \
	    -Ikernel -Itests/unit -o $@ $< $(UNIT_SRC)

unit: $(UNIT_TESTS)

test: $(KERNEL) $(ISO) $(UNIT_TESTS) | ensure-deps
	@tests/run.sh

debug: $(KERNEL) | ensure-deps
	tools/debug.sh $(INIT) $(ARGS)

bench: $(KERNEL) $(ISO) | ensure-deps
	tools/bench-boot

deps:
	tools/deps.sh install

clean:
	rm -rf $(BUILD)

-include $(KOBJ:.o=.d)
