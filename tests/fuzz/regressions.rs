//! Inputs the fuzzer found crashing newsdex, minimized, kept as plain tests after the fix.
