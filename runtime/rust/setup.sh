# The harness's question-independent part (core.rs: JSON, quoting, the test loop) compiled once into
# the crate cc_core, which every function question's program links with --extern. Programs link
# with gold, which links a Rust program in a third of the time GNU ld takes.
cd /opt/clonecode/rust && /usr/bin/rustc --edition 2021 -C opt-level=2 --crate-type rlib --crate-name cc_core \
  -o libcc_core.rlib core.rs && rm core.rs
