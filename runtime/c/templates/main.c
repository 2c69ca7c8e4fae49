#include "/opt/clonecode/c/prelude.h"
{{nodes}}#line 1 "solution.c"
{{solution}}
#line 1 "driver.c"
#include "/opt/clonecode/c/driver.h"
int main(int argc, char **argv) {
    cc_json tests = cc_load(argv[1]);
    for (int i = 0; i < tests.count; i++) {
        cc_json args = tests.items[i];
        int returnSize = 0;
        int *returnColumnSizes = NULL;
        (void)returnSize; (void)returnColumnSizes;
        {{setup}}
        cc_buf out = {0}, text = {0};
        cc_capture_start();
        double started = cc_now_ms();
        {{invoke}}
        double ms = cc_now_ms() - started;
        cc_capture_end(&text);
        {{encode}}
        cc_report(i, ms, &out, &text);
    }
    return 0;
}
