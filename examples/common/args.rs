//! `--name value` options, shared by the examples (`#[path]`-included): they take a handful of
//! options each and are run by scripts, so a clap parser per example would be more code than
//! the options it reads.

/// The command line after the program name.
pub struct Args(pub Vec<String>);

impl Args {
    pub fn from_env() -> Self {
        Args(std::env::args().skip(1).collect())
    }

    /// The word after `--name`, if the option is given with one.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .position(|a| a == name)
            .and_then(|i| self.0.get(i + 1))
            .map(String::as_str)
    }

    /// True when the bare flag `--name` is given.
    #[allow(dead_code)] // each example includes this file; not all of them read bare flags
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|a| a == name)
    }
}
