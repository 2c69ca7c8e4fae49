                if (name == "{{method_raw}}") {
{{decodes}}
                    auto started = std::chrono::steady_clock::now();
                    {{assign}}object->{{method}}({{arguments}});
                    ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
                    out += {{answer}};
                    continue;
                }
