/* probe tsd: exit 0 when this host honours CR4.TSD for a task
 * (prctl(PR_SET_TSC, PR_TSC_SIGSEGV) makes rdtsc raise SIGSEGV), as Linux
 * on bare metal or a full virtual machine does; some hypervisors let rdtsc
 * through regardless. */
#include <signal.h>
#include <unistd.h>
#include <sys/prctl.h>

static void on_segv(int sig)
{
	(void)sig;
	_exit(0);
}

int main(void)
{
	unsigned int lo, hi;

	signal(SIGSEGV, on_segv);
	if (prctl(PR_SET_TSC, PR_TSC_SIGSEGV, 0, 0, 0) != 0)
		return 1;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return 1;
}
