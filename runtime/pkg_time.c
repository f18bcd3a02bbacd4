/*
 * pkg_time.c: the C hooks of the bundled package time (runtime/pkg/time): the wall clock and the
 * monotonic clock in nanoseconds, and sleeping. CLOCK_MONOTONIC never jumps, so durations measured
 * with it stay right when the wall clock is set; a zero reading means "no monotonic reading" to the
 * Go side, so the hook never returns 0.
 */
#include <errno.h>
#include <time.h>

#include "rt_internal.h"

static int64_t time_clock_ns(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t time_now(void)
{
	return time_clock_ns(CLOCK_REALTIME);
}

int64_t time_mono(void)
{
	int64_t t = time_clock_ns(CLOCK_MONOTONIC);
	return t != 0 ? t : 1;
}

void time_sleep(int64_t ns)
{
	struct timespec ts = { (time_t)(ns / 1000000000), (long)(ns % 1000000000) };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}
