//! The content pack (kyr-content, in `content/`), with the program's own compiled pack behind
//! `Origin::Embedded`.

pub use kyr_content::pack::*;

use crate::embedded::COMPILED;
use kyr_content::problem::Problem;

/// Loads and validates a pack: every language of it, as `kyr check` reports.
pub fn load(origin: &Origin) -> Result<Loaded, Vec<Problem>> {
    kyr_content::pack::load(origin, Some(&COMPILED))
}

/// Loads a pack for use: the compiled one as the build checked it, one from a folder whole.
pub fn load_trusted(origin: &Origin) -> Result<Loaded, Vec<Problem>> {
    kyr_content::pack::load_trusted(origin, Some(&COMPILED))
}

/// The languages the program's interface is written in.
pub fn interface_languages() -> Vec<String> {
    COMPILED.tags.lines().map(str::to_string).collect()
}
