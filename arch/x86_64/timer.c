/* The 8254 PIT, channel 0, as a rate generator at HZ. */
#include "timer.h"
#include "io.h"
#include "pic.h"
#include "printk.h"
#include "cpu.h"

#define PIT_CH0		0x40
#define PIT_CMD		0x43
#define PIT_HZ		1193182		/* the PIT's input clock */
#define PIT_CH0_MODE2	0x34		/* channel 0, lo/hi byte, rate gen. */

volatile uint64_t jiffies;
static uint16_t divisor;

void timer_init(void)
{
	divisor = (PIT_HZ + HZ / 2) / HZ;

	outb(PIT_CMD, PIT_CH0_MODE2);
	outb(PIT_CH0, divisor & 0xff);
	outb(PIT_CH0, divisor >> 8);
	pic_unmask(0);
	printk("timer: PIT at %d Hz (divisor %u) on IRQ 0\n", HZ, divisor);
}

void timer_tick(void)
{
	jiffies++;
}

/* The count channel 0 is at: latched first, so both bytes belong to the
 * same moment.  It counts down from the divisor to 1, then reloads. */
static uint16_t pit_count(void)
{
	outb(PIT_CMD, 0x00);		/* latch channel 0 */
	uint8_t lo = inb(PIT_CH0);

	return (uint16_t)(lo | inb(PIT_CH0) << 8);
}

uint64_t timer_ns(void)
{
	static uint64_t last;
	uint64_t j, count;
	uint64_t flags = read_rflags();

	/* A tick between reading jiffies and the count would pair an old
	 * jiffies with a new count: read until jiffies did not move. */
	do {
		j = jiffies;
		count = pit_count();
	} while (j != jiffies);
	uint64_t ns = j * (1000000000ull / HZ) +
		      (divisor - count) * 1000000000ull / PIT_HZ;

	/* With interrupts off, a tick can be due but not yet counted: the
	 * count has wrapped and the sum went back.  Never go back. */
	cli();
	if (ns < last)
		ns = last;
	last = ns;
	if (flags & RFLAGS_IF)
		sti();
	return ns;
}
