#include "/opt/clonecode/c/prelude.h"
{{constructor_nodes}}#line 1 "solution.c"
{{solution}}
#line 1 "driver.c"
#include "/opt/clonecode/c/driver.h"
int main(int argc, char **argv) {
    cc_json tests = cc_load(argv[1]);
    for (int i = 0; i < tests.count; i++) {
        cc_json names = tests.items[i].items[0], calls = tests.items[i].items[1];
        cc_buf out = {0}, text = {0};
        double ms = 0;
        {{class}} *obj = NULL;
        cc_puts(&out, "[");
        cc_capture_start();
        for (int c = 0; c < names.count; c++) {
            const char *name = names.items[c].text;
            cc_json args = calls.items[c];
            int returnSize = 0;
            int *returnColumnSizes = NULL;
            (void)returnSize; (void)returnColumnSizes; (void)name;
            if (c) cc_puts(&out, ",");
            if (c == 0) {
                _Static_assert(__builtin_types_compatible_p(__typeof__(&{{class_lower}}Create), {{class}}* (*)({{constructor_create_types}})),
                               "{{class_lower}}Create must be declared as {{class}}* {{class_lower}}Create({{constructor_create_params}})");
                _Static_assert(__builtin_types_compatible_p(__typeof__(&{{class_lower}}Free), void (*)({{class}}*)),
                               "{{class_lower}}Free must be declared as void {{class_lower}}Free({{class}}* obj)");
                {{constructor_setup}}
                double started = cc_now_ms();
                obj = {{class_lower}}Create({{constructor_arguments}});
                ms += cc_now_ms() - started;
                cc_puts(&out, "null");
                continue;
            }
{{methods}}
            cc_capture_end(&text);
            char message[256];
            snprintf(message, sizeof message, "call %d: {{class}} has no method %s", c, name);
            cc_error(i, message, &text);
        }
        {{class_lower}}Free(obj);
        cc_capture_end(&text);
        cc_puts(&out, "]");
        cc_report(i, ms, &out, &text);
    }
    return 0;
}
