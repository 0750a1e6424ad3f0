//! The lines that tell a person how far to trust what they read: not legal advice and when it
//! was reviewed, that it may be out of date, that their language is not yet checked by a
//! lawyer. Every output (screen, `kyr show`, card, handout) takes them from here.

use crate::i18n::Localizer;
use crate::pack::{Pack, msg};

/// "Not legal advice. Last reviewed: DATE." for the pack, or for one situation's own date.
pub fn legal(pack: &Pack, l10n: &Localizer, scenario: Option<usize>) -> String {
    let date = scenario
        .and_then(|i| pack.scenarios.get(i))
        .and_then(|s| s.reviewed.as_ref())
        .unwrap_or(&pack.last_reviewed)
        .to_string();
    l10n.ui_args("ui-notice", &[("date", date)])
}

/// After the pack's review date (`today` comes from the edge): the content may be out of
/// date, and the hotline that can say what changed.
pub fn out_of_date(pack: &Pack, l10n: &Localizer, today: &str) -> Option<String> {
    if !pack.out_of_date(today) {
        return None;
    }
    let (name, number) = pack
        .check_with
        .and_then(|i| pack.contacts.get(i))
        .map(|c| (l10n.text(&msg::contact(&c.id), None), c.number.to_string()))
        .unwrap_or_default();
    let args = [
        ("date", pack.review_by.clone().unwrap_or_default().into()),
        ("name", name),
        ("number", number),
    ];
    Some(l10n.ui_args("ui-out-of-date", &args))
}

/// For a language no native speaker with legal knowledge has checked yet.
pub fn unreviewed(pack: &Pack, l10n: &Localizer) -> Option<String> {
    let current = l10n.current();
    if current == l10n.reference() || pack.reviewed(&l10n.tag(current)) {
        return None;
    }
    let language = l10n.language_name(current);
    Some(l10n.ui_args("ui-unreviewed", &[("language", language)]))
}

/// All of them, in the order a person should read them.
pub fn all(pack: &Pack, l10n: &Localizer, today: &str, scenario: Option<usize>) -> Vec<String> {
    let mut lines = vec![legal(pack, l10n, scenario)];
    lines.extend(out_of_date(pack, l10n, today));
    lines.extend(unreviewed(pack, l10n));
    lines
}

/// On screen, where the English is one key away.
pub fn on_screen(pack: &Pack, l10n: &Localizer, today: &str) -> Vec<String> {
    let mut lines = all(pack, l10n, today, None);
    if unreviewed(pack, l10n).is_some()
        && let Some(last) = lines.last_mut()
    {
        last.push(' ');
        last.push_str(&l10n.ui("ui-unreviewed-key"));
    }
    lines
}
