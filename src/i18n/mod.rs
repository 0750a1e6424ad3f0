//! Every word a person reads: kyr-content's Localizer, with the program's interface words and
//! the translators' tools.

pub use kyr_content::i18n::*;

pub mod mark;

use unic_langid::LanguageIdentifier;

/// The program's interface alone in `lang` (English behind it), for what is said before or
/// instead of a pack: help, errors.
pub fn interface(lang: &LanguageIdentifier) -> Localizer {
    Localizer::interface(&crate::embedded::COMPILED, lang)
}
