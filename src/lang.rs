//! The languages botsterk speaks: a leaf that imports nothing of the crate, so the catalog,
//! the profile and the store can name a language without pulling in any text table.

/// The languages botsterk speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    /// The language of the user's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): Dutch for
    /// `nl_*`, else English.
    #[must_use]
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Self {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| get(var))
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        if locale.starts_with("nl") {
            Self::Nl
        } else {
            Self::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_comes_from_a_dutch_locale_only() {
        let env = |pairs: &'static [(&str, &str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "nl_NL.UTF-8")])), Lang::Nl);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "nl_BE"), ("LANG", "en_US")])),
            Lang::Nl
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "en_GB"), ("LANG", "nl_NL")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }
}
