/* The 8254 PIT, channel 0, as a rate generator at HZ. */
#include "timer.h"
#include "io.h"
#include "pic.h"
#include "printk.h"

#define PIT_CH0		0x40
#define PIT_CMD		0x43
#define PIT_HZ		1193182		/* the PIT's input clock */
#define PIT_CH0_MODE2	0x34		/* channel 0, lo/hi byte, rate gen. */

volatile uint64_t jiffies;

void timer_init(void)
{
	uint16_t divisor = (PIT_HZ + HZ / 2) / HZ;

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
