            if (!strcmp(name, "{{method_raw}}")) {
                {{setup}}
                double started = cc_now_ms();
                {{assign}}{{class_lower}}{{method}}(obj{{method_arguments}});
                ms += cc_now_ms() - started;
                {{encode}}
                continue;
            }
