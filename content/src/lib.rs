//! kyr's content: the pack (its data and its words), read and validated the one way `kyr check`,
//! start-up and the build all share, and the compiled form the build embeds in the program.

pub mod compiled;
pub mod i18n;
pub mod pack;
pub mod problem;
