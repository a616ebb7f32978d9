//! Integration tests: run the real `newsdex` binary on real text (the seed, `corpus/`, `../shared`).
//! One test binary (like ripgrep's) so the crate builds once.

mod util;

mod bad_input;
mod cli;
mod corpus;
mod disk_errors;
mod extract;
mod formats;
mod fuzz;
mod index;
mod query;
