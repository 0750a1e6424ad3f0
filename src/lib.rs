//! kyr: an offline know-your-rights guide. The library holds everything but the terminal
//! edge, so that tests and benchmarks can drive the same code the binary runs.

pub mod app;
pub mod cli;
pub mod clock;
pub mod effects;
pub mod embedded;
pub mod handout;
pub mod i18n;
pub mod log;
pub mod notes;
pub mod notice;
pub mod pack;
pub mod plain;
pub mod probe;
pub mod reader;
pub mod speech;
pub mod steady;
pub mod terminal;
pub mod ui;

pub use kyr_content::problem;
