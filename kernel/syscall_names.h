/*
 * Each system call's name and argument list, for tracing and reports;
 * generated (build/gen/syscall_names.c) from the tables.
 */
#ifndef SYSCALL_NAMES_H
#define SYSCALL_NAMES_H

#include "syscall_nr.h"

struct syscall_desc {
	const char *name;	/* 0: no such number */
	const char *args;	/* "unsigned int fd, char __user *buf, ..." */
	int nargs;		/* -1: i386 call with no x86-64 twin */
};

extern const struct syscall_desc syscall_desc_64[NR_syscalls];
extern const struct syscall_desc syscall_desc_32[IA32_NR_syscalls];

#endif
