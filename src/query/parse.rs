//! Query text → a schema-free AST (stage one of two; `build.rs` is stage two): the text is
//! parsed by tantivy's grammar into a `UserInputAst`, then rewritten with newsdex's rules.
//!
//! The rewrite closes gaps of tantivy's parser that users hit: bare dates (`date:2019-05-15`,
//! `date:2019-05`, `date:[2019-05-01 TO 2019-06-01]`) become RFC 3339 ranges, field names are
//! case-insensitive, unknown fields get an error listing the valid ones, a query of only
//! exclusions means "everything but", and `speaker:`/`date:` clauses are filters (required)
//! rather than one more ORed term — "what did Lavrov say about Iran" must not return
//! Pompeo's quotes about Iran.

use chrono::{Datelike, NaiveDate};
use tantivy::query_grammar::{
    self, Delimiter, Occur, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};

use crate::error::QueryError;
use crate::index::schema::QUERYABLE_FIELDS;

/// Fields whose clauses restrict the hits instead of ranking them.
const FILTER_FIELDS: &[&str] = &["speaker", "date"];

/// Parses `text` into a schema-free AST with newsdex's rewrites applied.
pub fn parse_ast(text: &str) -> Result<UserInputAst, QueryError> {
    let cleaned = clean_apostrophes(&calm_shouting(text));
    check_balanced(&cleaned)?;
    let ast = query_grammar::parse_query(&cleaned).map_err(|_| {
        QueryError::Syntax(format!(
            "cannot parse {text:?} (check quotes, parentheses, brackets and field:value pairs)"
        ))
    })?;
    let ast = rewrite(ast)?;
    Ok(require_filters_and_positive(ast))
}

/// A query of this many words or more, written all in capitals, is prose, not operators.
const SHOUTED_PROSE_WORDS: usize = 6;

/// Upper-case prose ("NUMBER OF TROOPS IN SOUTH VIET NAM", as old collections and some users
/// type) would have its AND/OR/NOT/IN read as operators and fail to parse, so a long query with
/// no lower-case letter is lowercased; and `IN` is only the set operator before `[`.
fn calm_shouting(text: &str) -> String {
    let words = text.split_whitespace().count();
    let has_lower = text.chars().any(char::is_lowercase);
    let has_syntax = text.contains(':') || text.contains('"') || text.contains('(');
    if words >= SHOUTED_PROSE_WORDS && !has_lower && !has_syntax {
        return text.to_lowercase();
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens[i + 1..].iter().find(|w| !w.is_empty());
        if *t == "IN" && !next.is_some_and(|w| w.starts_with('[')) {
            out.push("in");
        } else {
            out.push(t);
        }
    }
    out.join(" ")
}

/// An apostrophe inside a word ("Iran's") would open a single-quoted phrase in tantivy's grammar;
/// the index tokenizer splits there anyway, so it becomes a space.
fn clean_apostrophes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_alnum = false;
    for c in text.chars() {
        if (c == '\'' || c == '’') && prev_alnum {
            out.push(' ');
        } else {
            out.push(c);
        }
        prev_alnum = c.is_alphanumeric();
    }
    out
}

fn check_balanced(text: &str) -> Result<(), QueryError> {
    if text.chars().filter(|&c| c == '"').count() % 2 == 1 {
        return Err(QueryError::Syntax("unbalanced double quote (\")".into()));
    }
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err(QueryError::Syntax("')' without a matching '('".into()));
        }
    }
    if depth > 0 {
        return Err(QueryError::Syntax("'(' without a matching ')'".into()));
    }
    Ok(())
}

fn rewrite(ast: UserInputAst) -> Result<UserInputAst, QueryError> {
    Ok(match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, sub)| Ok((occur, rewrite(sub)?)))
                .collect::<Result<_, QueryError>>()?,
        ),
        UserInputAst::Boost(sub, boost) => UserInputAst::Boost(Box::new(rewrite(*sub)?), boost),
        UserInputAst::Leaf(leaf) => UserInputAst::Leaf(Box::new(rewrite_leaf(*leaf)?)),
    })
}

fn rewrite_leaf(leaf: UserInputLeaf) -> Result<UserInputLeaf, QueryError> {
    Ok(match leaf {
        UserInputLeaf::Literal(mut lit) => {
            let field = checked_field(lit.field_name.take())?;
            if field.as_deref() == Some("date") {
                let (from, to) = date_span(&lit.phrase)?;
                UserInputLeaf::Range {
                    field,
                    lower: UserInputBound::Inclusive(rfc3339(from)),
                    upper: UserInputBound::Exclusive(rfc3339(to)),
                }
            } else {
                lit.field_name = field;
                split_word_suffix(&mut lit);
                UserInputLeaf::Literal(lit)
            }
        }
        UserInputLeaf::Range {
            field,
            lower,
            upper,
        } => {
            let field = checked_field(field)?;
            if field.as_deref() == Some("date") {
                UserInputLeaf::Range {
                    field,
                    lower: date_bound(lower, false)?,
                    upper: date_bound(upper, true)?,
                }
            } else {
                UserInputLeaf::Range {
                    field,
                    lower,
                    upper,
                }
            }
        }
        UserInputLeaf::Set { field, elements } => UserInputLeaf::Set {
            field: checked_field(field)?,
            elements,
        },
        other => other,
    })
}

/// tantivy's grammar keeps `*` and `~N` inside an unquoted word (`sanct*` is the word "sanct*"),
/// so they are moved into the literal's prefix flag and slop (read as an edit distance for a word).
fn split_word_suffix(lit: &mut UserInputLiteral) {
    if lit.delimiter != Delimiter::None {
        return;
    }
    if let Some(stem) = lit.phrase.strip_suffix('*') {
        if !stem.is_empty() && !stem.ends_with('*') {
            lit.phrase = stem.to_string();
            lit.prefix = true;
        }
    } else if let Some((word, n)) = lit.phrase.rsplit_once('~') {
        if let (false, Ok(n)) = (word.is_empty(), n.parse::<u32>()) {
            lit.phrase = word.to_string();
            lit.slop = n;
        }
    }
}

/// Lowercases a field name and rejects unknown ones with the list of valid fields.
fn checked_field(field: Option<String>) -> Result<Option<String>, QueryError> {
    let Some(name) = field else { return Ok(None) };
    let lower = name.to_lowercase();
    if QUERYABLE_FIELDS.contains(&lower.as_str()) {
        Ok(Some(lower))
    } else {
        Err(QueryError::Syntax(format!(
            "unknown field '{name}' (fields: {})",
            QUERYABLE_FIELDS.join(", ")
        )))
    }
}

/// `2019-05-15` → that day; `2019-05` → that month; `2019` → that year: `[from, to)`.
pub fn date_span(text: &str) -> Result<(NaiveDate, NaiveDate), QueryError> {
    let bad = || {
        QueryError::Syntax(format!(
            "bad date '{text}' (use YYYY-MM-DD, YYYY-MM or YYYY)"
        ))
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    let (from, to) = match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y + 1, 1, 1),
            )
        }
        [y, m] if y.len() == 4 => {
            let from = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, 1);
            (
                from,
                from.and_then(|d| d.checked_add_months(chrono::Months::new(1))),
            )
        }
        [y, m, d] if y.len() == 4 => {
            let from = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?);
            (from, from.and_then(|d| d.succ_opt()))
        }
        _ => (None, None),
    };
    match (from, to) {
        (Some(f), Some(t)) if f.year() >= 1000 => Ok((f, t)),
        _ => Err(bad()),
    }
}

/// A range bound on `date`: an inclusive upper bound covers the whole day (or month, or year).
fn date_bound(bound: UserInputBound, upper: bool) -> Result<UserInputBound, QueryError> {
    Ok(match bound {
        UserInputBound::Inclusive(s) => {
            let (from, to) = date_span(&s)?;
            if upper {
                UserInputBound::Exclusive(rfc3339(to))
            } else {
                UserInputBound::Inclusive(rfc3339(from))
            }
        }
        UserInputBound::Exclusive(s) => {
            let (from, to) = date_span(&s)?;
            if upper {
                UserInputBound::Exclusive(rfc3339(from))
            } else {
                UserInputBound::Inclusive(rfc3339(to))
            }
        }
        UserInputBound::Unbounded => UserInputBound::Unbounded,
    })
}

fn rfc3339(d: NaiveDate) -> String {
    format!("{}T00:00:00Z", d.format("%Y-%m-%d"))
}

/// Top-level `speaker:`/`date:` clauses become required filters. When filters are given, the
/// other words must still match at least one of them ("what did Lavrov say about Iran" is
/// Lavrov's quotes *about Iran*, not all of them with Iran first), unless a `+term` already
/// says what must match.
fn require_filters_and_positive(ast: UserInputAst) -> UserInputAst {
    let clauses = match ast {
        UserInputAst::Clause(c) => c,
        other => vec![(None, other)],
    };
    let mut filters = Vec::new();
    let mut optional = Vec::new();
    let mut others = Vec::new();
    for (occur, sub) in clauses {
        match occur {
            None if is_filter(&sub) => filters.push((Some(Occur::Must), sub)),
            None | Some(Occur::Should) => optional.push((occur, sub)),
            _ => others.push((occur, sub)),
        }
    }
    let has_must = others.iter().any(|(o, _)| *o == Some(Occur::Must));
    if filters.is_empty() || optional.is_empty() || has_must {
        filters.extend(optional);
    } else if optional.len() == 1 {
        filters.extend(
            optional
                .into_iter()
                .map(|(_, sub)| (Some(Occur::Must), sub)),
        );
    } else {
        filters.push((Some(Occur::Must), UserInputAst::Clause(optional)));
    }
    filters.extend(others);
    UserInputAst::Clause(filters)
}

fn is_filter(ast: &UserInputAst) -> bool {
    let field = match ast {
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Literal(l) => l.field_name.as_deref(),
            UserInputLeaf::Range { field, .. } | UserInputLeaf::Set { field, .. } => {
                field.as_deref()
            }
            _ => None,
        },
        UserInputAst::Boost(sub, _) => return is_filter(sub),
        UserInputAst::Clause(_) => None,
    };
    field.is_some_and(|f| FILTER_FIELDS.contains(&f))
}

/// Renames fields in `ast` (used to point `topic`/`headline` terms at `body` for the highlighter).
pub fn rename_fields(ast: UserInputAst, rename: &[(&str, &str)]) -> UserInputAst {
    let map = |f: Option<String>| {
        f.map(|name| {
            rename
                .iter()
                .find(|(from, _)| *from == name)
                .map_or(name, |(_, to)| (*to).to_string())
        })
    };
    match ast {
        UserInputAst::Clause(c) => UserInputAst::Clause(
            c.into_iter()
                .map(|(o, a)| (o, rename_fields(a, rename)))
                .collect(),
        ),
        UserInputAst::Boost(a, b) => UserInputAst::Boost(Box::new(rename_fields(*a, rename)), b),
        UserInputAst::Leaf(leaf) => UserInputAst::Leaf(Box::new(match *leaf {
            UserInputLeaf::Literal(mut l) => {
                l.field_name = map(l.field_name.take());
                UserInputLeaf::Literal(l)
            }
            other => other,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(q: &str) -> String {
        match parse_ast(q) {
            Err(e) => e.to_string(),
            Ok(ast) => panic!("{q:?} parsed as {ast:?}"),
        }
    }

    #[test]
    fn bare_dates_become_rfc3339_ranges() {
        let ast = format!("{:?}", parse_ast("date:2019-05-15").unwrap());
        assert!(ast.contains("2019-05-15T00:00:00Z"), "{ast}");
        assert!(ast.contains("2019-05-16T00:00:00Z"), "{ast}");
        let ast = format!(
            "{:?}",
            parse_ast("date:[2019-05-01 TO 2019-06-01]").unwrap()
        );
        assert!(ast.contains("2019-05-01T00:00:00Z"), "{ast}");
        assert!(
            ast.contains("2019-06-02T00:00:00Z"),
            "inclusive upper day: {ast}"
        );
    }

    #[test]
    fn date_spans_cover_day_month_year() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_span("2019").unwrap(), (d(2019, 1, 1), d(2020, 1, 1)));
        assert_eq!(
            date_span("2019-12").unwrap(),
            (d(2019, 12, 1), d(2020, 1, 1))
        );
        assert_eq!(
            date_span("2019-02-28").unwrap(),
            (d(2019, 2, 28), d(2019, 3, 1))
        );
        assert!(date_span("2019-02-30").is_err());
        assert!(date_span("yesterday").is_err());
    }

    #[test]
    fn malformed_queries_get_named_errors() {
        assert!(err("\"nuclear deal").contains("unbalanced double quote"));
        assert!(err("(iran OR russia").contains("'(' without"));
        assert!(err("iran)").contains("')' without"));
        assert!(err("date:2019-13-01").contains("bad date"));
        let unknown = err("author:smith");
        assert!(unknown.contains("unknown field 'author'"), "{unknown}");
        assert!(unknown.contains("speaker"), "{unknown}");
    }

    #[test]
    fn field_names_are_case_insensitive() {
        let ast = format!("{:?}", parse_ast("Speaker:Lavrov").unwrap());
        assert!(ast.contains("\"speaker\""), "{ast}");
    }

    #[test]
    fn speaker_is_required_when_other_terms_rank() {
        let ast = format!("{:?}", parse_ast("speaker:Lavrov topic:Iran").unwrap());
        assert!(
            ast.starts_with("(+\"speaker\":lavrov") || ast.contains("+\"speaker\""),
            "{ast}"
        );
    }

    #[test]
    fn shouted_prose_parses_as_words() {
        let q =
            "NUMBER OF TROOPS THE UNITED STATES HAS STATIONED IN SOUTH VIET NAM AND WEST GERMANY .";
        let ast = format!("{:?}", parse_ast(q).unwrap());
        assert!(ast.contains("and") && !ast.contains("+"), "{ast}");
        assert!(parse_ast("troops IN germany").is_ok());
        // Short capitalised queries keep their operators.
        let ast = format!("{:?}", parse_ast("IRAN AND RUSSIA").unwrap());
        assert!(ast.contains("+"), "{ast}");
    }

    #[test]
    fn apostrophes_do_not_open_phrases() {
        assert!(parse_ast("what did Iran's foreign minister say?").is_ok());
    }
}
