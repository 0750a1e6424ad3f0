//! Choosing the language: `--lang` first, then the environment, then the pack's default.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The best of `available` for what the person asked for, if any matches.
pub fn best(requested: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> Option<usize> {
    let default = None;
    let chosen = negotiate_languages(requested, available, default, NegotiationStrategy::Lookup);
    let first = chosen.first()?;
    available.iter().position(|a| a == *first)
}

/// Languages asked for by the environment, most wanted first: LANGUAGE (a colon-separated
/// list), then LC_ALL, LC_MESSAGES and LANG. `C` and `POSIX` ask for nothing.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Vec<LanguageIdentifier> {
    let mut wanted = Vec::new();
    if let Some(list) = get("LANGUAGE") {
        wanted.extend(list.split(':').filter_map(parse_posix));
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = get(var).filter(|v| !v.is_empty()) {
            wanted.extend(parse_posix(&value));
            break;
        }
    }
    wanted
}

/// `zh_TW.UTF-8@latin` -> `zh-TW`; `C`, `POSIX` and empty values -> none.
pub fn parse_posix(value: &str) -> Option<LanguageIdentifier> {
    let base = value.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn posix_locale_names() {
        assert_eq!(parse_posix("es_MX.UTF-8"), Some("es-MX".parse().unwrap()));
        assert_eq!(parse_posix("C.UTF-8"), None);
        assert_eq!(parse_posix("POSIX"), None);
        assert_eq!(parse_posix(""), None);
    }

    #[test]
    fn environment_order() {
        let env = |k: &str| match k {
            "LANGUAGE" => Some("ar:fr".to_string()),
            "LANG" => Some("es_ES.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(from_env(env), ids(&["ar", "fr", "es-ES"]));
    }

    #[test]
    fn every_nyc_language_from_posix_names() {
        let available = ids(&[
            "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
        ]);
        let pick = |posix: &str| {
            let wanted: Vec<_> = parse_posix(posix).into_iter().collect();
            best(&wanted, &available).map(|i| available[i].to_string())
        };
        for (posix, tag) in [
            ("zh_TW.UTF-8", "zh-Hant"),
            ("zh_HK.UTF-8", "zh-Hant"),
            ("zh_CN.UTF-8", "zh-Hans"),
            ("zh_SG", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("fr_CA", "fr"),
            ("ht_HT", "ht"),
            ("bn_BD.UTF-8", "bn"),
            ("ur_PK", "ur"),
            ("ko_KR.UTF-8", "ko"),
            ("ru_RU.UTF-8", "ru"),
            ("pl_PL", "pl"),
            ("ar_EG.UTF-8", "ar"),
            ("es_US.UTF-8", "es"),
            ("en_GB", "en"),
        ] {
            assert_eq!(pick(posix).as_deref(), Some(tag), "{posix}");
        }
        assert_eq!(pick("pt_BR.UTF-8"), None);
    }

    #[test]
    fn region_and_script_match() {
        let available = ids(&["en", "es", "ar", "zh-Hans"]);
        assert_eq!(best(&ids(&["es-MX"]), &available), Some(1));
        assert_eq!(best(&ids(&["zh-CN"]), &available), Some(3));
        assert_eq!(best(&ids(&["ar-EG"]), &available), Some(2));
        assert_eq!(best(&ids(&["de"]), &available), None);
    }
}
