            if (!strcmp(name, "{{method_raw}}")) {
                _Static_assert(__builtin_types_compatible_p(__typeof__(&{{class_lower}}{{method}}), {{return_type}} (*)({{class}}*{{method_types}})),
                               "{{class_lower}}{{method}} must be declared as {{return_type}} {{class_lower}}{{method}}({{class}}* obj{{method_params}})");
                {{setup}}
                double started = cc_now_ms();
                {{assign}}{{class_lower}}{{method}}(obj{{method_arguments}});
                ms += cc_now_ms() - started;
                {{encode}}
                continue;
            }
