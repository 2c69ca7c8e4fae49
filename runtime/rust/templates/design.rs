{{solution}}
include!("/opt/clonecode/rust/harness.rs");

fn main() {
    __cc::run(|args| {
        let (names, calls) = __cc::calls(args);
        let args = calls[0];
        let mut obj = {{class}}::new({{constructor_values}});
        let mut out = vec![String::from("null")];
        for (name, &args) in names.iter().zip(calls.iter()).skip(1) {
            out.push(match name.as_str() {
{{methods}}
                other => __cc::no_method("{{class}}", other),
            });
        }
        format!("[{}]", out.join(","))
    });
}
