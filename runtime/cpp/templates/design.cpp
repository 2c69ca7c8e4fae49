#include "/opt/clonecode/cpp/prelude.hpp"
{{constructor_nodes}}#line 1 "solution.cpp"
{{solution}}
#line 1 "driver.cpp"
#include "/opt/clonecode/cpp/driver.hpp"
int main(int argc, char **argv) {
    std::vector<cc::Json> tests = cc::load(argv[1]);
    for (size_t i = 0; i < tests.size(); i++) {
        std::string out = "[", captured;
        double ms = 0;
        size_t c = 0;
        auto fail = [&](const std::string &what) {
            cc::line("{\"i\":" + std::to_string(i) + ",\"error\":" + cc::quote(what) + ",\"stdout\":" + cc::quote(captured) + "}");
        };
        try {
            const auto &names = tests[i].items.at(0).items;
            const auto &calls = tests[i].items.at(1).items;
            cc::Capture capture;
            {{class}} *object = nullptr;
            for (; c < names.size(); c++) {
                const std::string &name = names[c].text;
                const auto &args = calls.at(c).items;
                if (c) out += ",";
                if (c == 0) {
{{constructor_decodes}}
                    auto started = std::chrono::steady_clock::now();
                    object = new {{class}}({{constructor_arguments}});
                    ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
                    out += "null";
                    continue;
                }
{{methods}}
                throw cc::Failure("call " + std::to_string(c) + ": {{class}} has no method " + name);
            }
            captured = capture.text();
        } catch (const cc::Failure &e) {
            fail(e.what());
            return 0;
        } catch (const std::exception &e) {
            fail(std::string("terminate called after throwing an instance of '") + typeid(e).name() + "'\n  what():  " + e.what());
            return 0;
        } catch (...) {
            fail("terminate called after throwing an exception");
            return 0;
        }
        out += "]";
        char buffer[32];
        snprintf(buffer, sizeof buffer, "%.3f", ms);
        cc::line("{\"i\":" + std::to_string(i) + ",\"ms\":" + buffer + ",\"out\":" + cc::quote(out) + cc::take_wrong() + ",\"stdout\":" + cc::quote(captured) + "}");
    }
    return 0;
}
