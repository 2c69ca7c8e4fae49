{{solution}}
include!("/opt/clonecode/rust/harness.rs");

fn main() {
    __cc::run(|args| {
{{decodes}}
        {{answer}}
    });
}
