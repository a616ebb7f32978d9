//! Record field names → the article fields they fill: the names news dumps commonly use
//! (`title`, `pubDate`, `articleBody`, ...) and the user's `--map title=myTitle,date=meta.published`
//! overrides. Shared by the JSON and CSV readers; the SGML reader knows its own tags.

use std::str::FromStr;

/// An article field a record can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Headline,
    Date,
    Body,
    Url,
    Author,
    Site,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Headline,
        Field::Date,
        Field::Body,
        Field::Url,
        Field::Author,
        Field::Site,
    ];

    /// The name `--map` uses for the field.
    pub fn name(self) -> &'static str {
        match self {
            Field::Headline => "title",
            Field::Date => "date",
            Field::Body => "body",
            Field::Url => "url",
            Field::Author => "author",
            Field::Site => "site",
        }
    }

    /// The record names guessed for this field, best first (for messages).
    pub fn guesses(self) -> &'static str {
        match self {
            Field::Headline => "title, headline, name",
            Field::Date => {
                "date, published, publish_date, published_at, pubDate, datePublished, dateCreated"
            }
            Field::Body => "text, body, content, articleBody, article, maintext",
            Field::Url => "url, link",
            Field::Author => "author, authors",
            Field::Site => "site, source, domain",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The `--map` key for a field: its name or an obvious synonym.
    fn from_key(key: &str) -> Option<Field> {
        Some(match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => Field::Headline,
            "date" => Field::Date,
            "body" | "text" => Field::Body,
            "url" | "link" => Field::Url,
            "author" | "authors" => Field::Author,
            "site" | "source" | "domain" => Field::Site,
            _ => return None,
        })
    }
}

/// Which field a record key fills when the user named none, and how good a match it is
/// (0 best). Keys compare ignoring case, `_`, `-` and spaces, so `pubDate`, `pub_date` and
/// `PUBDATE` are one name. Crawl times (`scraped_at`, `crawled`, `inserted_at`) are deliberately
/// absent: the date is the publication date, and a crawl time would pass for it silently.
pub fn guess(key: &str) -> Option<(Field, u8)> {
    // Record keys are short; a longer one is no name we know, and skipping it saves the copy.
    let mut norm = [0u8; 24];
    let mut len = 0;
    for b in key.bytes().filter(|b| !matches!(b, b'_' | b'-' | b' ')) {
        *norm.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(match &norm[..len] {
        b"title" => (Field::Headline, 0),
        b"headline" => (Field::Headline, 1),
        b"name" => (Field::Headline, 2),
        b"date" => (Field::Date, 0),
        b"published" => (Field::Date, 1),
        b"publishdate" => (Field::Date, 2),
        b"publishedat" => (Field::Date, 3),
        b"pubdate" => (Field::Date, 4),
        b"datepublished" => (Field::Date, 5),
        b"datecreated" => (Field::Date, 6),
        b"text" => (Field::Body, 0),
        b"body" => (Field::Body, 1),
        b"content" => (Field::Body, 2),
        b"articlebody" => (Field::Body, 3),
        b"article" => (Field::Body, 4),
        b"maintext" => (Field::Body, 5),
        b"url" => (Field::Url, 0),
        b"link" => (Field::Url, 1),
        b"author" => (Field::Author, 0),
        b"authors" => (Field::Author, 1),
        b"site" => (Field::Site, 0),
        b"source" => (Field::Site, 1),
        b"domain" => (Field::Site, 2),
        _ => return None,
    })
}

/// The user's field names, by article field: `title=myTitle,date=meta.published`. A dotted name
/// is a path into nested JSON objects (a JSON key that itself contains the dot wins); for CSV it
/// is the whole column name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    names: [Option<String>; 6],
}

impl FieldMap {
    /// The name the user gave for `field`, if any.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.names[field.index()].as_deref()
    }

    /// Sets the name for `field`.
    pub fn set(&mut self, field: Field, name: impl Into<String>) {
        self.names[field.index()] = Some(name.into());
    }

    /// Adds `other`'s names over this map's (a later `--map` flag wins).
    pub fn merge(&mut self, other: &FieldMap) {
        for field in Field::ALL {
            if let Some(name) = other.get(field) {
                self.set(field, name);
            }
        }
    }

    /// True when no field is mapped.
    pub fn is_empty(&self) -> bool {
        self.names.iter().all(Option::is_none)
    }
}

impl FromStr for FieldMap {
    type Err = String;

    /// Parses `FIELD=NAME[,FIELD=NAME...]`; errors name the bad pair and the fields accepted.
    fn from_str(spec: &str) -> Result<FieldMap, String> {
        let mut map = FieldMap::default();
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, name) = pair
                .split_once('=')
                .ok_or_else(|| format!("`{pair}`: expected FIELD=NAME"))?;
            let field = Field::from_key(key.trim()).ok_or_else(|| {
                format!(
                    "`{pair}`: unknown field `{}` (fields: title, date, body, url, author, site)",
                    key.trim()
                )
            })?;
            let name = name.trim();
            if name.is_empty() {
                return Err(format!("`{pair}`: empty name"));
            }
            map.set(field, name);
        }
        if map.is_empty() {
            return Err("expected FIELD=NAME[,FIELD=NAME...]".to_string());
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_common_names() {
        let cases: &[(&str, Option<(Field, u8)>)] = &[
            ("title", Some((Field::Headline, 0))),
            ("Headline", Some((Field::Headline, 1))),
            ("pubDate", Some((Field::Date, 4))),
            ("publish_date", Some((Field::Date, 2))),
            ("published-at", Some((Field::Date, 3))),
            ("datePublished", Some((Field::Date, 5))),
            ("articleBody", Some((Field::Body, 3))),
            ("content", Some((Field::Body, 2))),
            ("authors", Some((Field::Author, 1))),
            ("domain", Some((Field::Site, 2))),
            // The fakenews corpus's crawl time must never pass for a publication date.
            ("scraped_at", None),
            ("inserted_at", None),
            ("id", None),
            ("a_key_much_longer_than_any_field_name", None),
            ("", None),
        ];
        for (key, want) in cases {
            assert_eq!(guess(key), *want, "{key}");
        }
    }

    #[test]
    fn parses_map_specs() {
        let map: FieldMap = "title=myTitle, date=meta.published,text=story"
            .parse()
            .unwrap();
        assert_eq!(map.get(Field::Headline), Some("myTitle"));
        assert_eq!(map.get(Field::Date), Some("meta.published"));
        assert_eq!(map.get(Field::Body), Some("story"));
        assert_eq!(map.get(Field::Url), None);

        let bad: &[(&str, &str)] = &[
            ("title", "expected FIELD=NAME"),
            ("colour=red", "unknown field `colour`"),
            ("title=", "empty name"),
            ("", "expected FIELD=NAME"),
        ];
        for (spec, msg) in bad {
            let err = spec.parse::<FieldMap>().unwrap_err();
            assert!(err.contains(msg), "{spec}: {err}");
        }
    }

    #[test]
    fn later_maps_win() {
        let mut map: FieldMap = "title=a,date=d".parse().unwrap();
        map.merge(&"title=b".parse().unwrap());
        assert_eq!(map.get(Field::Headline), Some("b"));
        assert_eq!(map.get(Field::Date), Some("d"));
    }
}
