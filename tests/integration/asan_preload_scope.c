/* Preloaded after the ASan runtime by scripts/test-asan-office:
 *
 *   LD_PRELOAD="libasan.so.8 asan_preload_scope.so" soffice ...
 *
 * Keeps the ASan runtime in soffice.bin, where the instrumented component
 * runs, and out of the programs soffice.bin starts (gpgconf and gpg for the
 * signature check when a document is loaded, ...). Those would inherit
 * LD_PRELOAD and hang at start: a preloaded libasan initialises only on the
 * first malloc when a library constructor runs first (libgpg-error's calls
 * bindtextdomain, libp11-kit's newlocale), that malloc happens under a glibc
 * lock, and the runtime's initialisation calls dlerror(), which takes the same
 * lock again and corrupts it; the program then waits on it forever.
 *
 * The shell script, oosplash and soffice.bin itself have loaded the runtime
 * already, and oosplash keeps its LD_PRELOAD for a soffice.bin restart: only
 * soffice.bin drops the variable from its environment.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

__attribute__((constructor)) static void condtrack_asan_preload_scope(void)
{
    if (strcmp(program_invocation_short_name, "soffice.bin") == 0)
        unsetenv("LD_PRELOAD");
}
