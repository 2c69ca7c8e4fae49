#include "/opt/clonecode/cpp/prelude.hpp"
{{nodes}}#line 1 "solution.cpp"
{{solution}}
#line 1 "driver.cpp"
#include "/opt/clonecode/cpp/driver.hpp"
int main(int argc, char **argv) {
    std::vector<cc::Json> tests = cc::load(argv[1]);
    for (size_t i = 0; i < tests.size(); i++) {
        const auto &args = tests[i].items;
        std::string out, captured;
        double ms = 0;
        auto fail = [&](const std::string &what) {
            cc::line("{\"i\":" + std::to_string(i) + ",\"error\":" + cc::quote(what) + ",\"stdout\":" + cc::quote(captured) + "}");
        };
        try {
{{decodes}}
            cc::Capture capture;
            Solution *solution = new Solution();
            auto started = std::chrono::steady_clock::now();
            {{invoke}}
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            captured = capture.text();
            out = {{answer}};
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
        char buffer[32];
        snprintf(buffer, sizeof buffer, "%.3f", ms);
        cc::line("{\"i\":" + std::to_string(i) + ",\"ms\":" + buffer + ",\"out\":" + cc::quote(out) + cc::take_wrong() + ",\"stdout\":" + cc::quote(captured) + "}");
    }
    return 0;
}
