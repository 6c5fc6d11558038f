#!/usr/bin/env bash
# The trace of a fixed program (user/strace_demo.c) is exactly this text
# (addresses masked): strings escaped and cut at 32 bytes with "...",
# an unknown number, errors with their errno name and text, NULL, flags
# and constants by name, structures the calls filled in (signal sets,
# sigaction, stack_t, uname, timespec, timezone, the cwd, termios,
# winsize, F_GETFL's flags, ARCH_GET_FS's [address]) and an address
# where the call failed, int $0x80 calls marked [i386], exit_group "= ?",
# and the end.  The trace goes to the file, not into stdout or the log.
. "$(dirname "$0")/lib.sh"
td --strace-file "$T/trace" "$root/build/user/strace_demo"
expect_status 7
sed -E 's/0x[0-9a-f]{5,}/ADDR/g' "$T/trace" >"$T/got"
cat >"$T/want" <<'TRACE'
write(1, "short\n", 6)                  = 6
write(1, "0123456789abcdefghijklmnopqrstuv"..., 37) = 37
syscall_0x1a7(0x1, 0x2, 0x0, 0x0, 0x0, 0x0) = -1 ENOSYS (Function not implemented)
uname(NULL)                             = -1 EFAULT (Bad address)
mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = ADDR
mprotect(ADDR, 4096, PROT_NONE) = 0
clock_gettime(CLOCK_MONOTONIC, NULL)    = -1 EFAULT (Bad address)
arch_prctl(ARCH_GET_FS, NULL)           = -1 EFAULT (Bad address)
uname({sysname="trapdoor", nodename="trapdoor", ...}) = 0
rt_sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[USR2], sa_flags=SA_RESTART}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8) = 0
rt_sigprocmask(SIG_BLOCK, [USR1 TERM], [], 8) = 0
rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
rt_sigpending([], 8)                    = 0
sigaltstack(NULL, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0
sigaltstack(NULL, 0x8)                  = -1 EFAULT (Bad address)
clock_getres(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=1}) = 0
gettimeofday(NULL, {tz_minuteswest=0, tz_dsttime=0}) = 0
getcwd("/", 64)                         = 2
ioctl(0, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}) = 0
ioctl(1, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}) = 0
fcntl(1, F_GETFL)                       = 0x8002 (flags O_RDWR|O_LARGEFILE)
arch_prctl(ARCH_GET_FS, [NULL])         = 0
[i386] getpid()                         = 1
[i386] write(1, "int80\n", 6)           = 6
exit_group(7)                           = ?
+++ exited with 7 +++
TRACE
diff -u --label want --label got "$T/want" "$T/got" >"$T/diff" || fail "trace differs: $(cat "$T/diff")"
grep -q 'write(' "$out" && fail "the trace leaked into stdout"
grep -q 'write(' "$log" && fail "the trace leaked into the kernel log"
expect_in "$out" '^int80$'

# A fault: the signal's line and how the process ended.
td --strace-file "$T/trace" "$root/build/user/tests/fault_null"
expect_status 139
tail -n 2 "$T/trace" >"$T/got"
printf '%s\n' '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---' \
	'+++ killed by SIGSEGV +++' >"$T/want"
diff -u --label want --label got "$T/want" "$T/got" >"$T/diff" || fail "fault trace differs: $(cat "$T/diff")"
exit 0
