/*
 * How the kernel tells the runner how it ended.
 *
 * Two channels, because QEMU's isa-debug-exit device can only carry seven
 * bits (QEMU exits with (value << 1) | 1, and a process status keeps 8 bits):
 *   - the control channel, the debugcon port 0xe9, gets one record line:
 *     "exit N" (the program's status, 0..255), "error MESSAGE" (bad input:
 *     a bad option, a bad program) or "panic MESSAGE";
 *   - then the debug-exit port 0xf4 gets one of the values below, so that the
 *     runner knows the kind of ending even without the record.
 * QEMU's own exit statuses are 0 (a triple fault under -no-reboot) and 1 (it
 * failed), so no value here may be 0.  Both ports are no-ops on real
 * hardware, where the kernel then halts.
 */
#ifndef EXIT_H
#define EXIT_H

#define TD_EXIT_NORMAL		0x10	/* QEMU exits 33 */
#define TD_EXIT_ERROR		0x11	/* QEMU exits 35 */
#define TD_EXIT_NO_LONG_MODE	0x7c	/* QEMU exits 249 (boot/entry32.S) */
#define TD_EXIT_PANIC		0x7e	/* QEMU exits 253 */

#ifndef __ASSEMBLER__
__attribute__((noreturn)) void kernel_exit(int status);
__attribute__((noreturn, format(printf, 1, 2)))
void kernel_error_exit(const char *fmt, ...);
void control_record(const char *kind, const char *text);
__attribute__((noreturn)) void leave_qemu(int code);
#endif

#endif
